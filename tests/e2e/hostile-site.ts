/**
 * `node tests/e2e/hostile-site.ts [--port N]`: the hostile fixture (tests/fixtures/content/valid
 * with tests/fixtures/content/hostile over it) built by the project's own build script into
 * `dist-hostile-site/` (share images and search index included) and served like a static host, for
 * tests/e2e/hostile.spec.ts. The build is reused while the code and the fixture are unchanged.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '../..');
export const HOSTILE_CONTENT = join(ROOT, 'dist-hostile-site-content');
export const HOSTILE_DIST = join(ROOT, 'dist-hostile-site');
// Outside the content folder, where a stray file would be content.
const STAMP = join(ROOT, '.bench/hostile-site.stamp');

/** A fingerprint of everything the build depends on. */
function fingerprint(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(path).update(readFileSync(path));
    }
  };
  for (const dir of ['src', 'scripts', 'public', 'tests/fixtures/content/valid', 'tests/fixtures/content/hostile'])
    walk(join(ROOT, dir));
  for (const file of ['astro.config.mjs', 'package-lock.json', 'tests/e2e/hostile-site.ts']) {
    hash.update(readFileSync(join(ROOT, file)));
  }
  return hash.digest('hex');
}

export function buildHostileSite(): void {
  const stamp = fingerprint();
  if (existsSync(STAMP) && existsSync(HOSTILE_DIST) && readFileSync(STAMP, 'utf8') === stamp) return;
  rmSync(HOSTILE_CONTENT, { recursive: true, force: true });
  cpSync(join(ROOT, 'tests/fixtures/content/valid'), HOSTILE_CONTENT, { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/content/hostile'), HOSTILE_CONTENT, { recursive: true });
  rmSync(join(HOSTILE_CONTENT, 'README.md'));
  const result = spawnSync(
    process.execPath,
    ['--experimental-strip-types', 'scripts/build.ts', '--out', HOSTILE_DIST],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        PARALLAX_CONTENT_DIR: HOSTILE_CONTENT,
        // Any origin will do (the pages are read, not deployed); setting one keeps the build quiet.
        PARALLAX_SITE: 'http://localhost:4321',
        PARALLAX_IMAGE_CACHE: join(ROOT, '.bench/hostile-images'),
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (result.status !== 0) throw new Error(`the hostile fixture build failed (exit ${result.status})`);
  mkdirSync(dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, stamp);
}

/** Every page of the built hostile site, as a path from its root. */
export function hostilePages(): string[] {
  return readdirSync(HOSTILE_DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`)
    .sort();
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '4364' } } });
  buildHostileSite();
  spawnSync(process.execPath, ['--experimental-strip-types', 'scripts/serve.ts', HOSTILE_DIST, '--port', values.port], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}
