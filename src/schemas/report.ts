import { z } from 'astro/zod';
import { httpUrl, isoDate, prose } from './common.ts';

/**
 * Frontmatter of `content/stories/<story>/reports/<report>.md`; the body is our summary of the
 * report, in our own words. Publisher, byline, date and URL are optional because an archived copy
 * may not carry them: pages show them as "not recorded", never guessed.
 */
export const reportSchema = z
  .strictObject({
    /** A descriptive title of our own (archived copies may have lost the headline). */
    title: prose(160).describe('A descriptive title of our own.'),
    /** A short column label for side-by-side views, e.g. "Outcome report". */
    label: prose(32).describe('Short column label for side-by-side views.'),
    /** Who published the report, when recorded. */
    publisher: prose(120).optional().describe('Publisher, when the archived copy records it.'),
    /** Who wrote the report, when recorded. */
    byline: prose(160).optional().describe('Byline, when the archived copy records it.'),
    /** When the report was published, when recorded. */
    published: isoDate.optional().describe('Publication date, when the archived copy records it.'),
    /** Address of the original, when recorded. */
    url: httpUrl.optional().describe('Address of the original, when recorded.'),
    /** File name of the archived copy in the source archive, which quotes are verified against. */
    archive: z
      .string()
      .regex(/^[\w.-]+\.txt$/, 'must be a plain .txt file name in the source archive, without folders')
      .describe('File name of the archived copy in the source archive.'),
  })
  .describe('One news report, summarised in our own words.');

export type Report = z.output<typeof reportSchema>;
