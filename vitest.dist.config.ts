import { defineConfig } from 'vitest/config';

/** Tests of the built site in dist/ (run after `npm run build`): feeds, sitemap, JSON-LD, exports. */
export default defineConfig({
  test: { include: ['tests/dist/**/*.test.ts'] },
});
