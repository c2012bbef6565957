import { afterEach, describe, expect, it } from 'vitest';
import {
  agreementLabel,
  count,
  coverageText,
  formatDate,
  formatDateRange,
  inSentence,
  nameInSentence,
  listText,
  missingProvenance,
  nouns,
  pagedText,
  quotePageText,
  positionLine,
  reportTally,
  SITE_NAME,
  siteText,
  stanceSentence,
} from '../../src/model/labels.ts';

describe('listText', () => {
  it.each([
    [[], ''],
    [['Radio'], 'Radio'],
    [['Radio', 'Gazette'], 'Radio and Gazette'],
    [['Radio', 'Gazette', 'Cycling'], 'Radio, Gazette and Cycling'],
    [['A', 'B', 'C', 'D'], 'A, B, C and D'],
  ])('joins %j as %j', (items, expected) => {
    expect(listText(items)).toBe(expected);
  });
});

describe('formatDate', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it('writes a day for readers', () => {
    expect(formatDate('2025-08-15')).toBe('15 August 2025');
    expect(formatDate('2030-03-01')).toBe('1 March 2030');
  });

  // Node re-reads TZ when it changes: a local-time conversion would give 28 Feb west of UTC
  // and could give 2 March far east of it.
  it.each([
    ['America/Los_Angeles', 480],
    ['Pacific/Kiritimati', -840],
    ['UTC', 0],
  ])('gives the same day in the %s time zone', (tz, offset) => {
    process.env.TZ = tz;
    // The zone took effect (it would not in a worker thread: vitest.config.ts).
    expect(new Date(Date.UTC(2030, 2, 1)).getTimezoneOffset()).toBe(offset);
    expect(formatDate('2030-03-01')).toBe('1 March 2030');
    expect(formatDate('2030-12-31')).toBe('31 December 2030');
  });
});

describe('count', () => {
  it.each([
    [0, '0 quotes'],
    [1, '1 quote'],
    [2, '2 quotes'],
    [1500, '1,500 quotes'],
  ])('writes %d as %j', (n, expected) => {
    expect(count(n, nouns.quote)).toBe(expected);
  });

  it('keeps a noun phrase together', () => {
    expect(count(1, nouns.openQuestion)).toBe('1 open question');
  });
});

describe('formatDateRange', () => {
  it.each([
    ['2025-08-15', '2025-08-18', '15–18 August 2025'],
    ['2025-07-30', '2025-08-02', '30 July – 2 August 2025'],
    ['2024-12-30', '2025-01-02', '30 December 2024 – 2 January 2025'],
    ['2025-08-15', '2025-08-15', '15 August 2025'],
  ])('%s to %s reads %j', (first, last, expected) => {
    expect(formatDateRange(first, last)).toBe(expected);
  });
});

describe('inSentence', () => {
  it('lowercases a column label inside a sentence but keeps a name in capitals', () => {
    expect(inSentence('Outcome report')).toBe('outcome report');
    expect(inSentence('Weekend-diplomacy report')).toBe('weekend-diplomacy report');
    expect(inSentence('CNN report')).toBe('CNN report');
  });
});

describe('nameInSentence', () => {
  it('starts an unnamed source’s description in lower case inside a sentence, and leaves names as written', () => {
    expect(nameInSentence({ name: 'A senior European diplomat', anonymous: true })).toBe('a senior European diplomat');
    expect(nameInSentence({ name: 'Some US officials', anonymous: true })).toBe('some US officials');
    expect(nameInSentence({ name: 'Two people familiar with the inquiry', anonymous: true })).toBe(
      'two people familiar with the inquiry',
    );
    // A description opening on a proper noun, a named person and an outlet keep their capitals.
    expect(nameInSentence({ name: 'US officials', anonymous: true })).toBe('US officials');
    expect(nameInSentence({ name: 'Ukrainian officials', anonymous: true })).toBe('Ukrainian officials');
    expect(nameInSentence({ name: 'A. N. Other', anonymous: false })).toBe('A. N. Other');
    expect(nameInSentence({ name: 'The Independent' })).toBe('The Independent');
    expect(quotePageText.heading({ name: 'A senior European diplomat', anonymous: true })).toBe(
      'A quote from a senior European diplomat',
    );
  });
});

