/** Runs the project's real build script on a content root into an output folder, for tests. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export function buildSite(options: {
  content: string;
  out: string;
  imageCache?: string;
  env?: Record<string, string>;
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
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
