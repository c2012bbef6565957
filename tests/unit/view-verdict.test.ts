import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/build/content-files.ts';
import { verdictLine } from '../../src/model/view/verdict.ts';

const alaska = loadCorpus('content').corpus.story('alaska-summit-2025')!;

describe('verdict lines', () => {
  it('the real story: each line’s count, joiner and the claims it names, without their full stops', () => {
    const lines = alaska.verdict.lines.map(verdictLine);
    expect(lines.map((l) => [l.agreement, l.lead, l.joiner, l.claims.map((c) => c.anchor), l.end])).toEqual([
      [
        'shared',
        'Both reports agree on 13 claims (on two, a report only hedges)',
        ', among them: ',
        ['claim-putin-accepted-security-guarantees'],
        '.',
      ],
      ['conflicting', 'They disagree on 1 claim', ': ', ['claim-territory-thorniest-issue'], '.'],
      [
        'single',
        'Only the outcome report carries 11 claims',
        ', among them: ',
        ['claim-europe-defends-territorial-integrity'],
        '.',
      ],
      [
        'single',
        'Only the weekend-diplomacy report carries 12 claims',
        ', among them: ',
        ['claim-witkoff-calls-guarantees-game-changing'],
        '.',
      ],
    ]);
    expect(lines[1]!.claims[0]!.text).toBe('Territorial control is one of the hardest issues still unresolved');
  });

  it('a line with no claims has no joiner and no full stop of its own', () => {
    const line = verdictLine({
      agreement: 'conflicting',
      lead: 'No claim is disputed between the reports',
      claims: [],
      shown: 3,
    });
    expect(line).toEqual({
      agreement: 'conflicting',
      lead: 'No claim is disputed between the reports',
      joiner: '',
      claims: [],
      end: '',
    });
  });
});
