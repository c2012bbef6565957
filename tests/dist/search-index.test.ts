/**
 * What the search index holds: one record for every story, report, person and outlet page and
 * nothing else. A story's claims, quotes and open questions are results within its record (anchors
 * with a title), each linked to its place on the story page. Each record holds its own words and not
 * the lists of other results the page links to (indexing them again made a word match every page
 * that mentions its item), nor the fixed wording around them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readIndexedPages, type IndexedPage } from '../../src/build/search-index.ts';
import {
  claimText,
  evidenceText,
  provenanceText,
  questionText,
  questionsText,
  quoteText,
  reportPageText,
  stanceText,
  storySectionText,
  timelineText,
  verdictText,
} from '../../src/model/labels.ts';
import { contentRoot } from '../../src/build/content-layout.ts';
import { anchorKind, anchors, paths } from '../../src/model/paths.ts';
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
/** How often `words` occur in `text`. */
const times = (text: string, words: string) => text.split(words).length - 1;
/** `other` is not in the record, unless the page's own text holds it too (a claim's evidence may quote). */
function expectAbsent(fragment: IndexedPage, own: string, others: readonly string[]): void {
  for (const other of others.map(squash)) {
    if (own.includes(other)) continue;
    expect(fragment.content, `${fragment.url} holds “${other}”`).not.toContain(other);
  }
}

const stories = corpus.stories;

describe('the search index', () => {
  it('has one record for each story, report, person and outlet page, and none for any other page', () => {
    const searched = (['story', 'report', 'person', 'outlet'] as const).flatMap((kind) =>
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

  it('each record is titled and filtered as its page, and holds the page’s own words', () => {
    for (const story of stories) {
      const r = record(paths.story(story.id));
      expect([r.meta.title, r.filters.kind]).toEqual([story.title, ['Story']]);
      expect(r.content).toContain(squash(story.dek));
      for (const claim of story.claims) expect(r.content).toContain(squash(claim.text));
      for (const quote of story.quotes) expect(r.content).toContain(squash(quote.text));
      for (const question of story.questions) expect(r.content).toContain(squash(question.text));
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

  it('a story’s claims, quotes and questions are results within its record, titled as the item, at its anchor', () => {
    for (const story of stories) {
      const titled = record(paths.story(story.id)).anchors.filter((a) => a.title !== undefined);
      const items = [
        ...story.claims.map((c) => [anchors.claim(c.id), c.text] as const),
        ...story.quotes.map((q) => [anchors.quote(q.id), quoteText.withSpeaker(q.text, q.speakerRef)] as const),
        ...story.questions.map((q) => [anchors.question(q.id), q.text] as const),
      ];
      expect(titled.map((a) => [a.id, a.title]).sort()).toEqual(items.map(([id, title]) => [id, squash(title)]).sort());
      // The results list names each by the kind its anchor marks.
      expect(new Set(titled.map((a) => anchorKind(a.id)))).toEqual(new Set(['claim', 'quote', 'question']));
    }
  });

  it('a story’s record holds each claim once: the verdict, related claims and questions’ claims are not indexed again', () => {
    for (const story of stories) {
      const r = record(paths.story(story.id));
      for (const claim of story.claims) expect(times(r.content, squash(claim.text)), claim.id).toBe(1);
    }
    // The page does show some more than once, so the check above checked something.
    const story = stories[0]!;
    const shown = squash(toText(fromHtml(read(`${paths.story(story.id).slice(1)}index.html`))));
    expect(story.claims.filter((claim) => times(shown, squash(claim.text)) > 1).length).toBeGreaterThan(0);
  });

  it('no record repeats the items its page lists: a person’s or outlet’s quotes and the claims about them', () => {
    for (const person of corpus.people) {
      const r = record(paths.person(person.id));
      expectAbsent(r, squash(person.name), [...person.quotes.map((q) => q.text), ...person.about.map((c) => c.text)]);
    }
    for (const outlet of corpus.outlets) {
      const r = record(paths.outlet(outlet.id));
      expectAbsent(r, squash(outlet.name), [...outlet.aired.map((q) => q.text), ...outlet.about.map((c) => c.text)]);
    }
    // Something was listed on those pages, so the checks above checked something.
    expect(corpus.people.some((p) => p.quotes.length > 0) && corpus.people.some((p) => p.about.length > 0)).toBe(true);
  });

  it('a record holds its title once: the title Pagefind shows is read from the page, not indexed again', () => {
    for (const story of stories) {
      const r = record(paths.story(story.id));
      expect(times(r.content, squash(story.title)), r.url).toBe(1);
    }
  });

  it('no record holds the fixed wording a page sets around its item, which would match every page of a kind', () => {
    const fixed = [
      evidenceText.words,
      evidenceText.original,
      claimText.sameness,
      claimText.conflict,
      claimText.related,
      claimText.ownPage,
      ...Object.values(stanceText),
      verdictText.heading,
      ...[storySectionText.overview, storySectionText.timeline, storySectionText.claimsHint],
      ...[storySectionText.quotes, storySectionText.secondHand.trim(), storySectionText.data],
      questionsText.reports,
      questionText.whyWeAsk,
      timelineText.laneKey,
      quoteText.firstHand,
      reportPageText.ownWords,
      reportPageText.about,
      provenanceText.archive,
    ];
    // An editor may write the same words (“The report’s words are …”): no more often than they do.
    const written = readdirSync(contentRoot(), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8').replace(/'/g, '’'))
      .join('\n');
    const indexed = [...fragments.values()].map((r) => r.content).join('\n');
    for (const words of fixed) expect(times(indexed, words), words).toBeLessThanOrEqual(times(written, words));
    // The pages do show them: the records leave them out, not the pages.
    const storyPage = read(`${paths.story(stories[0]!.id).slice(1)}index.html`);
    for (const words of [evidenceText.words, claimText.ownPage, storySectionText.claimsHint])
      expect(storyPage).toContain(words);
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
