/**
 * The story page's contents: a link to each section's heading with what it holds, and under the
 * claims the topics with their counts. The headings' ids are here so the page and its contents
 * cannot drift apart.
 */
import type { StoryView } from '../corpus.ts';
import { storySectionText as text, verdictText } from '../labels.ts';
import { anchors } from '../paths.ts';

/** Ids of the story page's section headings. */
export const storySections = {
  verdict: 'verdict-heading',
  overview: 'overview-heading',
  reports: 'reports-heading',
  claims: 'claims-heading',
  quotes: 'quotes-heading',
  questions: 'questions-heading',
} as const;

export interface ContentsTopic {
  anchor: string;
  label: string;
  count: number;
}

export interface ContentsSection {
  /** The heading's id. */
  id: string;
  label: string;
  /** Listed only on wide screens (on a phone the verdict stands just above the contents). */
  wideOnly: boolean;
  /** The claims' topics, listed under the claims on wide screens; only the claims have them. */
  topics: ContentsTopic[] | undefined;
}

export function storyContents(
  story: Pick<StoryView, 'claims' | 'quotes' | 'questions' | 'topicGroups'>,
): ContentsSection[] {
  const section = (id: string, label: string, wideOnly = false, topics?: ContentsTopic[]): ContentsSection => ({
    id,
    label,
    wideOnly,
    topics,
  });
  return [
    section(storySections.verdict, verdictText.heading, true),
    section(storySections.overview, text.overview),
    section(storySections.reports, text.reports),
    section(
      storySections.claims,
      text.claimsLink(story.claims.length),
      false,
      story.topicGroups.map(({ topic, claims }) => ({
        anchor: anchors.topic(topic.id),
        label: topic.label,
        count: claims.length,
      })),
    ),
    section(storySections.quotes, text.quotesLink(story.quotes.length)),
    section(storySections.questions, text.questionsLink(story.questions.length)),
  ];
}
