import { defineConfig } from 'vitest/config';

/**
 * Tests that build sites (`npm run test:build`): the build script's atomic swap and `--out`, bad
 * content refused by the build, hostile content, the content store, a large corpus's pagination.
 * Each builds with the real build, so they run in `npm test`, not in `npm run test:fast`.
 */
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    // Two files at once (Vitest's default is one fewer than the cores: one here). A build keeps about
    // 1.3 cores busy, so two at once finish the lane in 87 s instead of 122 (BENCHMARKS.md,
    // "The gate's lanes, faster"). The timeouts leave room for a slow build beside another.
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
