/**
 * What the search index holds: one record for every report, claim, quote, person and outlet page
 * and nothing else, each with its own words and not the lists of other items the page links to
 * (those have pages and records of their own; indexing them again made a word match every page
 * that mentions its item, and cost most of the index's build time).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/model/paths.ts';
import { routes } from '../../src/model/routes.ts';
import { corpus, DIST, distFiles, read } from './built-site.ts';

interface Fragment {
  url: string;
  content: string;
  meta: { title?: string };
  filters: { kind?: string[] };
}

const dir = join(DIST, 'pagefind', 'fragment');
const fragments = new Map(
  readdirSync(dir).map((name) => {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    const fragment = JSON.parse(text.slice('pagefind_dcd'.length)) as Fragment;
    return [fragment.url, fragment] as const;
  }),
);
const record = (path: string): Fragment => {
  const found = fragments.get(path);
  if (!found) throw new Error(`no search record for ${path}`);
  return found;
};
/** Pagefind's text: tags gone, quotes and spaces as written. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
/** `other` is not in the record, unless the page's own text holds it too (a claim's evidence may quote). */
function expectAbsent(fragment: Fragment, own: string, others: readonly string[]): void {
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
});
