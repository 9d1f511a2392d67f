import { defineConfig } from 'vitest/config';

// Unit tests cover the pure logic in src/lib; tests/build runs real builds on fixtures;
// the built site itself is tested in a browser by Playwright (tests/e2e).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 180_000,
    maxConcurrency: 2,
  },
});
