/**
 * Index pages paginate instead of growing with the archive: a generated corpus with more stories
 * and people than fit on one page is built (HTML only, as the benchmark builds it), and every story
 * and person must appear on exactly one page of its index, with working previous / next links.
 * (The cutting and routing themselves: tests/unit/pagination.test.ts, which builds nothing.)
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/newsroom/write.ts';
import { loadCorpus } from '../../src/build/content-files.ts';
import type { Corpus } from '../../src/model/corpus.ts';
import { HOME_PAGE_SIZE, PEOPLE_PAGE_SIZE } from '../../src/model/pagination.ts';
import { paths } from '../../src/model/paths.ts';
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

it('is a whole site from a bare `astro build`: searchable, with no separate indexing step', () => {
  // src/integrations/search-index.ts indexes at the end of every `astro build`.
  expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
  expect(readdirSync(join(out, 'pagefind', 'fragment')).length).toBeGreaterThan(corpus.stories.length);
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
const attributeValues = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`${name}="([^"]+)"`, 'g'))].map((m) => m[1]!);
const relLink = (html: string, rel: 'prev' | 'next') => new RegExp(`<a href="([^"]+)" rel="${rel}"`).exec(html)?.[1];

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
