/** Debian's Chromium, started with the flags this closed network needs (see DEVELOPERS.md). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Playwright's `use` for every config: Debian's Chromium with those flags. */
export const CHROMIUM_USE = {
  browserName: 'chromium',
  launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS },
} as const;
