import { z } from 'astro/zod';

/** A lowercase, hyphenated id. Ids come from the content, never from list positions, so links survive edits. */
export const slug = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be a lowercase slug of letters, digits and single hyphens, e.g. "putin-accepts-guarantees"',
  );

/**
 * A calendar date written as YYYY-MM-DD. YAML parsers turn a bare date into a Date object, so one
 * is accepted too and normalised back to its YYYY-MM-DD string.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.valueOf()) ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ message: 'must be a date written as YYYY-MM-DD' }),
);

/** Text in the editors' own words: one line or a short paragraph, never empty. */
export const prose = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/**
 * A verbatim passage of a report's archived copy. Kept short (quotation, not copying);
 * `npm run verify:sources` checks it against the archive.
 */
export const excerpt = z
  .string()
  .trim()
  .min(2, 'must quote at least a word')
  .max(320, 'must be a short excerpt of at most 320 characters');
