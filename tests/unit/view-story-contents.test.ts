import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/build/content-files.ts';
import { storySectionText } from '../../src/model/labels.ts';
import { storyContents } from '../../src/model/view/story-contents.ts';

const alaska = loadCorpus('content').corpus.story('alaska-summit-2025')!;
const bridge = loadCorpus('tests/fixtures/content/valid').corpus.story('harbour-bridge')!;

describe('story contents', () => {
  it('links every section of the real story with its count, the verdict on wide screens only', () => {
    const sections = storyContents(alaska);
    expect(sections.map((s) => [s.id, s.label, s.wideOnly])).toEqual([
      ['verdict-heading', 'In brief', true],
      ['overview-heading', 'Overview', false],
      ['reports-heading', 'The reports', false],
      ['claims-heading', 'Claim by claim (37)', false],
      ['quotes-heading', 'Who said what (10 quotes)', false],
      ['questions-heading', 'Open questions (18)', false],
    ]);
  });

  it('lists the topics, in the story’s order with their claims counted, under the claims only', () => {
    const sections = storyContents(alaska);
    const claims = sections.find((s) => s.id === 'claims-heading')!;
    expect(claims.topics?.map((t) => [t.anchor, t.count])).toEqual([
      ['topic-summit-outcome', 2],
      ['topic-security-guarantees', 10],
      ['topic-territory', 5],
      ['topic-negotiations', 6],
      ['topic-sanctions', 2],
      ['topic-european-stance', 5],
      ['topic-ukraine-position', 1],
      ['topic-next-steps', 6],
    ]);
    expect(claims.topics?.reduce((n, t) => n + t.count, 0)).toBe(alaska.claims.length);
    expect(sections.filter((s) => s.topics !== undefined)).toEqual([claims]);
  });

  it('counts a small story’s quotes in words and its topics from its own analysis', () => {
    const sections = storyContents(bridge);
    expect(sections.map((s) => s.label).slice(3)).toEqual([
      'Claim by claim (3)',
      'Who said what (3 quotes)',
      'Open questions (2)',
    ]);
    expect(sections[3]!.topics).toEqual([
      { anchor: 'topic-schedule', label: 'Schedule', count: 2 },
      { anchor: 'topic-costs', label: 'Costs', count: 1 },
    ]);
  });

  it('says one quote in the singular', () => {
    const one = storyContents({ ...bridge, quotes: bridge.quotes.slice(0, 1) });
    expect(one[4]!.label).toBe('Who said what (1 quote)');
  });
});

describe('story page lines', () => {
  it('count the quotes before their hands, in the singular for one', () => {
    expect(storySectionText.quotesLead(alaska.quotes.length)).toBe('10 quotes, verbatim: ');
    expect(storySectionText.quotesLead(1)).toBe('1 quote, verbatim: ');
  });
});
