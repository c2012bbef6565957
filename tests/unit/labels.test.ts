import { afterEach, describe, expect, it } from 'vitest';
import { count, formatDate, formatDateRange, listText, nouns } from '../../src/lib/labels.ts';

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
  const originalTz = process.env['TZ'];
  afterEach(() => {
    if (originalTz === undefined) delete process.env['TZ'];
    else process.env['TZ'] = originalTz;
  });

  it('writes a day for readers', () => {
    expect(formatDate('2025-08-15')).toBe('15 August 2025');
    expect(formatDate('2030-03-01')).toBe('1 March 2030');
  });

  // Node re-reads TZ when it changes: a local-time conversion would give 28 Feb west of UTC
  // and could give 2 March far east of it.
  it.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'])('gives the same day in the %s time zone', (tz) => {
    process.env['TZ'] = tz;
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
