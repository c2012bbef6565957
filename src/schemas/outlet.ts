import { z } from 'astro/zod';
import { prose } from './common.ts';

/**
 * What kind of non-person source a record is:
 * - `outlet`: a news organisation or broadcaster (CNN, The Independent);
 * - `platform`: a social network or posting service where words are published (Truth Social);
 * - `document`: a written text that speaks for its authors, e.g. a communiqué or a joint statement.
 */
export const OUTLET_KINDS = ['outlet', 'platform', 'document'] as const;
export type OutletKind = (typeof OUTLET_KINDS)[number];

/**
 * One outlet, platform or document that reports credit words or claims to, in
 * `content/outlets/<id>.yaml`. Shared by every story; its id shares one id space with people.
 */
export const outletSchema = z
  .strictObject({
    /** Name as the reports give it, e.g. "CNN", "The Independent", "Truth Social". */
    name: prose(120).describe('Name as the reports give it.'),
    /** Outlet (news organisation or broadcaster), platform (social network) or document (e.g. a communiqué). */
    kind: z
      .enum(OUTLET_KINDS)
      .describe(
        'outlet: a news organisation or broadcaster; platform: a social network such as Truth Social; document: e.g. a communiqué.',
      ),
    /** What it is, in our words; only what the reports or plain general knowledge support. */
    description: prose(300).optional().describe('What it is, in our own words.'),
  })
  .describe('An outlet, platform or document that reports credit words or claims to.');

export type Outlet = z.output<typeof outletSchema>;
