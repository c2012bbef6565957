import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/build/content-files.ts';
import { appearsIn, closestPassage, excerptsOf, normalise, type Excerpt } from '../../src/model/verbatim.ts';

const VALID = 'tests/fixtures/content/valid';
const SOURCES = 'tests/fixtures/sources';
const ANALYSIS = `${VALID}/stories/harbour-bridge/analysis.yaml`;
const archive = (name: string) => readFileSync(join(SOURCES, name), 'utf8');

describe('normalise', () => {
  it('maps curly and typographic single quotes to a straight apostrophe', () => {
    expect(normalise('\u2018a\u2019 \u201Ab\u201B c\u2032 d\u02BCe')).toBe("'a' 'b' c' d'e");
  });

  it('maps curly and typographic double quotes to a straight double quote', () => {
    expect(normalise('\u201Ca\u201D \u201Eb\u201F c\u2033')).toBe('"a" "b" c"');
  });

  it('collapses runs of white space, line breaks and non-breaking spaces, and trims', () => {
    expect(normalise('  one\t two\n\nthree\u00A0four  ')).toBe('one two three four');
  });

  it('changes nothing else: case, punctuation, dashes and ellipses are kept', () => {
    const text = 'Ready – or NOT… said “X”; isn’t it?';
    expect(normalise(text)).toBe('Ready – or NOT… said "X"; isn\'t it?');
  });
});

describe('appearsIn', () => {
  const text = 'The mayor said: \u201CWe\u2019re  ready,\u201D\nand left.';

  it('accepts "[sic]" after a word the archive misspells, and nothing else added', () => {
    const typo = 'What role with US forces play in defending it?';
    expect(appearsIn(typo, 'What role with [sic] US forces play')).toBe(true);
    expect(appearsIn(typo, 'What role will US forces play')).toBe(false);
    expect(appearsIn(typo, 'What role with [sic] the US forces play')).toBe(false);
  });

  it('finds a passage whatever its quote marks and white space', () => {
    expect(appearsIn(text, '"We\'re ready,"')).toBe(true);
    expect(appearsIn(text, 'ready," and left.')).toBe(true);
    expect(appearsIn(text, '  We’re ready, ')).toBe(true);
  });

  it('does not match a difference of case', () => {
    expect(appearsIn(text, "we're ready")).toBe(false);
  });

  it('does not match a difference of punctuation', () => {
    expect(appearsIn(text, "We're ready.")).toBe(false);
    expect(appearsIn(text, 'We are ready')).toBe(false);
    expect(appearsIn(text, 'The mayor said "We')).toBe(false);
  });

  it('does not match words missing from the archive', () => {
    expect(appearsIn(text, "We're ready, and left.")).toBe(false);
  });
});

describe('closestPassage', () => {
  it('finds the archive passage nearest an altered quote, of the same length in words', () => {
    expect(closestPassage(archive('bridge-a.txt'), 'The deck is safe and the lanes are open')).toBe(
      '"The deck is safe and the lanes are ready,"',
    );
  });

  it('finds a passage on the right line of a longer archive', () => {
    expect(closestPassage(archive('bridge-b.txt'), 'Repair costs came to 7 million')).toBe(
      'Repair costs came to 6 million,',
    );
  });

  it('ignores punctuation attached to words when comparing', () => {
    expect(closestPassage('He said: "ready, steady," and went.', 'ready steady')).toBe('"ready, steady,"');
  });

  it('prefers the window whose words are in the same places when two share as many words', () => {
    expect(closestPassage('x b a y a b z', 'a b')).toBe('a b');
  });

  it('compares words regardless of case', () => {
    expect(closestPassage('alpha beta gamma delta epsilon', 'GAMMA DELTA')).toBe('gamma delta');
  });

  it('returns the whole archive when the text is longer than it', () => {
    expect(closestPassage('just three words', 'one two three four five')).toBe('just three words');
  });
});

describe('excerptsOf', () => {
  const { corpus } = loadCorpus(VALID);
  const story = corpus.story('harbour-bridge');
  if (!story) throw new Error('the valid fixture has no harbour-bridge story');
  const excerpts = excerptsOf(story, ANALYSIS);
  const key = (report: string) => `harbour-bridge/${report}`;
  const row = (
    kind: Excerpt['kind'],
    id: string,
    field: string,
    report: string,
    archiveName: string,
    text: string,
  ): Excerpt => ({ file: ANALYSIS, kind, id, field, reportKey: key(report), archive: archiveName, text });

  it('collects claim evidence, quote texts, relay wordings and question excerpts with file, id and field', () => {
    expect(excerpts).toEqual([
      row(
        'claim',
        'reopens-monday',
        'positions.radio-report.evidence',
        'radio-report',
        'bridge-a.txt',
        'The Harbour Bridge will reopen on Monday',
      ),
      row(
        'claim',
        'reopens-monday',
        'positions.gazette-report.evidence',
        'gazette-report',
        'bridge-b.txt',
        'the Harbour Bridge may reopen on Monday',
      ),
      row(
        'claim',
        'reopens-monday',
        'positions.cycling-report.evidence',
        'cycling-report',
        'bridge-c.txt',
        'The bridge reopens Monday.',
      ),
      row(
        'claim',
        'repairs-cost-4-million',
        'positions.radio-report.evidence',
        'radio-report',
        'bridge-a.txt',
        'Repair costs came to 4 million',
      ),
      row(
        'claim',
        'repairs-cost-4-million',
        'positions.gazette-report.evidence',
        'gazette-report',
        'bridge-b.txt',
        'Repair costs came to 6 million',
      ),
      row(
        'claim',
        'wider-cycle-lane',
        'positions.cycling-report.evidence',
        'cycling-report',
        'bridge-c.txt',
        'Cyclists will get a wider lane',
      ),
      row(
        'quote',
        'moreno-deck-is-safe',
        'text',
        'radio-report',
        'bridge-a.txt',
        'The deck is safe and the lanes are ready,',
      ),
      row(
        'quote',
        'moreno-deck-is-safe-gazette',
        'text',
        'gazette-report',
        'bridge-b.txt',
        'The deck is safe and the lanes are ready.',
      ),
      row(
        'quote',
        'moreno-deck-is-safe-gazette',
        'relay[0].wording',
        'gazette-report',
        'bridge-b.txt',
        'was quoted in the Gazette report saying',
      ),
      row(
        'quote',
        'engineer-load-tests',
        'text',
        'gazette-report',
        'bridge-b.txt',
        'We have not finished the load tests.',
      ),
      row(
        'question',
        'load-tests-done',
        'raisedBy.excerpt',
        'gazette-report',
        'bridge-b.txt',
        'We have not finished the load tests.',
      ),
    ]);
  });

  it('leaves out questions raised by our analysis, which quote nothing', () => {
    expect(excerpts.some((e) => e.id === 'why-costs-differ')).toBe(false);
  });

  it('finds every excerpt of the valid fixture verbatim in its archived copy', () => {
    for (const excerpt of excerpts) {
      expect(appearsIn(archive(excerpt.archive), excerpt.text), `${excerpt.id} ${excerpt.field}`).toBe(true);
    }
  });

  it('would catch an excerpt checked against another report’s archive', () => {
    const gazetteCost = excerpts.find((e) => e.text === 'Repair costs came to 6 million');
    expect(gazetteCost?.archive).toBe('bridge-b.txt');
    expect(appearsIn(archive('bridge-a.txt'), 'Repair costs came to 6 million')).toBe(false);
  });
});
