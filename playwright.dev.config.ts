import { defineConfig } from '@playwright/test';
import { CHROMIUM_USE } from './tests/chromium.ts';

/**
 * Browser tests against `astro dev` (not a build): the spec starts its own dev server on a content
 * copy it can break and mend. Port: PARALLAX_E2E_PORT + 4, beside the main config's four.
 */
export default defineConfig({
  testDir: 'tests/e2e-dev',
  timeout: 180_000,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: CHROMIUM_USE,
});
