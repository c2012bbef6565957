import { defineConfig } from 'vitest/config';

/** Lighthouse audits of the built site, one page at a time (they measure timing, so never in parallel). */
export default defineConfig({
  test: {
    include: ['tests/lighthouse/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 30_000,
  },
});