describe('agreementLabel', () => {
  const cell = (label: string, stance: 'asserts' | 'attributes' | 'hedges' | 'contradicts' | 'silent') => ({
    label,
    stance,
  });
  it.each([
    ['shared', [cell('Outcome report', 'asserts'), cell('Wire report', 'attributes')], 'Both reports'],
    ['shared', [cell('Outcome report', 'hedges'), cell('Wire report', 'attributes')], 'Both reports, one only hedging'],
    ['shared', [cell('A report', 'hedges'), cell('B report', 'hedges')], 'Both reports, all hedging'],
    ['conflicting', [cell('Outcome report', 'asserts'), cell('Wire report', 'contradicts')], 'They disagree'],
    ['single', [cell('Outcome report', 'silent'), cell('Weekend report', 'asserts')], 'Only the weekend report'],
    ['single', [cell('CNN report', 'asserts'), cell('Wire report', 'silent')], 'Only the CNN report'],
    [
      'shared',
      [cell('A report', 'asserts'), cell('B report', 'asserts'), cell('C report', 'silent')],
      'Two of three reports',
    ],
    [
      'shared',
      [cell('A report', 'asserts'), cell('B report', 'asserts'), cell('C report', 'asserts')],
      'All three reports',
    ],
    [
      'conflicting',
      [cell('A report', 'asserts'), cell('B report', 'contradicts'), cell('C report', 'silent')],
      'Reports disagree',
    ],
  ] as const)('%s %j reads %j', (agreement, cells, expected) => {
    expect(agreementLabel({ agreement, cells })).toBe(expected);
  });
});

describe('stanceSentence', () => {
  it.each([
    [
      [
        { label: 'Outcome report', stance: 'asserts' },
        { label: 'Wire report', stance: 'asserts' },
      ],
      'Both state it',
    ],
    [
      [
        { label: 'Outcome report', stance: 'attributes', to: 'Steve Witkoff' },
        { label: 'Wire report', stance: 'attributes', to: 'Steve Witkoff' },
      ],
      'Both attribute it to Steve Witkoff',
    ],
    [
      [
        { label: 'Outcome report', stance: 'silent' },
        { label: 'Weekend report', stance: 'hedges' },
      ],
      'Only the weekend report hedges it',
    ],
    [
      [
        { label: 'Outcome report', stance: 'contradicts' },
        { label: 'Weekend report', stance: 'asserts' },
      ],
      'Outcome report contradicts it; weekend report states it',
    ],
    [
      [
        { label: 'A report', stance: 'asserts' },
        { label: 'B report', stance: 'asserts' },
        { label: 'C report', stance: 'hedges' },
        { label: 'D report', stance: 'silent' },
      ],
      'A report and B report state it; C report hedges it',
    ],
  ] as const)('%j reads %j', (cells, expected) => {
    expect(stanceSentence(cells)).toBe(expected);
  });
});

describe('missingProvenance', () => {
  it('says in one line what the archived copy does not record', () => {
    expect(missingProvenance({})).toBe('The archived copy records no publisher, date, byline or address.');
    expect(missingProvenance({ publisher: 'Gazette', url: 'https://example.org/a' })).toBe(
      'The archived copy records no date or byline.',
    );
    expect(missingProvenance({ publisher: 'P', published: '2025-01-01', byline: 'B', url: 'https://x.org' })).toBe(
      undefined,
    );
  });
});

describe('coverageText', () => {
  it('counts claims and reports with their plurals', () => {
    expect(coverageText({ shared: 1, conflicting: 0, single: 0, total: 1 }, 2)).toBe(
      '1 claim across 2 reports: 1 agreed, 0 disputed, 0 in only one report.',
    );
  });
});

describe('pagedText', () => {
  it('names only later pages of an index by number', () => {
    expect(pagedText.title('People', 1, 3)).toBe('People');
    expect(pagedText.title('People', 2, 3)).toBe('People, page 2 of 3');
    expect(pagedText.description('Everyone quoted.', 1, 3)).toBe('Everyone quoted.');
    expect(pagedText.description('Everyone quoted.', 3, 3)).toBe('Everyone quoted. Page 3 of 3.');
  });
});

describe('positionLine', () => {
  const report = { label: 'Cycling report' } as Parameters<typeof positionLine>[0]['report'];
  it('names the report, then its position, with whom it attributes the claim to', () => {
    const to = [{ name: 'The Gazette' }] as Parameters<typeof positionLine>[0]['attributedTo'];
    expect(
      positionLine({
        report,
        position: { stance: 'attributes', to: ['the-gazette'], evidence: 'x' },
        attributedTo: to,
      }),
    ).toBe('Cycling report: Attributes it to The Gazette');
    expect(positionLine({ report, position: undefined, attributedTo: [] })).toBe('Cycling report: Not mentioned');
  });
});

describe('siteText', () => {
  it('names the site through its one constant', () => {
    expect(siteText.name).toBe(SITE_NAME);
    expect(siteText.feedTitle).toBe(`${SITE_NAME}: stories`);
    expect(siteText.lede.startsWith(`${SITE_NAME} `)).toBe(true);
    expect(siteText.pageTitle(SITE_NAME)).toBe(`${SITE_NAME}: ${siteText.tagline}`);
    expect(siteText.pageTitle('People')).toBe(`People · ${SITE_NAME}`);
  });
});

describe('reportTally', () => {
  it('counts a report’s claims and quotes with their plurals', () => {
    expect(reportTally({ claims: [1], quotes: [1, 2] })).toBe('1 claim · 2 quotes');
    expect(reportTally({ claims: [], quotes: [1] })).toBe('0 claims · 1 quote');
  });
});
