/**
 * Runs the build steps as child processes and measures each from outside: wall time, peak RSS
 * (GNU time's maximum resident set size, or /proc polling where GNU time is missing) and CPU time.
 * Astro builds get their own output and cache directories, never the project's `dist/`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readTimings, TIMINGS_ENV } from '../../src/integrations/build-timings.ts';

const ASTRO = 'node_modules/astro/bin/astro.mjs';
/** The project's config plus the benchmark's caches and optional image stub (see the file). */
export const BENCH_CONFIG = 'scripts/bench/astro.config.mjs';
const GNU_TIME = '/usr/bin/time';

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  /** Astro content store and Vite dependency cache. */
  cacheDir: string;
  /** Share-image cache (the og endpoint's PARALLAX_IMAGE_CACHE). */
  imageCacheDir: string;
  /** Draw the share images too. */
  images: boolean;
  /** Another Astro config (experiments with settings); default: the benchmark's. */
  config?: string;
  /** Extra Node flags for the build process, e.g. `--cpu-prof`. */
  nodeArgs?: readonly string[];
}

export interface BuildResult {
  wallMs: number;
  peakRssBytes: number;
  cpuSeconds: number;
  /** Astro's own count: "N page(s) built". */
  astroPages: number;
  /**
   * The build's own steps, as its integrations time them (src/integrations/build-timings.ts):
   * validation and the search index run inside `astro build`, so `wallMs` includes them. NaN when
   * the build did not run the step.
   */
  validateMs: number;
  indexMs: number;
  indexPages: number;
  /** The share images: drawn before the pages and copied in after (NaN in a build without them). */
  imagesMs: number;
  log: string;
}

/** The part of a build that is Astro's own: the wall time without validation and the search index. */
export const astroMs = (r: BuildResult): number => r.wallMs - (r.validateMs || 0) - (r.indexMs || 0);

interface Measured {
  code: number | null;
  wallMs: number;
  peakRssBytes: number;
  cpuSeconds: number;
  output: string;
}

/** Peak RSS in kB of a live process, from /proc (the high-water mark survives until exit). */
function vmHwm(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Runs `node args…` and measures it. The disk is flushed first: otherwise the previous run's
 * hundreds of megabytes of output are still being written back while this one runs, and the
 * wall time depends on which run came before.
 */
function measure(args: readonly string[], env: NodeJS.ProcessEnv, timeFile: string): Promise<Measured> {
  spawnSync('sync');
  const gnuTime = existsSync(GNU_TIME);
  const [command, argv] = gnuTime
    ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, process.execPath, ...args]]
    : [process.execPath, [...args]];
  const started = performance.now();
  const child = spawn(command, argv, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let polled = 0;
  const poll = gnuTime ? undefined : setInterval(() => (polled = Math.max(polled, vmHwm(child.pid ?? 0))), 100);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (poll) clearInterval(poll);
      let peakKb = polled;
      let cpuSeconds = NaN;
      if (gnuTime && existsSync(timeFile)) {
        const [rss = 0, user = NaN, sys = NaN] =
          readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)?.split(' ').map(Number) ?? [];
        peakKb = rss;
        cpuSeconds = user + sys;
        rmSync(timeFile, { force: true });
      }
      resolve({ code, wallMs, peakRssBytes: peakKb * 1024, cpuSeconds, output });
    });
  });
}

const timeFile = () => join(tmpdir(), `parallax-bench-time-${process.pid}.txt`);
const timingsFile = () => join(tmpdir(), `parallax-bench-steps-${process.pid}.json`);
const pagesIn = (log: string) => Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? NaN);

function envFor(options: Pick<BuildOptions, 'contentDir' | 'imageCacheDir'>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    PARALLAX_CONTENT_DIR: options.contentDir,
    PARALLAX_IMAGE_CACHE: options.imageCacheDir,
  };
}

/** Runs a build with a fresh timings file and reads back what its integrations recorded. */
async function measureBuild(args: readonly string[], env: NodeJS.ProcessEnv, what: string): Promise<BuildResult> {
  const steps = timingsFile();
  rmSync(steps, { force: true });
  const measured = await measure(args, { ...env, [TIMINGS_ENV]: steps }, timeFile());
  const timings = readTimings(steps);
  rmSync(steps, { force: true });
  if (measured.code !== 0)
    throw new Error(`${what} failed (exit ${measured.code ?? 'on a signal'}):\n${measured.output.slice(-4000)}`);
  const { wallMs, peakRssBytes, cpuSeconds, output } = measured;
  return {
    wallMs,
    peakRssBytes,
    cpuSeconds,
    astroPages: pagesIn(output),
    validateMs: timings.validateMs ?? NaN,
    indexMs: timings.indexMs ?? NaN,
    indexPages: timings.indexPages ?? NaN,
    imagesMs: timings.imagesMs ?? NaN,
    log: output,
  };
}

/**
 * `astro build` with the benchmark's config, its own caches and output directory: the project's
 * integrations included, so it validates the content first and indexes the pages for search last.
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  rmSync(options.outDir, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = {
    ...envFor(options),
    PARALLAX_BENCH_CACHE: options.cacheDir,
    PARALLAX_BENCH_IMAGES: options.images ? '1' : '0',
  };
  const args = [
    ...(options.nodeArgs ?? []),
    ASTRO,
    'build',
    '--config',
    options.config ?? BENCH_CONFIG,
    '--outDir',
    options.outDir,
  ];
  return measureBuild(args, env, 'astro build');
}

/**
 * `npm run build` end to end (`astro build` with the project's own config and caches, then the swap
 * into place), into `outDir`. Only the share-image cache is the benchmark's.
 */
export async function npmRunBuild(outDir: string, imageCacheDir: string): Promise<BuildResult> {
  const env = envFor({ contentDir: 'content', imageCacheDir });
  const args = ['--experimental-strip-types', 'scripts/build.ts', '--out', outDir];
  return measureBuild(args, env, 'npm run build');
}

/**
 * `astro build` of another Astro project (the anchor blog of `anchor.ts`) into `outDir`, on its own
 * config; its caches live in its own `node_modules/.astro`, which a cold build deletes first.
 */
export async function buildProject(root: string, outDir: string, cold: boolean): Promise<BuildResult> {
  rmSync(outDir, { recursive: true, force: true });
  if (cold) rmSync(join(root, 'node_modules'), { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const args = [ASTRO, 'build', '--root', root, '--outDir', resolve(outDir)];
  return measureBuild(args, env, `astro build of ${root}`);
}
