/**
 * A worker thread of `share-image.ts`: draws the cards it is sent and answers each with its PNG
 * bytes, or, given a file, writes the PNG there itself (so the main thread never holds it) and
 * answers when it is in place; or with an error message.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, threadId } from 'node:worker_threads';
import type { ShareCard } from '../model/share-cards.ts';
import { drawShareImage, resvgDraws } from './share-image-draw.ts';

// resvg's 3 MB pixel buffers live outside the JS heap and V8 does not count them, so in this small
// heap it would hardly ever collect them: 150 images took 540 MB. A collection every four resvg
// drawings (a few milliseconds in this heap) holds it near 350 MB. Most cards are drawn by
// share-image-raster.ts into one reused buffer and leave nothing to collect.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const COLLECT_EVERY = 4;
let collectedAt = 0;
let written = 0;

/**
 * Writes under a name of its own, then renames, so a build killed mid-write (or another build
 * writing the same card) never leaves a truncated image. The folder is made when a write finds it
 * missing, not tried before every image.
 */
function writeWhole(file: string, png: Uint8Array): void {
  const partial = `${file}.${process.pid}-${threadId}-${written++}.tmp`;
  try {
    writeFileSync(partial, png);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(partial, png);
  }
  renameSync(partial, file);
}

async function draw({ id, card, file }: Job): Promise<void> {
  try {
    const png = await drawShareImage(card);
    if (file) {
      writeWhole(file, png);
      parentPort?.postMessage({ id });
      return;
    }
    // Hand the bytes over instead of copying them (into an array, then into the message): a PNG
    // has its memory to itself unless it is a view into a larger one (then it is copied once).
    const own = png.byteOffset === 0 && png.byteLength === png.buffer.byteLength && png.buffer instanceof ArrayBuffer;
    const bytes = own ? png : new Uint8Array(png);
    parentPort?.postMessage({ id, png: bytes }, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort?.postMessage({ id, error: (error as Error).stack ?? String(error) });
  }
  if (resvgDraws - collectedAt >= COLLECT_EVERY) {
    collectedAt = resvgDraws;
    gc();
  }
}

interface Job {
  id: number;
  card: ShareCard;
  /** Where to write the PNG; without it, the PNG is sent back. */
  file?: string;
}

// One card at a time: started together, every queued card would hold its pixels at once.
let queue = Promise.resolve();
parentPort?.on('message', (job: Job) => {
  queue = queue.then(() => draw(job));
});
