/**
 * Builds the Pagefind search index into a built site (`<site>/pagefind/`). Only pages marked with
 * `data-pagefind-body` are indexed: stories, reports, people and outlets. A story's claims, quotes
 * and open questions are results within its record (elements with an id and `data-pagefind-title`;
 * src/browser/search.ts lists them under the story and links each to its place on the page): one
 * record per story instead of one per item cut the records at 250 stories from 10,554 to 1,469,
 * which is most of Pagefind's time. Each page indexes its own words, not the lists of other
 * results it links to, nor the fixed wording around them (BaseLayout's `search`);
 * tests/dist/search-index.test.ts pins both.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';

/**
 * The files of the pages that opt in, and only those: Pagefind would otherwise parse every claim
 * and quote page, index page and export too (most of its reading time at 250 stories) to find no
 * `data-pagefind-body` in them. That test fails when a page opts in outside this glob.
 */
export const SEARCHED_PAGES = '{stories/*,stories/*/reports/*,people/*,outlets/*}/index.html';

/**
 * Fragment files (one per record's result text) are bundled so there are at most this many.
 * Writing a small file per record was about 40 % of the index's time when claims and quotes were
 * records of their own (10,554 files at 250 stories, half of Cloudflare Pages' 20,000-file limit);
 * a site of 1,000 stories still has about 6,000 records. Past the limit a result's fetch holds a few
 * records' text (about 2 KB gzipped); a smaller site keeps one file per record. A build may set
 * its own limit (fragmentFilesFrom).
 */
export const MAX_FRAGMENT_FILES = 1000;

export interface IndexSummary {
  pages: number;
  milliseconds: number;
}

/** The steps of indexing, one at a time, so the benchmark can time each (scripts/bench/index-stages.ts). */
export async function* indexStages(
  siteDir: string,
  outputPath: string,
  maxFragments = MAX_FRAGMENT_FILES,
): AsyncGenerator<'start' | 'add' | 'write', number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', maxFragments });
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

/**
 * The most fragment files a build may write: PARALLAX_SEARCH_FRAGMENT_FILES (a host with a tighter
 * file limit; `npm run build:subpath` sets a small one so the browser tests read bundled files),
 * or MAX_FRAGMENT_FILES.
 */
export function fragmentFilesFrom(env: Record<string, string | undefined> = process.env): number {
  const raw = env.PARALLAX_SEARCH_FRAGMENT_FILES;
  if (raw === undefined || raw === '') return MAX_FRAGMENT_FILES;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    throw new Error(`PARALLAX_SEARCH_FRAGMENT_FILES must be a whole number of at least 1, not “${raw}”.`);
  }
  return n;
}

export async function buildSearchIndex(siteDir: string, maxFragments = fragmentFilesFrom()): Promise<IndexSummary> {
  const started = performance.now();
  try {
    const stages = indexStages(siteDir, `${siteDir}/pagefind`, maxFragments);
    let step = await stages.next();
    while (!step.done) step = await stages.next();
    return { pages: step.value, milliseconds: Math.round(performance.now() - started) };
  } finally {
    await pagefind.close();
  }
}

/** One page's search record as Pagefind wrote it: the text a search matches and what a result shows. */
export interface IndexedPage {
  url: string;
  content: string;
  meta: { title?: string };
  filters: { kind?: string[] };
  /** Elements with an id, in page order; those with a title are the results within the page. */
  anchors: { element: string; id: string; text: string; title?: string; location: number }[];
}

const FRAGMENT_PREFIX = 'pagefind_dcd';

/**
 * Every page record in a written index (`<bundle>/fragment/`), whether each has a file of its own
 * or shares a bundled file (MAX_FRAGMENT_FILES): for the tests that pin what is indexed and the
 * benchmark that sizes it.
 */
export function readIndexedPages(bundleDir: string): IndexedPage[] {
  const dir = join(bundleDir, 'fragment');
  return readdirSync(dir).flatMap((name) => {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    if (!text.startsWith(FRAGMENT_PREFIX)) throw new Error(`${name} is not a Pagefind fragment`);
    const data = JSON.parse(text.slice(FRAGMENT_PREFIX.length)) as IndexedPage | Record<string, IndexedPage>;
    // A page's own file holds its record; a bundled file maps each page's hash to its record.
    return typeof data.url === 'string' ? [data as IndexedPage] : Object.values(data as Record<string, IndexedPage>);
  });
}
