import { z } from 'astro/zod';
import { excerpt, prose, slug } from './common.ts';

/** Where words were first said, as far as the report tells. */
export const venueSchema = z
  .strictObject({
    /** Broadcaster or publication: the id of an outlet record of kind `outlet`, e.g. `cnn`. */
    outlet: slug.optional().describe('Id of the outlet (outlets/<id>.yaml, kind outlet) where the words were said.'),
    /** Programme, in free text, e.g. "State of the Union". */
    programme: prose(80).optional().describe('Programme where the words were said.'),
    /** Platform: the id of an outlet record of kind `platform`, e.g. `truth-social`. */
    platform: slug
      .optional()
      .describe('Id of the platform (outlets/<id>.yaml, kind platform) where the words were posted.'),
  })
  .refine((v) => v.outlet ?? v.programme ?? v.platform, 'must name an outlet, a programme or a platform');

/** One step of a relay chain: who passed the words on, as the report puts it. */
export const relayStepSchema = z.strictObject({
  /**
   * The relaying source: the id of a person or outlet record, e.g. `the-independent`. Absent when
   * the report does not name the intermediary ("was quoted as saying").
   */
  source: slug
    .optional()
    .describe('Id of the relaying person or outlet; absent when the report leaves the intermediary unnamed.'),
  /** The report's own wording of the relay, verbatim, e.g. "quoted in The Independent report". */
  wording: excerpt.describe('The report’s verbatim wording of the relay.'),
});

/** A direct quotation carried by one report. */
export const quoteSchema = z.strictObject({
  /** Stable id, used in links. */
  id: slug.describe('Stable id, used in links.'),
  /** The report carrying the quote. */
  report: slug.describe('Id of the report carrying the quote.'),
  /** Who said it (person id; unnamed sources are person records too). */
  speaker: slug.describe('Person id of the speaker.'),
  /** The words, verbatim as the report prints them (without the surrounding quote marks). */
  text: excerpt.describe('The quoted words, verbatim.'),
  /** `full`: a whole quoted sentence or more. `fragment`: a quoted phrase inside the report's own sentence. */
  kind: z.enum(['full', 'fragment']).describe('A whole quoted sentence, or a quoted phrase.'),
  /** Where it was said, as far as the report tells; absent when the report does not say. */
  venue: venueSchema.optional().describe('Where the words were said; absent when the report does not say.'),
  /** Who relayed the words to the report, outermost last; empty when the report cites the venue directly. */
  relay: z.array(relayStepSchema).default([]).describe('Relay chain as the report gives it; empty for first-hand.'),
  /** The topic it concerns. */
  topic: slug.describe('Id of one of the story’s topics.'),
  /** The claims it bears on. */
  claims: z.array(slug).default([]).describe('Ids of the claims it bears on.'),
  /** Circumstances of the quote, in our words. */
  context: prose(300).optional().describe('Circumstances of the quote, in our words.'),
});

export type Quote = z.output<typeof quoteSchema>;
export type Venue = z.output<typeof venueSchema>;
