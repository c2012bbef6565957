import { z } from 'astro/zod';
import { claimSchema } from './claim.ts';
import { questionSchema } from './question.ts';
import { quoteSchema } from './quote.ts';

/** `content/stories/<story>/analysis.yaml`: the story's claims, quotes and open questions. */
export const analysisSchema = z
  .strictObject({
    claims: z.array(claimSchema).min(1, 'must list at least one claim').describe('The claims compared.'),
    quotes: z.array(quoteSchema).default([]).describe('Every direct quote the reports carry.'),
    questions: z.array(questionSchema).default([]).describe('Questions the reports leave open.'),
  })
  .describe('A story’s analysis: claims, quotes and open questions.');

export type Analysis = z.output<typeof analysisSchema>;
