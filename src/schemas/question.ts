import { z } from 'astro/zod';
import { excerpt, prose, slug } from './common.ts';

/** Who raises an open question: a report, in so many words, or our analysis of gaps. */
export const raisedBySchema = z.discriminatedUnion('by', [
  z.strictObject({
    by: z.literal('report'),
    /** The report that asks it. */
    report: slug.describe('Id of the report that asks the question.'),
    /** The report's words, verbatim. */
    excerpt: excerpt.describe('The report’s words, verbatim.'),
  }),
  z.strictObject({
    by: z.literal('analysis'),
    /** The gap or inconsistency that prompts it, in our words. */
    basis: prose(400).describe('The gap or inconsistency that prompts the question.'),
  }),
]);

export const QUESTION_STATUSES = ['open', 'partly-answered', 'answered'] as const;

/** A question the reports leave open. */
export const questionSchema = z
  .strictObject({
    /** Stable id, used in links. */
    id: slug.describe('Stable id, used in links.'),
    /** The question, in our words. */
    text: prose(240).describe('The question, in our words.'),
    /** Who raises it. */
    raisedBy: raisedBySchema.describe('Who raises the question.'),
    /** The claims it concerns. */
    claims: z.array(slug).default([]).describe('Ids of the claims it concerns.'),
    /** Whether the reports answer it. */
    status: z.enum(QUESTION_STATUSES).describe('Whether the reports answer it.'),
    /** What the reports do say towards an answer (required unless the question is open). */
    answer: prose(400).optional().describe('What the reports say towards an answer.'),
  })
  .refine((q) => q.status === 'open' || q.answer !== undefined, {
    message: 'must say what the answer is when status is not "open"',
    path: ['answer'],
  });

export type Question = z.output<typeof questionSchema>;
export type RaisedBy = z.output<typeof raisedBySchema>;
