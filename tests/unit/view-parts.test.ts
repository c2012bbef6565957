import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/build/content-files.ts';
import { coverageSegments } from '../../src/model/view/coverage.ts';
import { questionItem, questionLink } from '../../src/model/view/question.ts';
import { speakerQuotes } from '../../src/model/view/quote.ts';
import { reportMeta } from '../../src/model/view/report-meta.ts';

const alaska = loadCorpus('content').corpus.story('alaska-summit-2025')!;
const bridge = loadCorpus('tests/fixtures/content/valid').corpus.story('harbour-bridge')!;
const question = (id: string) => alaska.questions.find((q) => q.id === id)!;

describe('report provenance', () => {
  it('lists only what the archive records, with the date for readers, and names the rest', () => {
    const gazette = bridge.reportViews.find((r) => r.id === 'gazette-report')!;
    expect(reportMeta(gazette)).toEqual({
      recorded: [
        { term: 'Publisher', value: 'The Test Gazette' },
        { term: 'Published', value: '1 March 2030' },
        { term: 'Byline', value: 'A. Writer' },
      ],
      missing: undefined,
    });
    expect(reportMeta(alaska.reportViews[0]!)).toEqual({
      recorded: [],
      missing: 'The archived copy records no publisher, date, byline or address.',
    });
  });
});

describe('coverage bar', () => {
  it('lays the real story’s agreements end to end as percentages of its 37 claims', () => {
    expect(alaska.coverage).toEqual({ shared: 13, conflicting: 1, single: 23, total: 37 });
    expect(coverageSegments(alaska.coverage)).toEqual([
      { agreement: 'shared', x: '0.000', width: '35.135' },
      { agreement: 'conflicting', x: '35.135', width: '2.703' },
      { agreement: 'single', x: '37.838', width: '62.162' },
    ]);
  });

  it('draws nothing, not NaN, for a story without claims', () => {
    expect(coverageSegments({ shared: 0, conflicting: 0, single: 0, total: 0 }).map((s) => s.width)).toEqual([
      '0.000',
      '0.000',
      '0.000',
    ]);
  });
});

describe('questions', () => {
  it('a report’s open question: who asks it, no status note', () => {
    const item = questionItem(question('putin-commitment-firmness'));
    expect(item.anchor).toBe('question-putin-commitment-firmness');
    expect(item.storyPath).toBe('/stories/alaska-summit-2025/');
    expect(item.askedBy).toBe('Asked by the weekend-diplomacy report · Open');
    expect(item.statusNote).toBe('');
    expect(item.claims).toHaveLength(3);
  });

  it('our own partly answered question: a status note, no report asking, its claims by anchor', () => {
    const q = question('which-five-regions');
    const item = questionItem(q);
    expect(item.askedBy).toBeUndefined();
    expect([item.status, item.statusNote]).toEqual(['Partly answered', ' (partly answered)']);
    expect(item.claims.map((c) => c.anchor)).toEqual(q.claimRefs.map((c) => `claim-${c.id}`));
  });

  it('links to a question on its story page', () => {
    expect(questionLink(question('us-forces-role'))).toEqual({
      path: '/stories/alaska-summit-2025/',
      anchor: 'question-us-forces-role',
      text: question('us-forces-role').text,
    });
  });
});

describe('a speaker’s quotes', () => {
  it('gathers every report’s quotes in report order under one anchor', () => {
    const witkoff = alaska.speakers.find((s) => s.person.id === 'steve-witkoff')!;
    expect(speakerQuotes(witkoff)).toMatchObject({ anchor: 'speaker-steve-witkoff' });
    expect(speakerQuotes(witkoff).quotes.map((q) => q.id)).toEqual([
      'witkoff-article-5-agreement',
      'witkoff-game-changing-lead',
      'witkoff-legislative-enshrinement',
      'witkoff-robust-guarantees',
      'witkoff-workaround',
    ]);
  });
});
