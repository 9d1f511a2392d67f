import { defineConfig } from 'vitest/config';

// Whole-site checks over the built output (dist/): run after `astro build`, before the browser tests.
export default defineConfig({
  test: {
    include: ['tests/site/**/*.test.ts'],
    testTimeout: 300_000,
  },
});
