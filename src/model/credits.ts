/**
 * What the reports credit to one source (a person or an outlet), story by story: the claims they
 * attribute to it, with each attributing report's evidence, and the quotes it aired or passed on.
 * Pages list these; the grouping lives here so it is tested without rendering.
 */
import type { ClaimCell, ClaimView, QuoteView, SourceView, StoryView } from './corpus.ts';

/** A claim with the cells (reports) that attribute it to the source. */
export interface CreditedClaim {
  claim: ClaimView;
  cells: ClaimCell[];
}

/** Everything one story's reports credit to the source. */
export interface StoryCredits {
  story: StoryView;
  claims: CreditedClaim[];
  /** Quotes said or posted on the source (outlets and platforms only). */
  aired: QuoteView[];
  relayed: QuoteView[];
}

/** The source's credits grouped by story, in the corpus' story order; stories crediting nothing are left out. */
export function creditsByStory(source: SourceView, stories: readonly StoryView[]): StoryCredits[] {
  const aired: readonly QuoteView[] = source.kind === 'person' ? [] : source.aired;
  return stories.flatMap((story) => {
    const claims = source.claims
      .filter((claim) => claim.storyId === story.id)
      .map((claim) => ({ claim, cells: claim.cells.filter((cell) => cell.attributedTo.includes(source)) }));
    const own = (quotes: readonly QuoteView[]) => quotes.filter((q) => q.storyId === story.id);
    const group = { story, claims, aired: own(aired), relayed: own(source.relayed) };
    return claims.length + group.aired.length + group.relayed.length > 0 ? [group] : [];
  });
}
