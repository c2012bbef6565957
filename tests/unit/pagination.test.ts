/**
 * Index pages paginate instead of growing with the archive: a generated corpus with more stories
 * and people than fit on one page is built (HTML only, as the benchmark builds it), and every story
 * and person must appear on exactly one page of its index, with working previous / next links.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/corpus/write.ts';
import { loadCorpus } from '../../src/lib/content-files.ts';
import type { Corpus } from '../../src/lib/corpus.ts';
import { HOME_PAGE_SIZE, indexPages, pageCount, paginate, PEOPLE_PAGE_SIZE } from '../../src/lib/pagination.ts';
import { paths } from '../../src/lib/paths.ts';
import { astroBuild } from './build-site.ts';

const scratch = mkdtempSync(join(tmpdir(), 'parallax-pages-'));
const out = join(scratch, 'dist');
let corpus: Corpus;

beforeAll(() => {
  const generated = join(scratch, 'corpus');
  writeCorpus(generated, { stories: 45, seed: 'pagination', reports: 2 });
  corpus = loadCorpus(join(generated, 'content')).corpus;
  const result = astroBuild({
    content: join(generated, 'content'),
    out,
    cache: join(scratch, 'cache'),
    timeout: 170_000,
  });
  expect(result.status, result.output).toBe(0);
}, 180_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
const attributeValues = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`${name}="([^"]+)"`, 'g'))].map((m) => m[1]!);
const relLink = (html: string, rel: 'prev' | 'next') => new RegExp(`<a href="([^"]+)" rel="${rel}"`).exec(html)?.[1];

describe('paginate', () => {
  it('cuts a list into pages of the given size, the last one shorter, and always gives a first page', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([1, 2], 2)).toEqual([[1, 2]]);
    expect(paginate([], 20)).toEqual([[]]);
  });

  it('counts the pages it would cut', () => {
    for (const [count, size] of [
      [5, 2],
      [4, 2],
      [0, 20],
      [61, 60],
    ] as const) {
      expect(pageCount(count, size), `${count} by ${size}`).toBe(paginate(Array(count).fill(0), size).length);
    }
  });

  it('routes page n of an index by the path after its folder', () => {
    const home = indexPages([1, 2, 3], 2, paths.homePage);
    expect(home.map((p) => p.params.page)).toEqual([undefined, 'page/2']);
    expect(home.map((p) => p.path)).toEqual(['/', '/page/2/']);
    expect(home.map((p) => p.props)).toEqual([
      { items: [1, 2], number: 1, count: 2 },
      { items: [3], number: 2, count: 2 },
    ]);
    expect(indexPages([1, 2, 3], 1, paths.peoplePage).map((p) => p.params.page)).toEqual([
      undefined,
      'page/2',
      'page/3',
    ]);
    expect(indexPages([1, 2], 1, paths.outletsPage).map((p) => p.params.page)).toEqual([undefined, 'page/2']);
    expect(paths.outletsPage(2)).toBe('/outlets/page/2/');
  });
});

describe.each([
  {
    index: 'home page',
    size: HOME_PAGE_SIZE,
    pagePath: paths.homePage,
    ids: () => corpus.stories.map((s) => s.id),
    attribute: 'data-story',
  },
  {
    index: 'people index',
    size: PEOPLE_PAGE_SIZE,
    pagePath: paths.peoplePage,
    ids: () => corpus.people.map((p) => p.id),
    attribute: 'data-person',
  },
])('the $index of a large corpus', ({ size, pagePath, ids, attribute }) => {
  it('spans several pages of at most its page size, listing every item exactly once', () => {
    const expected = ids();
    const count = Math.ceil(expected.length / size);
    expect(count).toBeGreaterThan(1);
    const listed: string[] = [];
    for (let n = 1; n <= count; n++) {
      const items = attributeValues(page(pagePath(n)), attribute);
      expect(items.length).toBeLessThanOrEqual(size);
      expect(items.length).toBeGreaterThan(0);
      listed.push(...items);
    }
    expect(existsSync(join(out, pagePath(count + 1)))).toBe(false);
    expect(listed.sort()).toEqual([...expected].sort());
  });

  it('links each page to the one before and after it, and says which page it is', () => {
    const count = Math.ceil(ids().length / size);
    for (let n = 1; n <= count; n++) {
      const html = page(pagePath(n));
      expect(relLink(html, 'prev')).toBe(n > 1 ? pagePath(n - 1) : undefined);
      expect(relLink(html, 'next')).toBe(n < count ? pagePath(n + 1) : undefined);
      expect(html).toContain(`Page ${n} of ${count}`);
    }
  });
});
