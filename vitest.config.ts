import { defineConfig } from 'vitest/config';

// Unit tests cover the pure logic in src/lib; tests/build runs real builds on fixtures;
// the built site itself is tested in a browser by Playwright (tests/e2e).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 180_000,
    // Build tests build a fixture site in beforeAll: 15 s alone, much longer on a loaded 2-core machine.
    hookTimeout: 300_000,
    // The build tests run real Astro builds, which share the project's .astro/ folder:
    // one file at a time keeps two builds from writing there at once.
    fileParallelism: false,
  },
});
