import { defineConfig } from '@playwright/test';
import { CHROMIUM_USE } from './tests/chromium.ts';
import { TEST_SUB_PATH } from './src/model/deployment.ts';

/** Both builds are served the way a static host serves them (scripts/serve.ts). */
// PARALLAX_E2E_PORT moves both servers, so two checkouts can run their browser tests side by side.
const firstPort = Number(process.env.PARALLAX_E2E_PORT ?? 4321);
const servers = [
  { name: 'root', dir: 'dist', port: firstPort, base: '/' },
  { name: 'subpath', dir: 'dist-sub', port: firstPort + 1, base: TEST_SUB_PATH },
] as const;
// Generated 3- and 5-report stories, built once by tests/e2e/fixture-site.ts and reused.
const fixturePort = firstPort + 2;
// The hostile fixture, built by tests/e2e/hostile-site.ts with the real build script.
const hostilePort = firstPort + 3;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // The story page's visit runs axe twice (both themes) over some 2,600 elements: give slow machines room.
  timeout: 90_000,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: CHROMIUM_USE,
  projects: [
    {
      // Wider stories: the reading tests must hold for 3 and 5 reports, not only the real 2. First:
      // projects start in this order, and its cold-open checks of every fragment are the suite's
      // longest tests (about 2 minutes each); last, they kept one worker busy alone for a minute.
      name: 'fixtures',
      use: { baseURL: `http://127.0.0.1:${fixturePort}/` },
      testMatch: ['landing.spec.ts'],
      // The height and print budgets are the real two-report story's.
      grepInvert: /@real-story/,
    },
    {
      name: 'root',
      use: { baseURL: `http://127.0.0.1:${servers[0].port}/` },
      testIgnore: ['subpath.spec.ts', 'hostile.spec.ts'],
    },
    {
      // A GitHub Pages project site: everything under /parallax/.
      name: 'subpath',
      use: { baseURL: `http://127.0.0.1:${servers[1].port}/parallax/` },
      testMatch: ['navigation.spec.ts', 'subpath.spec.ts', 'search.spec.ts'],
    },
    {
      // Attack strings and 120-character words in every field: nothing runs, nothing overflows.
      name: 'hostile',
      use: { baseURL: `http://127.0.0.1:${hostilePort}/` },
      testMatch: ['hostile.spec.ts'],
    },
  ],
  webServer: [
    ...servers.map(({ dir, port, base }) => ({
      command: `node --experimental-strip-types scripts/serve.ts ${dir} --port ${port} --base ${base}`,
      url: `http://127.0.0.1:${port}${base}`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    })),
    {
      command: `node --experimental-strip-types tests/e2e/fixture-site.ts --port ${fixturePort}`,
      url: `http://127.0.0.1:${fixturePort}/`,
      reuseExistingServer: !process.env.CI,
      // The first run builds the fixture site.
      timeout: 240_000,
    },
    {
      command: `node --experimental-strip-types tests/e2e/hostile-site.ts --port ${hostilePort}`,
      url: `http://127.0.0.1:${hostilePort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 240_000,
    },
  ],
});
