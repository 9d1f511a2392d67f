import { defineConfig } from 'vitest/config';

// Unit tests cover the pure logic in src/lib; the built site is tested by Playwright (tests/e2e).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
