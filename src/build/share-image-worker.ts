/**
 * A worker thread of `share-image.ts`: draws the cards it is sent and answers each with its PNG
 * bytes or an error message.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';
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

async function draw({ id, card }: { id: number; card: ShareCard }): Promise<void> {
  try {
    const png = await drawShareImage(card);
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

// One card at a time: started together, every queued card would hold its pixels at once.
let queue = Promise.resolve();
parentPort?.on('message', (job: { id: number; card: ShareCard }) => {
  queue = queue.then(() => draw(job));
});
