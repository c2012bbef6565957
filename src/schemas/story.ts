import { z } from 'astro/zod';
import { isoDate, prose, slug } from './common.ts';

/** A subject the story's claims and quotes are grouped under, defined once per story. */
export const topicSchema = z.strictObject({
  /** Referenced by claims and quotes as `topic`. */
  id: slug.describe('Id that claims and quotes use as their `topic`.'),
  /** Heading shown above the topic's claims. */
  label: prose(80).describe('Heading shown above the topic’s claims.'),
});

/** One dated event the reports describe. */
export const storyEventSchema = z.strictObject({
  /** When it happened. */
  date: isoDate.describe('When the event happened.'),
  /** What happened, in our words. */
  label: prose(160).describe('What happened, in our words.'),
  /**
   * `stated`: a report gives this calendar date. `outside-context`: the reports give at most a
   * weekday, and the calendar date comes from outside them.
   */
  dateSource: z
    .enum(['stated', 'outside-context'])
    .describe('Whether a report states the calendar date, or it comes from outside context.'),
  /** Reports that describe the event (ids of this story's reports). */
  reports: z.array(slug).default([]).describe('Ids of this story’s reports that describe the event.'),
  /** How the reports refer to it, e.g. "Friday’s Alaska summit". */
  note: prose(240).optional().describe('How the reports refer to the event, in our words.'),
});

/** Frontmatter of `content/stories/<story>/story.md`; the body is the editors' overview. */
export const storySchema = z
  .strictObject({
    /** The story's headline, in our words. */
    title: prose(140).describe('The story’s headline, in our words.'),
    /** One paragraph: what happened and what the comparison shows. */
    dek: prose(600).describe('One-paragraph standfirst: what happened and what the comparison shows.'),
    /** The dated events the reports cover, in order. */
    events: z.array(storyEventSchema).min(1, 'must list at least one dated event').describe('The events covered.'),
    /** The topics claims and quotes are grouped under, in reading order. */
    topics: z.array(topicSchema).min(1, 'must define at least one topic').describe('Topics, in reading order.'),
    /** The reports compared, by file name without `.md`, in column order. */
    reports: z
      .array(slug)
      .min(2, 'a story compares at least two reports')
      .describe('Ids of the compared reports (file names in `reports/` without `.md`), in column order.'),
  })
  .describe('A story: one event, compared across several reports.');

export type Story = z.output<typeof storySchema>;
export type Topic = z.output<typeof topicSchema>;
export type StoryEvent = z.output<typeof storyEventSchema>;
