/**
 * `npm run bench:shards -- [--stories N] [--shards K]`: the sharded build, demonstrated on this
 * machine. A seeded corpus is built whole with `npm run build`, then as K parts
 * (`PARALLAX_SHARD=i/K`, each with its own share-image cache, as CI matrix jobs would have) merged
 * by scripts/merge-shards.ts. The merged site must equal the whole one file for file and byte for
 * byte, search index included; any difference is listed and the command fails. Times are printed:
 * on CI the parts run at once, so a sharded deploy waits for the slowest part plus the merge.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { filesUnder } from '../../src/build/shard-merge.ts';
import { seededCorpus } from './newsroom.ts';

const WORK = '.bench';
const HERE = join(WORK, 'shards');

const { values } = parseArgs({
  options: {
    stories: { type: 'string', default: '20' },
    shards: { type: 'string', default: '2' },
    reports: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
  },
});
const stories = Number(values.stories);
const shards = Number(values.shards);
if (!Number.isInteger(stories) || stories < 1 || !Number.isInteger(shards) || shards < 2) {
  console.error('Usage: npm run bench:shards -- [--stories N (at least 1)] [--shards K (at least 2)]');
  process.exit(2);
}
const contentDir = join(seededCorpus(WORK, { stories, reports: Number(values.reports), seed: values.seed }), 'content');

/** Runs a build step cold (its own empty image cache) and returns its wall time in seconds. */
function run(label: string, script: string, args: string[], env: Record<string, string> = {}): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--experimental-strip-types', script, ...args], {
    env: { ...process.env, PARALLAX_CONTENT_DIR: contentDir, ...env },
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(`${label} failed:\n${result.stdout}${result.stderr}`);
    process.exit(1);
  }
  console.log(`${label}: ${seconds.toFixed(1)} s`);
  return seconds;
}

rmSync(HERE, { recursive: true, force: true });
const whole = join(HERE, 'whole');
const build = (label: string, out: string, cache: string, shard?: string) =>
  run(label, 'scripts/build.ts', ['--out', out], {
    PARALLAX_IMAGE_CACHE: resolve(HERE, cache),
    ...(shard ? { PARALLAX_SHARD: shard } : {}),
  });

console.log(`${stories} stories in ${shards} shards, every build cold:`);
const wholeSeconds = build('whole build', whole, 'cache-whole');
const parts: string[] = [];
const partSeconds: number[] = [];
for (let i = 1; i <= shards; i++) {
  const part = join(HERE, `part-${i}`);
  parts.push(part);
  partSeconds.push(build(`shard ${i}/${shards}`, part, `cache-${i}`, `${i}/${shards}`));
}
const merged = join(HERE, 'merged');
const mergeSeconds = run('merge', 'scripts/merge-shards.ts', ['--out', merged, ...parts]);

const wholeFiles = filesUnder(whole).sort();
const mergedFiles = new Set(filesUnder(merged));
const missing = wholeFiles.filter((file) => !mergedFiles.has(file));
const extra = [...mergedFiles].filter((file) => !wholeFiles.includes(file));
const differing = wholeFiles.filter(
  (file) => mergedFiles.has(file) && !readFileSync(join(whole, file)).equals(readFileSync(join(merged, file))),
);
const slowest = Math.max(...partSeconds);
console.log(
  `Parts: ${partSeconds.map((s) => s.toFixed(1)).join(' + ')} s; a matrix of ${shards} jobs waits ${slowest.toFixed(1)} s ` +
    `plus ${mergeSeconds.toFixed(1)} s to merge = ${(slowest + mergeSeconds).toFixed(1)} s, against ${wholeSeconds.toFixed(1)} s whole.`,
);
if (missing.length + extra.length + differing.length > 0) {
  const list = (name: string, files: string[]) => (files.length ? `\n  ${name}: ${files.slice(0, 20).join(', ')}` : '');
  console.error(
    `The merged site differs from the whole build:${list('missing', missing)}${list('extra', extra)}${list('different bytes', differing)}`,
  );
  process.exit(1);
}
console.log(`The merged site equals the whole build: ${wholeFiles.length} files, byte for byte.`);
