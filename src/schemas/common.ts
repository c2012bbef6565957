import { z } from 'astro/zod';
import { findInvisible, invisibleMessage } from '../model/invisible-chars.ts';

/** Refuses bidirectional controls and other invisible characters (see `src/model/invisible-chars.ts`). */
const visible = (value: string, ctx: z.RefinementCtx) => {
  const found = findInvisible(value);
  if (found) ctx.addIssue({ code: 'custom', message: invisibleMessage(found) });
};

/** A lowercase, hyphenated id. Ids come from the content, never from list positions, so links survive edits. */
export const slug = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be a lowercase slug of letters, digits and single hyphens, e.g. "putin-accepts-guarantees"',
  );

const DATE_OR_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|z|[+-]\d{2}:?\d{2})?)?$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|z|[+-]\d{2}:?\d{2})?$/;

/**
 * A calendar date written as YYYY-MM-DD, kept as written: the content reader keeps YAML dates as
 * strings, so no time zone ever moves one. A date and time with its zone (`2025-08-17T01:00:00+05:00`)
 * keeps its own calendar day; without a zone it is refused, since its day would depend on where
 * the site is built. Impossible dates (2025-02-30) are refused.
 */
export const isoDate = z
  .string({ message: 'must be a date written as YYYY-MM-DD' })
  // The input's shape up front, so the JSON Schema editors get (`/schema/content/`) rejects it too.
  .regex(DATE_OR_DATE_TIME, 'must be a date written as YYYY-MM-DD')
  .superRefine((value, ctx) => {
    const time = DATE_TIME.exec(value);
    if (time && !time[2]) {
      ctx.addIssue({
        code: 'custom',
        message: `is a date and time without a time zone ("${value}"): write the date alone as YYYY-MM-DD, or add the zone (Z or +hh:mm)`,
      });
    }
  })
  .transform((value) => DATE_TIME.exec(value)?.[1] ?? value)
  .pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD')
      .pipe(z.iso.date({ message: 'is not a date on the calendar (check the day and the month)' })),
  );

/** Text in the editors' own words: one line or a short paragraph, never empty. */
export const prose = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`).superRefine(visible);

/**
 * A verbatim passage of a report's archived copy. Kept short (quotation, not copying);
 * `npm run verify:sources` checks it against the archive.
 */
export const excerpt = z
  .string()
  .trim()
  .min(2, 'must quote at least a word')
  .max(320, 'must be a short excerpt of at most 320 characters')
  .superRefine(visible);

/**
 * An http(s) address, parsed with the WHATWG URL parser (as browsers do) and written back in its
 * normalised form: characters such as `"` and `<` come out percent-encoded, hosts lowercased.
 */
export const httpUrl = z
  .string()
  .trim()
  .regex(/^https?:\/\//i, 'must be an http(s) URL')
  .pipe(z.url({ protocol: /^https?$/, normalize: true, message: 'must be an http(s) URL' }));
