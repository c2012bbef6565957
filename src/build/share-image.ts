/**
 * Share cards as 1200x630 PNGs (drawn by `share-image-draw.ts`), on a pool of worker threads so
 * both cores draw. PNGs are cached on disk by a hash of the card and the renderer version, so a
 * rebuild redraws only cards whose text changed; the build copies them from there into the site
 * (src/integrations/share-images.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Corpus } from '../model/corpus.ts';
import { shareCards, type PageCard } from '../model/routes.ts';
import type { ShareCard } from '../model/share-cards.ts';
import { shardScope } from '../model/shard.ts';
import { emojiSequences, uncovered } from './share-image-fonts.ts';

/** Bump when the drawing changes, so cached images are redrawn. */
export const RENDERER_VERSION = '7';

// Resolved from the project root: this module runs from a bundled chunk, the worker from source.
const WORKER = join(process.cwd(), 'src/build/share-image-worker.ts');

interface Job {
  resolve: (png: Buffer | undefined) => void;
  reject: (error: Error) => void;
}

interface Answer {
  id: number;
  png?: Uint8Array;
  error?: string;
}

class Pool {
  private readonly workers: { worker: Worker; jobs: Map<number, Job> }[] = [];
  private next = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const jobs = new Map<number, Job>();
      const worker = new Worker(WORKER);
      worker.unref(); // Idle workers must not keep the build running.
      worker.on('message', ({ id, png, error }: Answer) => {
        const job = jobs.get(id);
        jobs.delete(id);
        if (jobs.size === 0) worker.unref();
        if (!job) return;
        if (error !== undefined) job.reject(new Error(`Could not draw a share image: ${error}`));
        else job.resolve(png && Buffer.from(png.buffer, png.byteOffset, png.byteLength));
      });
      worker.on('error', (error: Error) => {
        for (const job of jobs.values()) job.reject(error);
        jobs.clear();
      });
      this.workers.push({ worker, jobs });
    }
  }

  stop(): Promise<unknown> {
    return Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }

  /** The PNG of `card`; given `file`, the worker writes it there and nothing comes back. */
  draw(card: ShareCard, file?: string): Promise<Buffer | undefined> {
    // The least busy worker: cards differ in cost, so plain turns would leave one idle.
    const slot = this.workers.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
    const id = this.next++;
    return new Promise((resolve, reject) => {
      slot.jobs.set(id, { resolve, reject });
      slot.worker.ref();
      slot.worker.postMessage({ id, card, file });
    });
  }
}

let pool: Pool | undefined;

/** Threads drawing images: one per core (PARALLAX_IMAGE_THREADS overrides). */
function threads(): number {
  const wanted = Number(process.env.PARALLAX_IMAGE_THREADS);
  return Number.isInteger(wanted) && wanted > 0 ? wanted : Math.max(1, availableParallelism());
}

function workers(): Pool {
  if (!pool) {
    if (!existsSync(WORKER))
      throw new Error(`Share images are drawn by ${WORKER}: run the build from the project root.`);
    pool = new Pool(threads());
  }
  return pool;
}

/** Draws a card as PNG bytes, on a worker thread. */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  const png = await workers().draw(card);
  if (!png) throw new Error('Could not draw a share image: no image came back');
  return png;
}

/**
 * The share cards this build draws, by page: every page's, or a sharded build's part's
 * (src/model/shard.ts). Warns of characters no bundled font can draw on the way.
 */
export function cardsToDraw(corpus: Corpus): PageCard[] {
  const scope = shardScope(corpus.stories.map((story) => story.id));
  const pages = shareCards(corpus).filter(({ page }) => scope.page(page));
  for (const { page, card } of pages) reportUncovered(card, page);
  return pages;
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

/** Where the cache in `cacheDir` keeps a card's PNG. */
export function cacheFile(card: ShareCard, cacheDir: string): string {
  return join(cacheDir, `${cacheKey(card)}.png`);
}

/**
 * The names in each cache folder when this build first looked: a cold build then draws without
 * first failing to open each of ten thousand files. A file added later counts as missing (drawn
 * again, to the same bytes); one deleted since is drawn again when it cannot be touched.
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
const drawing = new Map<string, Promise<void>>();

/**
 * The cache file holding a card's PNG, drawn into it first when missing (by a worker, which writes
 * the file itself). `drawn` is true for the one call that drew it, false for a hit or for a call
 * that waited on another's drawing of the same card.
 */
export async function shareImageFile(card: ShareCard, cacheDir: string): Promise<{ file: string; drawn: boolean }> {
  const file = cacheFile(card, cacheDir);
  const name = basename(file);
  if (namesIn(cacheDir).has(name)) {
    try {
      const now = new Date();
      utimesSync(file, now, now); // in use: see pruneImageCache
      return { file, drawn: false };
    } catch {
      // Deleted since the folder was listed: drawn again below.
    }
  }
  const pending = drawing.get(file);
  if (pending) {
    await pending;
    return { file, drawn: false };
  }
  const drawn = workers()
    .draw(card, file)
    .then(() => void namesIn(cacheDir).add(name))
    .finally(() => drawing.delete(file));
  drawing.set(file, drawn);
  await drawn;
  return { file, drawn: true };
}

/** What `drawShareImages` did: images drawn now, and images already in the cache or drawn for an identical card. */
export interface DrawnImages {
  drawn: number;
  reused: number;
}

/**
 * Makes sure every card has its cache file (`cacheFile`), drawing the missing ones on both cores,
 * then stops the workers so their memory is free for what comes next. A few cards per worker are
 * in flight, so a worker never waits on this thread for its next card.
 */
export async function drawShareImages(cards: Iterable<ShareCard>, cacheDir: string): Promise<DrawnImages> {
  const counts: DrawnImages = { drawn: 0, reused: 0 };
  // One queue the lanes take turns to pull from.
  const queue = cards[Symbol.iterator]();
  const lane = async () => {
    for (let next = queue.next(); next.done !== true; next = queue.next()) {
      const { drawn } = await shareImageFile(next.value, cacheDir);
      counts[drawn ? 'drawn' : 'reused']++;
    }
  };
  try {
    await Promise.all(Array.from({ length: threads() * 4 }, lane));
  } finally {
    await stopWorkers();
  }
  return counts;
}

/** Ends the worker threads (the next drawing starts new ones). */
async function stopWorkers(): Promise<void> {
  const stopping = pool;
  pool = undefined;
  await stopping?.stop();
}
