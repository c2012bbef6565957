/**
 * What a person's page lists: their quotes and the claims attributed to them, each with the story
 * it belongs to, and whether the page must name that story (when they appear in more than one).
 */
import type { ClaimView, Corpus, PersonView, QuoteView } from './corpus.ts';

export interface StoryRef {
  id: string;
  title: string;
}

export interface PersonPageView {
  /** True when the person appears in more than one story: each item then names its story. */
  acrossStories: boolean;
  quotes: { quote: QuoteView; story: StoryRef }[];
  /** `reports`: the labels of the reports that attribute the claim to this person. */
  claims: { claim: ClaimView; story: StoryRef; reports: string[] }[];
  /** Someone the reports only describe, neither quoted nor credited with a claim: said once, not as two empty lists. */
  onlyDescribed: boolean;
}

export function personPageView(person: PersonView, corpus: Pick<Corpus, 'story'>): PersonPageView {
  const ref = (id: string): StoryRef => ({ id, title: corpus.story(id)?.title ?? id });
  const quotes = person.quotes.map((quote) => ({ quote, story: ref(quote.storyId) }));
  const claims = person.claims.map((claim) => ({
    claim,
    story: ref(claim.storyId),
    reports: claim.cells.filter((c) => c.attributedTo.includes(person)).map((c) => c.report.label),
  }));
  const stories = new Set([...quotes, ...claims].map((item) => item.story.id));
  const onlyDescribed = quotes.length === 0 && claims.length === 0 && person.about.length > 0;
  return { acrossStories: stories.size > 1, quotes, claims, onlyDescribed };
}
