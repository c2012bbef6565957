/**
 * The search-index step's figures: `astro build` indexes the pages itself
 * (src/integrations/search-index.ts) and records how long that took; this adds the index's size.
 */
import { join } from 'node:path';
import type { BuildResult } from './build.ts';
import { dirBytes } from './dist.ts';

export interface SearchIndex {
  ms: number;
  bytes: number;
  pages: number;
}

export function searchIndexOf(built: BuildResult, outDir: string): SearchIndex {
  return { ms: built.indexMs, bytes: dirBytes(join(outDir, 'pagefind')), pages: built.indexPages };
}
