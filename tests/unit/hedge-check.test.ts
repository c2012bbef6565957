import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTION_WORDS,
  checkHedges,
  HEDGE_WORDS,
  hasPhrase,
  type HedgeClaim,
  type HedgePosition,
} from '../../src/model/hedge-check.ts';

const FILE = 'stories/s/analysis.yaml';

/** One claim with one position, as the check reads it. */
const claim = (text: string, position: HedgePosition, more: Record<string, HedgePosition> = {}): HedgeClaim => ({
  id: 'c',
  text,
  positions: { 'report-a': position, ...more },
});
const check = (...claims: HedgeClaim[]) => checkHedges(claims, FILE);
const fields = (...claims: HedgeClaim[]) => check(...claims).map((w) => w.field);

describe('hasPhrase', () => {
  it('matches whole words only', () => {
    expect(hasPhrase('the essay', 'say')).toBe(false);
    expect(hasPhrase('the Mayor spoke', 'may')).toBe(false);
    expect(hasPhrase('they say so', 'say')).toBe(true);
    expect(hasPhrase('it reportedly fell', 'reported')).toBe(false);
    expect(hasPhrase('unlikely', 'likely')).toBe(false);
  });

  it('ignores case and matches next to punctuation and apostrophes', () => {
    expect(hasPhrase('“Reportedly,” he wrote', 'reportedly')).toBe(true);
    expect(hasPhrase('as the report’s', 'report')).toBe(true);
  });

  it('matches a phrase across any white space, but not a part of one', () => {
    expect(hasPhrase('According\n  to Witkoff', 'according to')).toBe(true);
    expect(hasPhrase('according toward', 'according to')).toBe(false);
  });
});

describe('the word lists', () => {
  it('hold lower-case words and phrases, each once', () => {
    const all = [...HEDGE_WORDS.uncertainty, ...HEDGE_WORDS.likeness, ...ATTRIBUTION_WORDS];
    expect(new Set(all).size).toBe(all.length);
    for (const w of all) expect(w).toMatch(/^[a-z]+( [a-z]+)*$/);
  });
});

