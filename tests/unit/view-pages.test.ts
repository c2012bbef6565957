import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/build/content-files.ts';
import {
  claimPageText,
  creditSummary,
  indexText,
  outletPageText,
  positionLine,
  quotePageText,
  reportPageText,
} from '../../src/model/labels.ts';
import { storyCrumbs } from '../../src/model/paths.ts';
import { homeLd, indexLd } from '../../src/model/structured-data.ts';

const alaska = loadCorpus('content').corpus.story('alaska-summit-2025')!;

describe('a story’s own pages', () => {
  it('trail from the stories through the story', () => {
    expect(storyCrumbs.story()).toEqual([{ name: 'Stories', path: '/' }]);
    expect(storyCrumbs.within(alaska)).toEqual([
      { name: 'Stories', path: '/' },
      { name: alaska.title, path: '/stories/alaska-summit-2025/' },
    ]);
  });

  it('describe a claim by its agreement and each report’s position', () => {
    const claim = alaska.claims.find((c) => c.id === 'trump-touts-big-progress')!;
    expect(claimPageText.description(claim.agreementLabel, alaska.title, claim.cells.map(positionLine))).toBe(
      `Only the outcome report: a claim compared in “${alaska.title}”. Outcome report: Attributes it to Donald Trump; Weekend-diplomacy report: Not mentioned.`,
    );
    expect(claimPageText.quotes(1)).toBe('Quotes bearing on it (1 quote)');
  });

  it('describe a report and a quote with the report’s label in running prose', () => {
    const report = alaska.reportViews[0]!;
    expect(reportPageText.description(report.label, alaska.reportViews.length, alaska.title)).toBe(
      `Our summary of the outcome report, one of 2 reports compared in “${alaska.title}”.`,
    );
    expect(reportPageText.claims(report.claims.length)).toBe(`Its claims (${report.claims.length})`);
    const quote = alaska.quotes.find((q) => q.id === 'trump-big-progress')!;
    expect(quotePageText.title(quote.text, quote.speakerRef.name)).toBe(`“${quote.text}”: Donald Trump`);
    expect(quotePageText.description(quote.speakerRef.name, quote.reportRef.label, alaska.title)).toBe(
      `Donald Trump, quoted in the outcome report compared in “${alaska.title}”.`,
    );
  });
});

describe('the indexes and an outlet’s page', () => {
  const corpus = loadCorpus('content').corpus;
  const absolute = (path: string) => `https://example.org${path}`;

  it('list the home page’s stories, with the site itself on the first page only', () => {
    const site = { name: 'Parallax', description: 'd' };
    const first = homeLd(corpus.stories, 1, site, absolute);
    expect(first.map((t) => t['@type'])).toEqual(['WebSite', 'ItemList']);
    expect(first[1]!.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: alaska.title, url: 'https://example.org/stories/alaska-summit-2025/' },
    ]);
    expect(homeLd(corpus.stories, 2, site, absolute).map((t) => t['@type'])).toEqual(['ItemList']);
    expect(indexText.homeTitle(1, 2)).toBe('Parallax');
    expect(indexText.homeTitle(2, 2)).toBe('Stories, page 2 of 2');
  });

  it('list people and outlets by their own pages', () => {
    const people = indexLd.people(corpus.peopleIndex.slice(0, 2), absolute);
    expect(people.name).toBe('People');
    expect(people.itemListElement).toEqual(
      corpus.peopleIndex.slice(0, 2).map((p, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        name: p.name,
        url: `https://example.org/people/${p.id}/`,
      })),
    );
    const cnn = corpus.outlets.find((o) => o.id === 'cnn')!;
    expect(indexLd.outlets([cnn], absolute).itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'CNN', url: 'https://example.org/outlets/cnn/' },
    ]);
    expect(outletPageText.description(cnn, creditSummary(cnn))).toBe(
      `CNN (outlet): ${creditSummary(cnn)}, in the reports Parallax compares.`,
    );
  });
});
