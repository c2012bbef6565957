/**
 * What the extra sites the browser tests build (tests/e2e/fixture-site.ts, hostile-site.ts) share:
 * a fingerprint of their inputs, so a build is reused while nothing it depends on changed, and
 * serving the result like a static host when run as a script.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

export const ROOT = resolve(import.meta.dirname, '../..');

/** A hash of every file under `dirs`, of `files` (paths from the project root) and of `extra`. */
function fingerprint(dirs: readonly string[], files: readonly string[], extra: string): string {
  const hash = createHash('sha256').update(extra);
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(path).update(readFileSync(path));
    }
  };
  for (const dir of dirs) walk(join(ROOT, dir));
  for (const file of [
    'astro.config.mjs',
    'package-lock.json',
    'tests/e2e/cached-site.ts',
    'tests/build/build-site.ts',
    ...files,
  ])
    hash.update(readFileSync(join(ROOT, file)));
  return hash.digest('hex');
}

/** Runs `build` unless `dist` was built from the same inputs (recorded in `stamp`). */
export function buildOnce(options: {
  dist: string;
  stamp: string;
  dirs: readonly string[];
  files: readonly string[];
  extra?: string;
  build: () => void;
}): void {
  const value = fingerprint(options.dirs, options.files, options.extra ?? '');
  if (existsSync(options.stamp) && existsSync(options.dist) && readFileSync(options.stamp, 'utf8') === value) return;
  options.build();
  mkdirSync(dirname(options.stamp), { recursive: true });
  writeFileSync(options.stamp, value);
}

/** `--port N` from the command line: serves `dist` the way a static host does (scripts/serve.ts). */
export function serve(dist: string, defaultPort: number): void {
  const { values } = parseArgs({ options: { port: { type: 'string', default: String(defaultPort) } } });
  spawnSync(process.execPath, ['--experimental-strip-types', 'scripts/serve.ts', dist, '--port', values.port], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}
