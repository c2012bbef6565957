/** The seeded synthetic corpus the benchmarks build, generated once and reused while it matches. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST, manifest } from '../newsroom/generate.ts';
import { writeCorpus } from '../newsroom/write.ts';

export interface CorpusOptions {
  stories: number;
  reports: number;
  seed: string;
}

/** The corpus for these options under `work`, generated unless an identical one is already on disk. */
export function seededCorpus(work: string, options: CorpusOptions): string {
  const dir = join(work, `corpus-${options.stories}x${options.reports}-seed${options.seed}`);
  const path = join(dir, MANIFEST);
  if (existsSync(path)) {
    const found = JSON.parse(readFileSync(path, 'utf8')) as ReturnType<typeof manifest>;
    const wanted = manifest(options, found.files);
    if (JSON.stringify(found) === JSON.stringify(wanted)) return dir;
  }
  console.log(`Generating ${options.stories} stories × ${options.reports} reports (seed ${options.seed}) in ${dir}…`);
  writeCorpus(dir, options);
  return dir;
}
