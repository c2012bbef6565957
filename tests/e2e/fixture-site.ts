/**
 * `node tests/e2e/fixture-site.ts [--port N]`: the fixture site the browser tests read wider
 * stories on. It writes one generated corpus holding a 3-report and a 5-report story into
 * `dist-fixtures-content/`, builds it once into `dist-fixtures/` (HTML, styles and scripts, no share
 * images: the benchmark's config) and serves it like a static host. The build is reused while the
 * code and the generator are unchanged, so the extra build costs nothing on a second run.
 */
import { join } from 'node:path';
import { writeCorpus } from '../../scripts/newsroom/write.ts';
import { astroBuild } from '../build/build-site.ts';
import { buildOnce, ROOT, serve } from './cached-site.ts';

export const FIXTURE_CONTENT = join(ROOT, 'dist-fixtures-content');
export const FIXTURE_DIST = join(ROOT, 'dist-fixtures');
/** One story per count: the widths a story page must still read well at. */
export const FIXTURE_REPORTS = [3, 5];

export function buildFixtureSite(): void {
  buildOnce({
    dist: FIXTURE_DIST,
    stamp: join(FIXTURE_DIST, '.fixture-stamp'),
    dirs: ['src', 'scripts/newsroom'],
    files: ['tests/e2e/fixture-site.ts'],
    extra: JSON.stringify(FIXTURE_REPORTS),
    build: () => {
      writeCorpus(FIXTURE_CONTENT, { stories: FIXTURE_REPORTS.length, reports: FIXTURE_REPORTS, seed: 'reading' });
      // HTML, styles and scripts without share images: the benchmark's config.
      const result = astroBuild({
        content: join(FIXTURE_CONTENT, 'content'),
        out: FIXTURE_DIST,
        cache: join(ROOT, '.bench/fixtures-cache'),
        timeout: 240_000,
      });
      if (result.status !== 0)
        throw new Error(`the fixture build failed (exit ${result.status ?? 'on a signal'}):\n${result.output}`);
    },
  });
}

if (import.meta.main) {
  buildFixtureSite();
  serve(FIXTURE_DIST, 4363);
}
