import { defineConfig } from '@playwright/test';

/** Debian's Chromium, started with the flags this closed network needs (see DEVELOPERS.md). */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Both builds are served the way a static host serves them (scripts/serve.ts). */
const servers = [
  { name: 'root', dir: 'dist', port: 4321, base: '/' },
  { name: 'subpath', dir: 'dist-sub', port: 4322, base: '/parallax/' },
] as const;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
  },
  projects: [
    { name: 'root', use: { baseURL: 'http://127.0.0.1:4321/' }, testIgnore: ['subpath.spec.ts'] },
    {
      // A GitHub Pages project site: everything under /parallax/.
      name: 'subpath',
      use: { baseURL: 'http://127.0.0.1:4322/parallax/' },
      testMatch: ['navigation.spec.ts', 'subpath.spec.ts', 'search.spec.ts'],
    },
  ],
  webServer: servers.map(({ dir, port, base }) => ({
    command: `node --experimental-strip-types scripts/serve.ts ${dir} --port ${port} --base ${base}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  })),
});
