import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import PositionCell from '../../src/components/PositionCell.astro';
import QuoteCard from '../../src/components/QuoteCard.astro';
import { loadCorpus } from '../../src/build/content-files.ts';
import { textFragmentUrl } from '../../src/model/text-fragment.ts';

describe('textFragmentUrl', () => {
  it('encodes the passage, including the characters text fragments reserve', () => {
    expect(textFragmentUrl('https://example.org/a', 'cost-free, safe & sound')).toBe(
      'https://example.org/a#:~:text=cost%2Dfree%2C%20safe%20%26%20sound',
    );
  });
  it('encodes curly quotes and collapses white space', () => {
    expect(textFragmentUrl('https://example.org/a', 'the “deck”\n  is safe')).toBe(
      'https://example.org/a#:~:text=the%20%E2%80%9Cdeck%E2%80%9D%20is%20safe',
    );
  });
  it('replaces an existing fragment instead of appending to it', () => {
    expect(textFragmentUrl('https://example.org/a?x=1#top', 'word')).toBe('https://example.org/a?x=1#:~:text=word');
  });
});

describe('links to the exact passage in the original', async () => {
  const { corpus } = loadCorpus('tests/fixtures/content/valid');
  const story = corpus.story('harbour-bridge')!;
  const container = await AstroContainer.create();
  const withUrl = story.reportViews.find((r) => r.url)!;
  const withoutUrl = story.reportViews.find((r) => !r.url)!;

  it('each evidence excerpt of a report with a URL links to its passage', async () => {
    const claims = story.claims.filter((c) => c.positions[withUrl.id]);
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      const cell = claim.cells.find((c) => c.report === withUrl)!;
      const html = await container.renderToString(PositionCell, { props: { cell } });
      const href = textFragmentUrl(withUrl.url!, cell.position!.evidence).replaceAll('&', '&amp;');
      expect(html).toContain(`href="${href}"`);
      expect(html).toContain('rel="noopener noreferrer"');
    }
  });

  it('each quote of a report with a URL links to its passage', async () => {
    const quotes = story.quotes.filter((q) => q.reportRef === withUrl);
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      const html = await container.renderToString(QuoteCard, { props: { quote } });
      expect(html).toContain(`href="${textFragmentUrl(withUrl.url!, quote.text)}"`);
    }
  });

  it('a report without a URL gets no such link, rather than a guessed one', async () => {
    const cell = story.claims.flatMap((c) => c.cells).find((c) => c.report === withoutUrl && c.position)!;
    const html = await container.renderToString(PositionCell, { props: { cell } });
    expect(html).not.toContain('data-text-fragment');
    const quote = story.quotes.find((q) => q.reportRef === withoutUrl)!;
    expect(await container.renderToString(QuoteCard, { props: { quote } })).not.toContain('data-text-fragment');
  });
});
