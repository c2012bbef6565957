/**
 * What the search index holds: one record for every report, claim, quote, person and outlet page
 * and nothing else, each with its own words and not the lists of other items the page links to
 * (those have pages and records of their own; indexing them again made a word match every page
 * that mentions its item, and cost most of the index's build time).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readIndexedPages, type IndexedPage } from '../../src/build/search-index.ts';
import {
  claimPageText,
  claimText,
  evidenceText,
  provenanceText,
  quoteText,
  reportPageText,
} from '../../src/model/labels.ts';
import { contentRoot } from '../../src/build/content-layout.ts';
import { paths } from '../../src/model/paths.ts';
import { routes } from '../../src/model/routes.ts';
import { corpus, DIST, distFiles, read } from './built-site.ts';

const fragments = new Map(readIndexedPages(join(DIST, 'pagefind')).map((page) => [page.url, page] as const));
const record = (path: string): IndexedPage => {
  const found = fragments.get(path);
  if (!found) throw new Error(`no search record for ${path}`);
  return found;
};
/** Pagefind's text: tags gone, quotes and spaces as written. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
/** `other` is not in the record, unless the page's own text holds it too (a claim's evidence may quote). */
function expectAbsent(fragment: IndexedPage, own: string, others: readonly string[]): void {
  for (const other of others.map(squash)) {
    if (own.includes(other)) continue;
    expect(fragment.content, `${fragment.url} holds “${other}”`).not.toContain(other);
  }
}

const stories = corpus.stories;
const claims = stories.flatMap((s) => s.claims);
const quotes = stories.flatMap((s) => s.quotes);

describe('the search index', () => {
  it('has one record for each report, claim, quote, person and outlet page, and none for any other page', () => {
    const searched = (['report', 'claim', 'quote', 'person', 'outlet'] as const).flatMap((kind) =>
      routes[kind].pages(corpus).map((page) => page.path),
    );
    expect([...fragments.keys()].sort()).toEqual(searched.sort());
  });

  it('every page that opts in (data-pagefind-body) is read: none falls outside the glob Pagefind reads', () => {
    const optedIn = distFiles()
      .filter((file) => file.endsWith('.html') && read(file).includes('data-pagefind-body'))
      .map((file) => `/${file.replace(/index\.html$/, '')}`);
    expect(optedIn.sort()).toEqual([...fragments.keys()].sort());
  });

  it('each record is titled and filtered as its item, and holds the item’s own words', () => {
    for (const claim of claims) {
      const r = record(paths.claim(claim.storyId, claim.id));
      expect([r.meta.title, r.filters.kind]).toEqual([claim.text, ['Claim']]);
      expect(r.content).toContain(squash(claim.text));
    }
    for (const quote of quotes) {
      const r = record(paths.quote(quote.storyId, quote.id));
      expect(r.filters.kind).toEqual(['Quote']);
      expect(r.content).toContain(squash(quote.text));
      expect(r.content).toContain(quote.speakerRef.name);
    }
    for (const story of stories)
      for (const report of story.reportViews) {
        const r = record(paths.report(story.id, report.id));
        expect([r.meta.title, r.filters.kind]).toEqual([report.title, ['Report']]);
        expect(r.content).toContain(squash(report.title));
      }
    for (const person of corpus.people) {
      const r = record(paths.person(person.id));
      expect([r.meta.title, r.filters.kind]).toEqual([person.name, ['Person']]);
    }
    for (const outlet of corpus.outlets) {
      const r = record(paths.outlet(outlet.id));
      expect([r.meta.title, r.filters.kind]).toEqual([outlet.name, ['Outlet']]);
    }
  });

  it('no record repeats the items its page lists: related claims, quotes, claims a quote bears on', () => {
    for (const claim of claims) {
      const r = record(paths.claim(claim.storyId, claim.id));
      const own = squash(claim.text + ' ' + claim.cells.map((c) => c.position?.evidence ?? '').join(' '));
      expectAbsent(r, own, [...claim.related.map((c) => c.text), ...claim.quotes.map((q) => q.text)]);
    }
    for (const quote of quotes) {
      const r = record(paths.quote(quote.storyId, quote.id));
      expectAbsent(r, squash(quote.text), quote.claimRefs.map((c) => c.text));
    }
    for (const person of corpus.people) {
      const r = record(paths.person(person.id));
      expectAbsent(r, squash(person.name), [...person.quotes.map((q) => q.text), ...person.about.map((c) => c.text)]);
    }
    for (const outlet of corpus.outlets) {
      const r = record(paths.outlet(outlet.id));
      expectAbsent(r, squash(outlet.name), [...outlet.aired.map((q) => q.text), ...outlet.about.map((c) => c.text)]);
    }
    // Something was listed on those pages, so the checks above checked something.
    expect(claims.some((c) => c.quotes.length > 0) && corpus.people.some((p) => p.quotes.length > 0)).toBe(true);
  });

  it('a record holds its title once: the title Pagefind shows is read from the page, not indexed again', () => {
    for (const claim of claims) {
      const r = record(paths.claim(claim.storyId, claim.id));
      expect(r.content.split(squash(claim.text)).length - 1, r.url).toBe(1);
    }
  });

  it('no record holds the fixed wording a page sets around its item, which would match every page of a kind', () => {
    const fixed = [
      evidenceText.words,
      evidenceText.original,
      claimText.sameness,
      claimText.conflict,
      claimPageText.topic.trim(),
      quoteText.venueNotStated,
      quoteText.firstHand,
      quoteText.secondHand,
      reportPageText.ownWords,
      reportPageText.about,
      provenanceText.archive,
    ];
    // An editor may write the same words (“The report’s words are …”): no more often than they do.
    const written = readdirSync(contentRoot(), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8').replace(/'/g, '’'))
      .join('\n');
    const times = (text: string, words: string) => text.split(words).length - 1;
    const indexed = [...fragments.values()].map((r) => r.content).join('\n');
    for (const words of fixed) expect(times(indexed, words), words).toBeLessThanOrEqual(times(written, words));
    // The pages do show them: the records leave them out, not the pages.
    const claimPage = read(`${paths.claim(claims[0]!.storyId, claims[0]!.id).slice(1)}index.html`);
    expect(claimPage).toContain(evidenceText.words);
  });

  it('a build with a limit on files bundles the records, and every page is still in the index', () => {
    // `npm run build:subpath` sets a small limit, so the browser tests search bundled files there.
    const script = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    const limit = Number(/PARALLAX_SEARCH_FRAGMENT_FILES=(\d+)/.exec(script['build:subpath'] ?? '')?.[1]);
    const bundle = join('dist-sub', 'pagefind');
    const files = readdirSync(join(bundle, 'fragment')).length;
    expect(files).toBeLessThanOrEqual(limit);
    expect(files).toBeLessThan(fragments.size);
    expect(readIndexedPages(bundle).map((page) => page.url).sort()).toEqual([...fragments.keys()].sort());
  });
});
