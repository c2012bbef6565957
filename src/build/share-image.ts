/**
 * Share cards as 1200x630 PNGs at build time (drawn by `share-image-draw.ts`), on a pool of worker
 * threads so both cores draw while Astro renders pages. PNGs are cached on disk by a hash of the
 * card and the renderer version, so a rebuild redraws only cards whose text changed.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ShareCard } from '../model/share-cards.ts';
import { emojiSequences, uncovered } from './share-image-fonts.ts';

/** Bump when the drawing changes, so cached images are redrawn. */
export const RENDERER_VERSION = '7';

// Resolved from the project root: this module runs from a bundled chunk, the worker from source.
const WORKER = join(process.cwd(), 'src/build/share-image-worker.ts');

interface Job {
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

class Pool {
  private readonly workers: { worker: Worker; jobs: Map<number, Job> }[] = [];
  private next = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const jobs = new Map<number, Job>();
      const worker = new Worker(WORKER);
      worker.unref(); // Idle workers must not keep the build running.
      worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
        const job = jobs.get(id);
        jobs.delete(id);
        if (jobs.size === 0) worker.unref();
        if (!job) return;
        if (png) job.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
        else job.reject(new Error(`Could not draw a share image: ${error ?? 'no image came back'}`));
      });
      worker.on('error', (error: Error) => {
        for (const job of jobs.values()) job.reject(error);
        jobs.clear();
      });
      this.workers.push({ worker, jobs });
    }
  }

  draw(card: ShareCard): Promise<Buffer> {
    // The least busy worker: cards differ in cost, so plain turns would leave one idle.
    const slot = this.workers.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
    const id = this.next++;
    return new Promise((resolve, reject) => {
      slot.jobs.set(id, { resolve, reject });
      slot.worker.ref();
      slot.worker.postMessage({ id, card });
    });
  }
}

let pool: Pool | undefined;

/** Threads drawing images: one per core (PARALLAX_IMAGE_THREADS overrides). */
function threads(): number {
  const wanted = Number(process.env.PARALLAX_IMAGE_THREADS);
  return Number.isInteger(wanted) && wanted > 0 ? wanted : Math.max(1, availableParallelism());
}

/** Draws a card as PNG bytes, on a worker thread. */
export function renderShareImage(card: ShareCard): Promise<Buffer> {
  if (!pool) {
    if (!existsSync(WORKER))
      throw new Error(`Share images are drawn by ${WORKER}: run the build from the project root.`);
    pool = new Pool(threads());
  }
  return pool.draw(card);
}

const reported = new Set<string>();

/** "👍🏽" → "U+1F44D U+1F3FD". */
const codePoints = (text: string) =>
  // eslint-disable-next-line @typescript-eslint/no-misused-spread -- code points are what U+ notation lists
  [...text].map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');

/** Warns once per card field about characters no bundled font can draw (they would show as boxes). */
export function reportUncovered(card: ShareCard, page: string): void {
  const fields: [string, string][] = [
    ['kicker', card.kicker],
    ['title', card.title],
    ...card.lines.map((line, i): [string, string] => [`lines[${i}]`, line]),
    ['footer', card.footer],
  ];
  for (const [field, text] of fields) {
    const missing = uncovered(text);
    const sequences = emojiSequences(text);
    const key = `${page} ${field}`;
    if ((missing.length === 0 && sequences.length === 0) || reported.has(key)) continue;
    reported.add(key);
    const codes = (chars: string[]) => chars.map((c) => `${c} (${codePoints(c)})`).join(', ');
    if (missing.length > 0) {
      console.warn(`Share image of ${page}, ${field}: no bundled font draws ${codes(missing)}; drawn as empty boxes.`);
    }
    if (sequences.length > 0) {
      console.warn(
        `Share image of ${page}, ${field}: the emoji sequence ${codes(sequences)} cannot be joined; drawn as separate pieces.`,
      );
    }
  }
}

/**
 * Where drawn images are kept between builds: beside Astro's own cache in `node_modules/.astro/`,
 * which Cloudflare Pages saves between deploys by itself (PARALLAX_IMAGE_CACHE moves it).
 */
export function imageCacheDir(): string {
  return process.env.PARALLAX_IMAGE_CACHE ?? 'node_modules/.astro/share-images';
}

/**
 * Deletes cached images no build has used since `since` (ms): after a complete build, those of
 * cards that no longer exist. A hit refreshes its file's time, so images in use are kept, even
 * by another build running at the same time (it started later, so it touched them later).
 */
export function pruneImageCache(dir: string, since: number): number {
  if (!existsSync(dir)) return 0;
  let pruned = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name.endsWith('.png') && statSync(path).mtimeMs < since) {
      rmSync(path, { force: true });
      pruned++;
    }
  }
  return pruned;
}

/** The cache file name of a card: a hash of the renderer version and the card's text. */
export function cacheKey(card: ShareCard): string {
  return createHash('sha256').update(RENDERER_VERSION).update(JSON.stringify(card)).digest('hex');
}

/**
 * The names in each cache folder when this build first looked: a cold build then draws without
 * first failing to open each of ten thousand files. A file added later counts as missing (drawn
 * again, to the same bytes); one deleted since is drawn again when it cannot be read.
 */
const cachedNames = new Map<string, Set<string>>();
function namesIn(dir: string): Set<string> {
  let names = cachedNames.get(dir);
  if (!names) {
    names = new Set(existsSync(dir) ? readdirSync(dir) : []);
    cachedNames.set(dir, names);
  }
  return names;
}

/** Cards being drawn now, by cache file: pages with identical cards share one drawing and one write. */
const drawing = new Map<string, Promise<Buffer>>();
let temporary = 0;

/**
 * Draws a card, or reuses the PNG drawn for identical text earlier. The cache is read and written
 * synchronously: through `node:fs/promises` an idle set of 250-story builds drew 171 images a
 * second, against 197 (BENCHMARKS.md, "Share images: the main thread's part").
 */
export async function cachedShareImage(card: ShareCard, cacheDir: string): Promise<Buffer> {
  const name = `${cacheKey(card)}.png`;
  const path = join(cacheDir, name);
  if (namesIn(cacheDir).has(name)) {
    try {
      const png = readFileSync(path);
      const now = new Date();
      utimesSync(path, now, now); // in use: see pruneImageCache
      return png;
    } catch {
      // Deleted since the folder was listed: drawn again below.
    }
  }
  let drawn = drawing.get(path);
  if (!drawn) {
    drawn = drawAndKeep(card, cacheDir, path, name).finally(() => drawing.delete(path));
    drawing.set(path, drawn);
  }
  return drawn;
}

async function drawAndKeep(card: ShareCard, cacheDir: string, path: string, name: string): Promise<Buffer> {
  const png = await renderShareImage(card);
  // Written under a name of its own, then renamed, so a build killed mid-write (or another build
  // writing the same card) never leaves a truncated image in the cache. The folder is made when a
  // write finds it missing, not tried before every image.
  const partial = `${path}.${process.pid}-${temporary++}.tmp`;
  try {
    writeFileSync(partial, png);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(partial, png);
  }
  renameSync(partial, path);
  namesIn(cacheDir).add(name);
  return png;
}
