/**
 * `node tests/e2e/hostile-site.ts [--port N]`: the hostile fixture (tests/fixtures/content/valid
 * with tests/fixtures/content/hostile over it) built by the project's own build script into
 * `dist-hostile-site/` (share images and search index included) and served like a static host, for
 * tests/e2e/hostile.spec.ts. The build is reused while the code and the fixture are unchanged.
 */
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../build/build-site.ts';
import { buildOnce, ROOT, serve } from './cached-site.ts';
import { DEFAULT_SITE } from '../../src/model/deployment.ts';

export const HOSTILE_CONTENT = join(ROOT, 'dist-hostile-site-content');
export const HOSTILE_DIST = join(ROOT, 'dist-hostile-site');

export function buildHostileSite(): void {
  buildOnce({
    dist: HOSTILE_DIST,
    // Outside the content folder, where a stray file would be content.
    stamp: join(ROOT, '.bench/hostile-site.stamp'),
    dirs: ['src', 'scripts', 'public', 'tests/fixtures/content/valid', 'tests/fixtures/content/hostile'],
    files: ['tests/e2e/hostile-site.ts'],
    build: () => {
      rmSync(HOSTILE_CONTENT, { recursive: true, force: true });
      cpSync(join(ROOT, 'tests/fixtures/content/valid'), HOSTILE_CONTENT, { recursive: true });
      cpSync(join(ROOT, 'tests/fixtures/content/hostile'), HOSTILE_CONTENT, { recursive: true });
      rmSync(join(HOSTILE_CONTENT, 'README.md'));
      const result = buildSite({
        content: HOSTILE_CONTENT,
        out: HOSTILE_DIST,
        imageCache: join(ROOT, '.bench/hostile-images'),
        // Any origin will do (the pages are read, not deployed); setting one keeps the build quiet.
        env: { PARALLAX_SITE: DEFAULT_SITE },
        timeout: 240_000,
      });
      if (result.status !== 0)
        throw new Error(`the hostile fixture build failed (exit ${result.status ?? 'on a signal'}):\n${result.output}`);
    },
  });
}

/** Every page of the built hostile site, as a path from its root. */
export function hostilePages(): string[] {
  return readdirSync(HOSTILE_DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`)
    .sort();
}

if (import.meta.main) {
  buildHostileSite();
  serve(HOSTILE_DIST, 4364);
}
