import { z } from 'astro/zod';
import { prose } from './common.ts';

/** One person who speaks or is cited, in `content/people/<id>.yaml`. Shared by every story. */
export const personSchema = z
  .strictObject({
    /** Name as the reports give it, or a description for an unnamed source ("A senior European diplomat"). */
    name: prose(120).describe('Name as the reports give it, or a description of an unnamed source.'),
    /** Role or office at the time of the events covered. */
    role: prose(200).describe('Role or office at the time of the events covered.'),
    /** Where the role comes from: the reports themselves, or context from outside them. */
    roleSource: z
      .enum(['reports', 'outside-context'])
      .default('reports')
      .describe('Whether the role is stated in the reports or is context from outside them.'),
    /** True for a source the reports leave unnamed. */
    anonymous: z.boolean().default(false).describe('True for a source the reports leave unnamed.'),
  })
  .describe('A person who speaks or is cited in a report.');

export type Person = z.output<typeof personSchema>;
