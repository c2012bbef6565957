import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/build/content-files.ts';
import { SITE_NAME } from '../../src/model/labels.ts';
import { shareCards } from '../../src/model/routes.ts';

const { corpus } = loadCorpus(resolve(import.meta.dirname, '../fixtures/content/valid'));

describe('shareCards', () => {
  const cards = shareCards(corpus);

  it('never writes the site’s name: the image draws it once, in its corner', () => {
    for (const { page, card } of cards) {
      expect([card.kicker, card.title, ...card.lines, card.footer].join(' | '), page).not.toContain(SITE_NAME);
    }
  });

  it('counts in words that agree with the number', () => {
    const text = cards.flatMap(({ card }) => card.lines).join('\n');
    expect(text).not.toMatch(/\b1 (claims|quotes|reports|open questions)\b/);
    expect(text).not.toMatch(/\b(0|[2-9]|\d{2,}) (claim|quote|report|open question)\b(?! attributed)/);
  });

  it('dates a story card with the days its events cover', () => {
    const story = corpus.stories[0]!;
    const card = cards.find((c) => c.page === `/stories/${story.id}/`)!.card;
    expect(card.footer).toBe('4 March 2030');
  });
});
