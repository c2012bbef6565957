import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/content-files.ts';
import { claimPageText, positionLine, quotePageText, reportPageText } from '../../src/lib/labels.ts';
import { storyCrumbs } from '../../src/lib/paths.ts';

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
