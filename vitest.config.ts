/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * The fast lane's tests (`npm run test:unit`, part of `npm run test:fast`): everything that builds
 * no site. Tests that run a build live in tests/build/ (vitest.build.config.ts).
 * Astro's Vite config, so component tests can render `.astro` files with the container API.
 */
/** Sets `process.env.TZ`, which a worker thread ignores: it runs in a child process. */
const TIME_ZONES = 'tests/unit/labels.test.ts';

export default getViteConfig({
  test: {
    // Some tests run the command-line tools as child processes: room for a busy 2-core machine.
    testTimeout: 60_000,
    // One worker per core reused across files instead of a fresh one per file: 33 files cost ~0.8 s
    // of spawn and environment each (26 s CPU of the lane's 76 s). No test relies on a fresh module
    // state; the two that change globals (TZ, console spies) put them back.
    isolate: false,
    projects: [
      // Worker threads start and talk to Vitest more cheaply than child processes: 32 s CPU for the
      // lane instead of 36 (BENCHMARKS.md, "The gate's lanes, faster").
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: [TIME_ZONES], pool: 'threads' },
      },
      { extends: true, test: { name: 'time-zones', include: [TIME_ZONES], pool: 'forks' } },
    ],
  },
});
