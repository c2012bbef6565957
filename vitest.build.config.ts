import { defineConfig } from 'vitest/config';

/**
 * Tests that build sites (`npm run test:build`): the build script's atomic swap and `--out`, bad
 * content refused by the build, hostile content, the content store, a large corpus's pagination.
 * Each builds with the real build, so they run in `npm test`, not in `npm run test:fast`.
 */
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    // Real builds, several at once on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