describe('checkHedges', () => {
  it('passes evidence that neither hedges nor attributes under asserts', () => {
    expect(check(claim('Talks are on Monday.', { stance: 'asserts', evidence: 'talks scheduled for Monday' }))).toEqual(
      [],
    );
  });

  describe('rule 1: attribution under asserts', () => {
    const position: HedgePosition = {
      stance: 'asserts',
      evidence: 'According to the council, costs came to 4 million',
    };

    it('warns, naming the file, the field, the claim and the word', () => {
      expect(check(claim('Costs came to 4 million.', position))).toEqual([
        {
          file: FILE,
          field: 'claims[0].positions.report-a.evidence',
          path: ['claims', 0, 'positions', 'report-a', 'evidence'],
          message:
            'claim "c": evidence attributes (“according to”) but the stance is asserts: ' +
            'use attributes, or say why in the note, quoting the word',
        },
      ]);
    });

    it('does not warn under attributes or hedges', () => {
      expect(check(claim('Costs came to 4 million.', { ...position, stance: 'attributes' }))).toEqual([]);
      // Rule 4 would fire on a claim only a hedging report supports: another report asserts it.
      const firm: HedgePosition = { stance: 'asserts', evidence: 'costs came to 4 million' };
      expect(check(claim('Costs came to 4 million.', { ...position, stance: 'hedges' }, { 'report-b': firm }))).toEqual(
        [],
      );
    });

    it('is silenced by a note quoting the word, not by one merely using it', () => {
      const quoting = { ...position, note: 'The report’s own voice; “according to” covers only the figure.' };
      expect(check(claim('Costs came to 4 million.', quoting))).toEqual([]);
      const using = { ...position, note: 'According to us it is the report’s own voice.' };
      expect(fields(claim('Costs came to 4 million.', using))).toEqual(['claims[0].positions.report-a.evidence']);
    });

    it('finds a verb of saying, and not one inside a longer word', () => {
      expect(fields(claim('X.', { stance: 'asserts', evidence: 'the mayor said the bridge is safe' }))).toHaveLength(1);
      expect(fields(claim('X.', { stance: 'asserts', evidence: 'an essay on the bridge' }))).toEqual([]);
      expect(fields(claim('X.', { stance: 'asserts', evidence: 'the United States agreed' }))).toEqual([]);
    });
  });

  describe('rule 2: a hedge under asserts or attributes', () => {
    const reportedly: HedgePosition = { stance: 'asserts', evidence: 'Russia reportedly offered concessions' };

    it('warns under asserts and under attributes when the claim is flat', () => {
      const [asserts] = check(claim('Russia offered concessions.', reportedly));
      expect(asserts?.message).toBe(
        'claim "c": evidence hedges (“reportedly”) but the stance is asserts and the claim’s text has no such hedge: ' +
          'use hedges, hedge the claim’s text, or say why in the note, quoting the word',
      );
      const [attributes] = check(claim('Russia offered concessions.', { ...reportedly, stance: 'attributes' }));
      expect(attributes?.message).toMatch(/but the stance is attributes .*: hedge the claim’s text/);
    });

    it('does not warn under hedges or contradicts', () => {
      const firm: HedgePosition = { stance: 'asserts', evidence: 'Russia offered concessions' };
      expect(
        check(claim('Russia offered concessions.', { ...reportedly, stance: 'hedges' }, { 'report-b': firm })),
      ).toEqual([]);
      expect(check(claim('Russia offered concessions.', { ...reportedly, stance: 'contradicts' }))).toEqual([]);
    });

    it('is silenced by a claim that carries an uncertainty hedge of its own', () => {
      expect(check(claim('Russia may have offered concessions.', reportedly))).toEqual([]);
    });

    it('wants a likeness word in the claim for a likeness word in the evidence', () => {
      const akin: HedgePosition = { stance: 'attributes', evidence: 'protections akin to Article 5 of NATO' };
      expect(fields(claim('The guarantees are modelled on Article 5.', akin))).toHaveLength(1);
      expect(fields(claim('The guarantees may be modelled on Article 5.', akin))).toHaveLength(1);
      expect(check(claim('The guarantees resemble Article 5.', akin))).toEqual([]);
      expect(check(claim('The guarantees are like Article 5.', akin))).toEqual([]);
      expect(fields(claim('Russia may like it.', reportedly))).toEqual([]);
    });

    it('is silenced by a note quoting every hedge word, and only then', () => {
      const both: HedgePosition = { stance: 'asserts', evidence: 'It reportedly could happen' };
      expect(fields(claim('It happens.', { ...both, note: 'Hedged with “reportedly”.' }))).toHaveLength(1);
      expect(check(claim('It happens.', { ...both, note: 'Hedged: “reportedly” and “could”.' }))).toEqual([]);
      expect(fields(claim('It happens.', { ...both, note: 'It reportedly could, we think.' }))).toHaveLength(1);
    });

    it('finds "may" as a word and not inside "Mayor"', () => {
      expect(
        fields(claim('The bridge reopens.', { stance: 'asserts', evidence: 'the bridge may reopen' })),
      ).toHaveLength(1);
      expect(check(claim('The bridge reopens.', { stance: 'asserts', evidence: 'the Mayor reopens it' }))).toEqual([]);
    });

    it('gives one warning per rule for evidence that both attributes and hedges', () => {
      const position: HedgePosition = { stance: 'asserts', evidence: 'Witkoff suggested, according to CNN' };
      expect(check(claim('Moscow softened.', position)).map((w) => w.message.split(' (')[0])).toEqual([
        'claim "c": evidence attributes',
        'claim "c": evidence hedges',
      ]);
    });
  });

  describe('rule 3: a note that credits the point to someone under asserts', () => {
    const credited: HedgePosition = {
      stance: 'asserts',
      evidence: 'territory remains unresolved',
      note: 'Credited to The Independent.',
    };

    it('warns on the note', () => {
      expect(check(claim('Territory is unresolved.', credited))).toEqual([
        expect.objectContaining({
          field: 'claims[0].positions.report-a.note',
          message:
            'claim "c": the note says the report credits the point to someone (“credited to”) but the stance is asserts: use attributes',
        }),
      ]);
    });

    it('does not warn under attributes, nor when the phrase is only quoted from the report', () => {
      expect(check(claim('Territory is unresolved.', { ...credited, stance: 'attributes' }))).toEqual([]);
      const quoted = { ...credited, note: 'The report’s own voice; its FAQ says the view is “credited to” many.' };
      expect(check(claim('Territory is unresolved.', quoted))).toEqual([]);
    });
  });

  describe('rule 4: a flat claim every supporting report hedges', () => {
    const hedged: HedgePosition = { stance: 'hedges', evidence: 'the bridge may reopen on Monday' };

    it('warns on the claim text', () => {
      expect(
        check(claim('The bridge reopens on Monday.', hedged, { 'report-b': { ...hedged, stance: 'contradicts' } })),
      ).toEqual([
        expect.objectContaining({
          field: 'claims[0].text',
          path: ['claims', 0, 'text'],
          message:
            'claim "c": every report that supports the claim hedges it, but its text is stated flatly: hedge the wording',
        }),
      ]);
    });

    it('does not warn when one report supports it firmly, or when the claim is hedged', () => {
      const firm: HedgePosition = { stance: 'asserts', evidence: 'The bridge will reopen on Monday' };
      expect(check(claim('The bridge reopens on Monday.', hedged, { 'report-b': firm }))).toEqual([]);
      expect(check(claim('The bridge may reopen on Monday.', hedged))).toEqual([]);
    });

    it('does not warn on a claim every report contradicts', () => {
      expect(check(claim('The bridge reopens on Monday.', { ...hedged, stance: 'contradicts' }))).toEqual([]);
    });
  });

  it('numbers claims and names positions by report, as the file lays them out', () => {
    const clean = claim('Fine.', { stance: 'asserts', evidence: 'fine' });
    const flagged: HedgeClaim = {
      id: 'second',
      text: 'X happened.',
      positions: { 'gazette-report': { stance: 'attributes', evidence: 'X reportedly happened' } },
    };
    expect(check(clean, flagged).map((w) => [w.field, w.message.slice(0, 15)])).toEqual([
      ['claims[1].positions.gazette-report.evidence', 'claim "second":'],
    ]);
  });
});
