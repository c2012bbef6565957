/**
 * Builds the Pagefind search index into a built site (`<site>/pagefind/`). Only pages marked with
 * `data-pagefind-body` are indexed: reports, claims, quotes, people and outlets, each a page of its own, so a
 * result opens on exactly that item.
 */
import * as pagefind from 'pagefind';

export interface IndexSummary {
  pages: number;
  milliseconds: number;
}

export async function buildSearchIndex(siteDir: string): Promise<IndexSummary> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages: added.page_count, milliseconds: Math.round(performance.now() - started) };
  } finally {
    await pagefind.close();
  }
}
