/**
 * Attribution to people and outlets as readers and machines meet it: the wording, the credits an
 * outlet page lists, the JSON-LD and the export, from the valid fixture (which attributes a claim
 * to an outlet, names an outlet as a venue and relays a quote through another).
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/build/content-files.ts';
import type { OutletView } from '../../src/model/corpus.ts';
import { creditsByStory } from '../../src/model/credits.ts';
import { storyExport } from '../../src/model/export.ts';
import { creditSummary, listSeparator, positionText, sourceName, UNNAMED_SOURCE } from '../../src/model/labels.ts';
import { shareCards } from '../../src/model/routes.ts';
import { claimLd, outletLd, quoteLd } from '../../src/model/structured-data.ts';
import { storyExportSchema } from '../../src/schemas/export.ts';

const { corpus } = loadCorpus('tests/fixtures/content/valid');
const story = corpus.story('harbour-bridge')!;
const claim = (id: string) => story.claims.find((c) => c.id === id)!;
const quote = (id: string) => story.quotes.find((q) => q.id === id)!;
const gazette = corpus.outlet('the-gazette')!;
const radio = corpus.outlet('radio-harbour')!;
const ada = corpus.person('ada-moreno')!;
const absolute = (path: string, anchor?: string) => `https://example.org${path}${anchor ? `#${anchor}` : ''}`;

/** A document record, which the fixture does not have: documents can be credited but are not agents. */
const memo: OutletView = {
  id: 'memo',
  name: 'The memo',
  kind: 'document',
  claims: [],
  relayed: [],
  aired: [],
  about: [],
};

describe('attribution wording', () => {
  it('says whom a position attributes the claim to, person or outlet alike', () => {
    const [radioCell, gazetteCell, cyclingCell] = claim('reopens-monday').cells;
    expect(positionText(cyclingCell!)).toBe('Attributes it to The Gazette');
    expect(positionText(radioCell!)).toBe('States it');
    expect(positionText(gazetteCell!)).toBe('Hedges it');
    expect(positionText(claim('repairs-cost-4-million').cells[0]!)).toBe('Attributes it to Ada Moreno');
    expect(positionText({ position: undefined, attributedTo: [] })).toBe('Not mentioned');
    const both = { position: claim('repairs-cost-4-million').cells[0]!.position, attributedTo: [ada, gazette, radio] };
    expect(positionText(both)).toBe('Attributes it to Ada Moreno, The Gazette and Radio Harbour');
  });

  it('names an unnamed intermediary in words, never as a blank', () => {
    expect(sourceName(undefined)).toBe(UNNAMED_SOURCE);
    expect(sourceName(gazette)).toBe('The Gazette');
    expect([0, 1, 2].map((i) => listSeparator(i, 3))).toEqual(['', ', ', ' and ']);
  });

  it('sums up what an outlet is credited with, counting through the plural rules', () => {
    expect(creditSummary(gazette)).toBe('1 claim attributed · 1 quote passed on');
    expect(creditSummary(radio)).toBe('1 quote said on it');
    expect(creditSummary(corpus.outlet('harbour-posts')!)).toBe('No report credits a claim or a quote to it.');
  });
});

describe('creditsByStory', () => {
  it('groups what the reports credit to an outlet by story, with only the attributing reports', () => {
    const [group, ...rest] = creditsByStory(gazette, corpus.stories);
    expect(rest).toEqual([]);
    expect(group!.story).toBe(story);
    expect(group!.claims.map((c) => [c.claim.id, c.cells.map((cell) => cell.report.id)])).toEqual([
      ['reopens-monday', ['cycling-report']],
    ]);
    expect(group!.relayed.map((q) => q.id)).toEqual(['moreno-deck-is-safe-gazette']);
    expect(group!.aired).toEqual([]);
  });

  it('leaves out stories that credit nothing, and works for people too', () => {
    expect(creditsByStory(corpus.outlet('harbour-posts')!, corpus.stories)).toEqual([]);
    const [group] = creditsByStory(ada, corpus.stories);
    expect(group!.claims.map((c) => c.claim.id)).toEqual(['repairs-cost-4-million']);
    expect(group!.aired).toEqual([]);
  });
});

