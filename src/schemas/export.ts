import { z } from 'astro/zod';
import { AGREEMENTS, claimSchema } from './claim.ts';
import { slug } from './common.ts';
import { outletSchema } from './outlet.ts';
import { personSchema } from './person.ts';
import { questionSchema } from './question.ts';
import { quoteSchema } from './quote.ts';
import { reportSchema } from './report.ts';
import { storySchema } from './story.ts';

/** An absolute address on this site. */
const page = z.url().describe('Absolute address of the item’s page or anchor on this site.');

/**
 * The open-data export of one story (`/stories/<id>/analysis.json`), built from the same schemas
 * as the content so the published JSON Schema cannot drift from what editors write. Optional
 * report metadata is absent when the archived copy does not record it.
 */
export const storyExportSchema = z
  .strictObject({
    $schema: z.url().describe('Address of this document’s JSON Schema.'),
    story: storySchema.omit({ reports: true }).extend({ id: slug, page }),
    reports: z.array(reportSchema.extend({ id: slug, page })).describe('The reports compared, in column order.'),
    claims: z
      .array(
        claimSchema.extend({
          agreement: z.enum(AGREEMENTS).describe('Computed from the positions: shared, conflicting or single.'),
          page,
        }),
      )
      .describe('Claims with each speaking report’s position; a report absent from `positions` is silent.'),
    quotes: z
      .array(
        quoteSchema.extend({
          firstHand: z.boolean().describe('True when the report names no intermediary.'),
          page,
        }),
      )
      .describe('Every direct quote, with speaker, venue and relay chain.'),
    questions: z.array(questionSchema.extend({ page })).describe('Questions the reports leave open.'),
    people: z
      .array(personSchema.extend({ id: slug, page }))
      .describe('Everyone quoted, cited or named as passing words on; ids shared with `outlets`.'),
    outlets: z
      .array(outletSchema.extend({ id: slug, page }))
      .describe(
        'Outlets, platforms and documents the story refers to: claims attributed to them (`positions.*.to`), venues and relays.',
      ),
  })
  .describe('Parallax analysis of one story: reports, claims, quotes, open questions, people and outlets.');

export type StoryExport = z.output<typeof storyExportSchema>;

/** The JSON Schema published beside the exports. */
export function storyExportJsonSchema(id: string): Record<string, unknown> {
  return { ...z.toJSONSchema(storyExportSchema, { io: 'output', target: 'draft-2020-12' }), $id: id };
}
