import { defineConfig } from 'vitest/config';

/** Tests of the built site in dist/ (run after `npm run build`): feeds, sitemap, JSON-LD, exports. */
export default defineConfig({
  // Two files at once: Vitest's default is one fewer than the cores, one here (14 s instead of 18).
  test: { include: ['tests/dist/**/*.test.ts'], maxWorkers: 2 },
});
