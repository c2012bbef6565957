/**
 * `node tests/e2e/fixture-site.ts [--port N]`: the fixture site the browser tests read wider
 * stories on. It writes one generated corpus holding a 3-report and a 5-report story into
 * `dist-fixtures-content/`, builds it once into `dist-fixtures/` (HTML, styles and scripts, no share
 * images: the benchmark's config) and serves it like a static host. The build is reused while the
 * code and the generator are unchanged, so the extra build costs nothing on a second run.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from '../../scripts/corpus/write.ts';

const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURE_CONTENT = join(ROOT, 'dist-fixtures-content');
export const FIXTURE_DIST = join(ROOT, 'dist-fixtures');
/** One story per count: the widths a story page must still read well at. */
export const FIXTURE_REPORTS = [3, 5];
const STAMP = join(FIXTURE_DIST, '.fixture-stamp');

/** A fingerprint of everything the fixture build depends on. */
function fingerprint(): string {
  const hash = createHash('sha256').update(JSON.stringify(FIXTURE_REPORTS));
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(path).update(readFileSync(path));
    }
  };
  for (const dir of ['src', 'scripts/corpus']) walk(join(ROOT, dir));
  for (const file of ['astro.config.mjs', 'package-lock.json', 'tests/e2e/fixture-site.ts']) {
    hash.update(readFileSync(join(ROOT, file)));
  }
  return hash.digest('hex');
}

export function buildFixtureSite(): void {
  const stamp = fingerprint();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === stamp) return;
  writeCorpus(FIXTURE_CONTENT, { stories: FIXTURE_REPORTS.length, reports: FIXTURE_REPORTS, seed: 'reading' });
  const result = spawnSync(
    process.execPath,
    [
      'node_modules/astro/bin/astro.mjs',
      'build',
      '--config',
      'scripts/bench/astro.config.mjs',
      '--outDir',
      FIXTURE_DIST,
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        PARALLAX_CONTENT_DIR: join(FIXTURE_CONTENT, 'content'),
        PARALLAX_BENCH_CACHE: join(ROOT, '.bench/fixtures-cache'),
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (result.status !== 0) throw new Error(`the fixture build failed (exit ${result.status})`);
  writeFileSync(STAMP, stamp);
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '4363' } } });
  buildFixtureSite();
  spawnSync(process.execPath, ['--experimental-strip-types', 'scripts/serve.ts', FIXTURE_DIST, '--port', values.port], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}