describe('JSON-LD', () => {
  it('makes an outlet a NewsMediaOrganization, a platform an Organization, a document a CreativeWork', () => {
    expect(outletLd(radio, absolute)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsMediaOrganization',
      name: 'Radio Harbour',
      description: 'A local radio station (invented for the tests).',
      url: 'https://example.org/outlets/radio-harbour/',
    });
    expect(outletLd(corpus.outlet('harbour-posts')!, absolute)['@type']).toBe('Organization');
    expect(outletLd(memo, absolute)['@type']).toBe('CreativeWork');
  });

  it('credits a claim to the people and outlets the reports attribute it to, and a document as its basis', () => {
    expect(claimLd(claim('reopens-monday'), absolute).author).toEqual([
      expect.objectContaining({ '@type': 'NewsMediaOrganization', name: 'The Gazette' }),
    ]);
    expect(claimLd(claim('repairs-cost-4-million'), absolute).author).toEqual([
      expect.objectContaining({ '@type': 'Person', name: 'Ada Moreno', url: 'https://example.org/people/ada-moreno/' }),
    ]);
    expect(claimLd(claim('wider-cycle-lane'), absolute)).not.toHaveProperty('author');
    const cited = claim('reopens-monday');
    const withMemo = { ...cited, cells: cited.cells.map((c) => ({ ...c, attributedTo: [...c.attributedTo, memo] })) };
    const ld = claimLd(withMemo, absolute);
    expect(ld.author).toEqual([expect.objectContaining({ name: 'The Gazette' })]);
    expect(ld.isBasedOn).toEqual([expect.objectContaining({ '@type': 'CreativeWork', name: 'The memo' })]);
  });

  it('gives a quote the outlet it was said on, the programme, and who passed it on', () => {
    expect(quoteLd(quote('moreno-deck-is-safe'), absolute)).toMatchObject({
      publication: {
        '@type': 'PublicationEvent',
        name: 'Morning Desk',
        publishedBy: [expect.objectContaining({ '@type': 'NewsMediaOrganization', name: 'Radio Harbour' })],
      },
    });
    const relayed = quoteLd(quote('moreno-deck-is-safe-gazette'), absolute);
    expect(relayed).not.toHaveProperty('publication');
    expect(relayed.contributor).toEqual([expect.objectContaining({ name: 'The Gazette' })]);
    expect(quoteLd(quote('engineer-load-tests'), absolute)).not.toHaveProperty('contributor');
  });
});

describe('the export', () => {
  const data = storyExport(story, absolute);

  it('lists the outlets the story refers to, with kind and page, and validates against its schema', () => {
    expect(data.outlets).toEqual([
      {
        id: 'radio-harbour',
        name: 'Radio Harbour',
        kind: 'outlet',
        description: 'A local radio station (invented for the tests).',
        page: 'https://example.org/outlets/radio-harbour/',
      },
      { id: 'the-gazette', name: 'The Gazette', kind: 'outlet', page: 'https://example.org/outlets/the-gazette/' },
    ]);
    expect(data.people.map((p) => p.id)).toEqual(['ada-moreno', 'unnamed-engineer']);
    expect(storyExportSchema.parse(data)).toEqual(data);
  });

  it('keeps venue and relay as record ids, as editors write them', () => {
    const exported = (id: string) => data.quotes.find((q) => q.id === id)!;
    expect(exported('moreno-deck-is-safe').venue).toEqual({ outlet: 'radio-harbour', programme: 'Morning Desk' });
    expect(exported('moreno-deck-is-safe-gazette').relay).toEqual([
      { source: 'the-gazette', wording: 'was quoted in the Gazette report saying' },
    ]);
  });
});

describe('share cards', () => {
  const cards = new Map(shareCards(corpus).map((c) => [c.page, c.card]));

  it('give every outlet page and the outlets index a card', () => {
    expect(cards.get('/outlets/')?.kicker).toBe('Outlets');
    expect(cards.get('/outlets/the-gazette/')).toEqual({
      kicker: 'Outlet',
      title: 'The Gazette',
      lines: ['1 claim attributed · 1 quote passed on'],
      footer: 'Outlets',
    });
    expect(cards.get('/outlets/harbour-posts/')?.kicker).toBe('Platform');
  });

  it('say whom a claim is attributed to and who relayed a quote', () => {
    expect(cards.get('/stories/harbour-bridge/claims/reopens-monday/')?.lines).toContain(
      'Cycling report: Attributes it to The Gazette',
    );
    expect(cards.get('/stories/harbour-bridge/quotes/moreno-deck-is-safe-gazette/')?.lines).toContain(
      'In: Gazette report, relayed via The Gazette',
    );
  });
});
