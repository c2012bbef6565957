/**
 * A worker thread of `share-image.ts`: draws the cards it is sent, one at a time, and answers each
 * with its PNG bytes or an error message.
 */
import { parentPort } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { ShareCard } from './share-cards.ts';
import { drawShareImage } from './share-image-draw.ts';

// resvg's pixel buffers live outside the JS heap, so V8 does not count them and collects them
// late: each image then gets fresh memory from the system, and first-touching 3 MB of new pages
// cost more than drawing the card. A young-generation collection after each image (well under a
// millisecond in this small heap) hands the same memory back for the next one.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (options?: { type: 'minor' | 'major' }) => void;

parentPort?.on('message', async ({ id, card }: { id: number; card: ShareCard }) => {
  try {
    const png = await drawShareImage(card);
    parentPort?.postMessage({ id, png: new Uint8Array(png) });
  } catch (error) {
    parentPort?.postMessage({ id, error: (error as Error).stack ?? String(error) });
  }
  gc({ type: 'minor' });
});
