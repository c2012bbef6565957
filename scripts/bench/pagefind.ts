/**
 * The search-index step, timed: the project's own `buildSearchIndex` (Pagefind), as `npm run build`
 * runs it. When the `pagefind` package is not installed, the table says "not installed".
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dirBytes } from './dist.ts';

export const pagefindInstalled = (): boolean => existsSync('node_modules/pagefind/package.json');

export interface SearchIndex {
  ms: number;
  bytes: number;
  pages: number;
}

export async function indexSite(outDir: string): Promise<SearchIndex> {
  // Imported on use: the module imports `pagefind`, which may not be installed.
  const { buildSearchIndex } = await import('../../src/lib/search-index.ts');
  const { pages, milliseconds } = await buildSearchIndex(outDir);
  return { ms: milliseconds, bytes: dirBytes(join(outDir, 'pagefind')), pages };
}
