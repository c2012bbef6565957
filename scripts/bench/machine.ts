/** The machine and source tree a benchmark ran on, for the record in BENCHMARKS.md. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { GiB } from './stats.ts';

export interface Machine {
  cores: number;
  cpu: string;
  memoryGiB: number;
  node: string;
  astro: string;
  source: string;
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

export function describeMachine(): Machine {
  const astro = JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')) as { version: string };
  const commit = git(['rev-parse', '--short', 'HEAD']) || 'unknown commit';
  const dirty = git(['status', '--porcelain']) !== '';
  return {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown CPU',
    memoryGiB: totalmem() / GiB,
    node: process.version,
    astro: astro.version,
    source: `${commit}${dirty ? ' plus uncommitted changes' : ''}`,
  };
}

/** The 1-minute load average: other work on the machine slows builds down, so it is recorded. */
export const load = (): number => loadavg()[0] ?? NaN;
