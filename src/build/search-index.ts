/**
 * Builds the Pagefind search index into a built site (`<site>/pagefind/`). Only pages marked with
 * `data-pagefind-body` are indexed: reports, claims, quotes, people and outlets, each a page of its own, so a
 * result opens on exactly that item. Each page indexes its item's own words, not the lists of other
 * items it links to (BaseLayout's `search`); tests/dist/search-index.test.ts pins both.
 */
import * as pagefind from 'pagefind';

/**
 * The files of the pages that opt in, and only those: Pagefind would otherwise parse every story
 * page, index page and export too (a fifth of its reading time at 250 stories) to find no
 * `data-pagefind-body` in them. That test fails when a page opts in outside this glob.
 */
export const SEARCHED_PAGES =
  '{stories/*/reports/*,stories/*/claims/*,stories/*/quotes/*,people/*,outlets/*}/index.html';

export interface IndexSummary {
  pages: number;
  milliseconds: number;
}

/** The steps of indexing, one at a time, so the benchmark can time each (scripts/bench/index-stages.ts). */
export async function* indexStages(
  siteDir: string,
  outputPath: string,
): AsyncGenerator<'start' | 'add' | 'write', number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  yield 'start';
  const added = await index.addDirectory({ path: siteDir, glob: SEARCHED_PAGES });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
  yield 'add';
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  yield 'write';
  return added.page_count;
}

export async function buildSearchIndex(siteDir: string): Promise<IndexSummary> {
  const started = performance.now();
  try {
    const stages = indexStages(siteDir, `${siteDir}/pagefind`);
    let step = await stages.next();
    while (!step.done) step = await stages.next();
    return { pages: step.value, milliseconds: Math.round(performance.now() - started) };
  } finally {
    await pagefind.close();
  }
}
