/**
 * `astro build` ends with the Pagefind search index (`<out>/pagefind/`), as Starlight builds it, so
 * any build, `astro preview` included, has search (a shard's part excepted: src/model/shard.ts). The index itself: src/build/search-index.ts.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from '../build/search-index.ts';
import { parseShard } from '../model/shard.ts';
import { recordTimings } from './build-timings.ts';

export default function searchIndex(): AstroIntegration {
  return {
    name: 'parallax:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // A part of a sharded build is indexed once merged with the others (scripts/merge-shards.ts).
        if (parseShard(process.env.PARALLAX_SHARD)) return;
        const { pages, milliseconds } = await buildSearchIndex(fileURLToPath(dir));
        recordTimings({ indexMs: milliseconds, indexPages: pages });
        logger.info(`Indexed ${pages} pages for search in ${milliseconds} ms.`);
      },
    },
  };
}
