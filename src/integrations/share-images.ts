/**
 * The share images (`/og/….png`, one per page; src/build/share-image.ts). `astro build` draws the
 * ones missing from the cache itself, from the route table and the corpus the build validated,
 * before Astro renders any page, and copies them into the output when the pages are written.
 * Rendered instead as ten thousand PNG endpoints, one by one through Astro's routes, they cost the
 * main thread as much time as the drawing cost the workers; drawn after the pages, the workers'
 * memory came on top of what the pages left (BENCHMARKS.md, "Share images outside Astro's routes").
 * `astro dev` serves each image from an endpoint (share-image-route.ts), drawn on request.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Corpus } from '../model/corpus.ts';
import { count, nouns } from '../model/labels.ts';
import { paths } from '../model/paths.ts';
import { cacheFile, cardsToDraw, drawShareImages, imageCacheDir } from '../build/share-image.ts';
import { recordTimings } from './build-timings.ts';

export const NAME = 'parallax:share-images';

/** `corpus` gives the content the build validated (content-check-on-build.ts), once it has. */
export default function shareImages(corpus: () => Corpus | undefined): AstroIntegration {
  /** Each image's place under the output folder and its file in the cache. */
  let images: { image: string; file: string }[] = [];
  let drawingMs = 0;
  return {
    name: NAME,
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'dev') {
          injectRoute({ pattern: '/og/[...image].png', entrypoint: './src/integrations/share-image-route.ts' });
        }
      },
      'astro:build:start': async ({ logger }) => {
        const checked = corpus();
        if (!checked)
          throw new Error(`${NAME}: the content was not checked before the build (content-check-on-build.ts).`);
        const started = performance.now();
        const pages = cardsToDraw(checked);
        const cacheDir = imageCacheDir();
        const { drawn, reused } = await drawShareImages(
          pages.map(({ card }) => card),
          cacheDir,
        );
        images = pages.map(({ page, card }) => ({ image: paths.shareImage(page), file: cacheFile(card, cacheDir) }));
        drawingMs = performance.now() - started;
        logger.info(
          `${count(pages.length, nouns.shareImage)} ready in ${Math.round(drawingMs)} ms: ${drawn} drawn, ${reused} from the cache.`,
        );
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const folders = new Set<string>();
        for (const { image, file } of images) {
          const target = join(out, image);
          const folder = dirname(target);
          if (!folders.has(folder)) {
            mkdirSync(folder, { recursive: true });
            folders.add(folder);
          }
          copyFileSync(file, target);
        }
        const copyingMs = performance.now() - started;
        recordTimings({ imagesMs: Math.round(drawingMs + copyingMs) });
        logger.info(`Copied ${count(images.length, nouns.shareImage)} into the site in ${Math.round(copyingMs)} ms.`);
      },
    },
  };
}
