/** Builds the site for tests: with the project's real build script, or with a bare `astro build`. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export function buildSite(options: {
  content: string;
  out: string;
  imageCache?: string;
  env?: Record<string, string>;
  timeout?: number;
}) {
  const result = spawnSync(process.execPath, ['--experimental-strip-types', 'scripts/build.ts', '--out', options.out], {
    cwd: ROOT,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      PARALLAX_CONTENT_DIR: options.content,
      ...(options.imageCache && { PARALLAX_IMAGE_CACHE: options.imageCache }),
      ...options.env,
    },
    encoding: 'utf8',
    timeout: options.timeout ?? 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * A bare `astro build` with another config (by default the benchmark's: HTML only, caches in
 * `cache`), as the benchmark runs it: no validation step, no search index.
 */
export function astroBuild(options: {
  content: string;
  out: string;
  cache: string;
  config?: string;
  env?: Record<string, string>;
  timeout?: number;
}) {
  const config = options.config ?? 'scripts/bench/astro.config.mjs';
  const result = spawnSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--config', config, '--outDir', options.out],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        PARALLAX_CONTENT_DIR: options.content,
        PARALLAX_BENCH_CACHE: options.cache,
        ...options.env,
      },
      encoding: 'utf8',
      timeout: options.timeout ?? 120_000,
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
