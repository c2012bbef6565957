import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/build/content-files.ts';
import { quoteText } from '../../src/model/labels.ts';
import { quoteCard, venueParts, type VenuePart } from '../../src/model/view/quote.ts';

const alaska = loadCorpus('content').corpus.story('alaska-summit-2025')!;
const bridge = loadCorpus('tests/fixtures/content/valid').corpus.story('harbour-bridge')!;
const quote = (story: typeof alaska, id: string) => story.quotes.find((q) => q.id === id)!;
/** A venue line as it reads, names in brackets where they are linked. */
const read = (parts: readonly VenuePart[] | undefined) =>
  parts?.map((p) => ('source' in p ? `[${p.source.name}]` : p.text)).join('');

describe('quote card view', () => {
  it('a first-hand quote on a programme: anchor, pages, venue with the outlet linked, no relays', () => {
    const card = quoteCard(quote(alaska, 'witkoff-article-5-agreement'));
    expect(card.anchor).toBe('quote-witkoff-article-5-agreement');
    expect(card.path).toBe('/stories/alaska-summit-2025/quotes/witkoff-article-5-agreement/');
    expect(card.reportPath).toBe('/stories/alaska-summit-2025/reports/outcome-report/');
    expect([card.hand, card.relayMark]).toEqual(['first-hand', 'first-hand']);
    expect(read(card.venue)).toBe('on [CNN], State of the Union');
    expect(card.relays).toEqual([]);
    expect(card.original).toBeUndefined();
  });

  it('a platform alone, and no venue at all', () => {
    expect(read(quoteCard(quote(alaska, 'trump-big-progress')).venue)).toBe('on [Truth Social]');
    expect(quoteCard(quote(alaska, 'macron-weakness-warning')).venue).toBeUndefined();
  });

  it('a second-hand quote: its relays in order, an unnamed one kept as a gap, and the report’s wording', () => {
    const card = quoteCard(quote(alaska, 'witkoff-robust-guarantees'));
    expect([card.hand, card.relayMark]).toEqual(['second-hand', 'relayed']);
    expect(card.relays.map((s) => s?.id)).toEqual(['cnn']);
    expect(card.relayWording).toBe('quoted as saying in the CNN report');
    expect(quoteCard(quote(alaska, 'european-diplomat-momentum')).relays).toEqual([undefined]);
  });

  it('opens the original at the quote when the archive records the report’s address', () => {
    expect(quoteCard(quote(bridge, 'engineer-load-tests')).original).toBe(
      'https://example.org/news/bridge-reopening?ref=test#:~:text=We%20have%20not%20finished%20the%20load%20tests.',
    );
  });

  it('joins programme and platform after an outlet, and a platform after a programme alone', () => {
    const [cnn, truth] = [
      quote(alaska, 'witkoff-article-5-agreement').venueRef!.outlet!,
      quote(alaska, 'trump-big-progress').venueRef!.platform!,
    ];
    expect(read(venueParts({ outlet: cnn, programme: 'State of the Union', platform: truth }))).toBe(
      'on [CNN], State of the Union, on [Truth Social]',
    );
    expect(read(venueParts({ outlet: undefined, programme: 'Morning Desk', platform: truth }))).toBe(
      'on Morning Desk, on [Truth Social]',
    );
  });

  it('words the compact link and its name by hand', () => {
    expect(quoteText.compactLink('Outcome report', 'second-hand')).toBe('Outcome report, second-hand');
    expect(quoteText.compactLinkName('Outcome report', 'first-hand', 'Big progress')).toBe(
      'Outcome report, first-hand: where “Big progress” comes from',
    );
  });
});
