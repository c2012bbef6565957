import { z } from 'astro/zod';
import { excerpt, prose, slug } from './common.ts';

/** How a report treats a claim when it speaks to it. A report not listed is silent on the claim. */
export const STANCES = ['asserts', 'attributes', 'hedges', 'contradicts'] as const;
export type Stance = (typeof STANCES)[number];

/**
 * How the reports relate on one claim, computed from their positions (see `src/model/classify.ts`):
 * `shared` (two or more speak, none contradicts), `conflicting` (one contradicts another),
 * `single` (only one speaks).
 */
export const AGREEMENTS = ['shared', 'conflicting', 'single'] as const;
export type Agreement = (typeof AGREEMENTS)[number];

const positionBase = {
  /** The report's own words that carry the position: verbatim, short, checked against the archive. */
  evidence: excerpt.describe('Verbatim words of the report that carry its position.'),
  /** Our comment on the position, when the evidence needs one. */
  note: prose(300).optional().describe('Our comment on this report’s position, if needed.'),
};

/** One report's position on a claim, keyed by its stance. */
export const positionSchema = z.discriminatedUnion('stance', [
  z.strictObject({ stance: z.literal('asserts'), ...positionBase }),
  z.strictObject({
    stance: z.literal('attributes'),
    /**
     * Who the report attributes the claim to: ids of people (`content/people`) or of outlets,
     * platforms and documents (`content/outlets`), which share one id space.
     */
    to: z
      .array(slug)
      .min(1, 'must name at least one person or outlet')
      .describe('Ids of the people or outlets (people/<id>.yaml, outlets/<id>.yaml) the claim is attributed to.'),
    ...positionBase,
  }),
  z.strictObject({ stance: z.literal('hedges'), ...positionBase }),
  z.strictObject({ stance: z.literal('contradicts'), ...positionBase }),
]);

/** One checkable assertion, compared across the story's reports. */
export const claimSchema = z.strictObject({
  /** Stable id, used in links. */
  id: slug.describe('Stable id, used in links.'),
  /** The story topic it belongs to. */
  topic: slug.describe('Id of one of the story’s topics.'),
  /** The assertion, in our words. */
  text: prose(300).describe('The assertion, in our own words.'),
  /** Each speaking report's position, keyed by report id. Reports not listed are silent. */
  positions: z
    .record(slug, positionSchema)
    .refine((p) => Object.keys(p).length > 0, 'must give at least one report’s position')
    .describe('Positions keyed by report id; a report not listed is silent.'),
  /**
   * People or outlets whose position or action the claim describes ("Putin still demands…"), so
   * their pages list it. Not an attribution: who a report credits the claim to is the stance's `to`.
   */
  about: z
    .array(slug)
    .default([])
    .describe('Ids of people or outlets the claim is about (not who says it); their pages list it.'),
  /** Why the reports' statements count as the same claim (required when two or more reports speak). */
  sameness: prose(300).optional().describe('Why the reports’ statements count as one claim.'),
  /** What the conflict is (required exactly when one report contradicts another). */
  conflict: prose(400).optional().describe('What the conflict is, when reports contradict each other.'),
});

export type Position = z.output<typeof positionSchema>;
export type Claim = z.output<typeof claimSchema>;
