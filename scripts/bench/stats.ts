/** Median, min and max of repeated measurements, and how the table prints them. */

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
  return { median, min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN };
}

/** "1.23 (1.20–1.31)"; a single run prints its value alone. */
export function show(s: Spread, digits: number, unit = ''): string {
  const f = (n: number) => n.toFixed(digits);
  if (Number.isNaN(s.median)) return 'n/a';
  return s.min === s.max ? `${f(s.median)}${unit}` : `${f(s.median)}${unit} (${f(s.min)}–${f(s.max)})`;
}

export const MiB = 1024 * 1024;
export const GiB = 1024 * MiB;
