/**
 * What each kind of page's share image says: for a claim, the claim and each report's position;
 * for a quote, the words and the speaker. Plain data; `share-image.ts` draws it. Which card each
 * page gets is said in the route table (`src/model/routes.ts`), which also lists them all (`shareCards`).
 */
import type { ClaimView, OutletView, PersonView, QuoteView, ReportView, StoryView } from './corpus.ts';
import {
  agreementText,
  count,
  creditSummary,
  formatDateRange,
  navText,
  nouns,
  personText,
  pagedText,
  positionLine,
  quoteKindText,
  reportTally,
  sourceKindText,
  siteText,
  sourceName,
} from './labels.ts';
import type { IndexPage } from './pagination.ts';

export interface ShareCard {
  /** Small line above the title, e.g. "Claim · Conflicting". */
  kicker: string;
  /** The main text. */
  title: string;
  /** Up to five short lines under the title. */
  lines: string[];
  /** Bottom line, usually the story; never the site's name, which every card shows in its corner. */
  footer: string;
}

const MAX_LINES = 5;

export function storyCard(story: StoryView): ShareCard {
  const c = story.coverage;
  const dates = story.dates;
  return {
    kicker: 'Story',
    title: story.title,
    lines: [
      `${story.reportViews.length} reports: ${story.reportViews.map((r) => r.label).join(' · ')}`,
      `${count(c.total, nouns.claim)}: ${c.shared} shared · ${c.conflicting} conflicting · ${c.single} only in one report`,
      `${count(story.quotes.length, nouns.quote)} · ${count(story.questions.length, nouns.openQuestion)}`,
    ],
    footer: formatDateRange(dates.first, dates.last),
  };
}

export function claimCard(claim: ClaimView, story: StoryView): ShareCard {
  return {
    kicker: `Claim · ${agreementText[claim.agreement]}`,
    title: claim.text,
    lines: claim.cells.slice(0, MAX_LINES).map(positionLine),
    footer: story.title,
  };
}

export function quoteCard(quote: QuoteView, story: StoryView): ShareCard {
  return {
    kicker: `Quote · ${quoteKindText[quote.kind]}`,
    title: `“${quote.text}”`,
    lines: [
      `${quote.speakerRef.name}, ${quote.speakerRef.role}`,
      `In: ${quote.reportRef.label}${quote.firstHand ? '' : `, relayed via ${quote.relayRefs.map((r) => sourceName(r.source)).join(' → ')}`}`,
    ],
    footer: story.title,
  };
}

export function reportCard(report: ReportView, story: StoryView): ShareCard {
  return {
    kicker: `Report · ${report.label}`,
    title: report.title,
    lines: [reportTally(report), `Publisher: ${report.publisher ?? 'not recorded'}`],
    footer: story.title,
  };
}

export function personCard(person: PersonView): ShareCard {
  return {
    kicker: person.anonymous ? 'Unnamed source' : 'Person',
    title: person.name,
    lines: [person.role, personText.tally(person.quotes.length, person.claims.length)],
    footer: 'People',
  };
}

export function outletCard(outlet: OutletView): ShareCard {
  return {
    kicker: sourceKindText[outlet.kind],
    title: outlet.name,
    lines: [...(outlet.description ? [outlet.description] : []), creditSummary(outlet)],
    footer: 'Outlets',
  };
}

/** The first page of the home, people and outlets indexes; later pages add their number (`indexCard`). */
// The site's name is drawn in the corner of every card: footers name what the page is instead.
export const homeCard: ShareCard = { kicker: navText.stories, title: siteText.tagline, lines: [], footer: '' };
export const peopleCard: ShareCard = {
  kicker: navText.people,
  title: 'Everyone the reports quote or cite',
  lines: [],
  footer: '',
};
export const outletsCard: ShareCard = {
  kicker: 'Outlets',
  title: 'The outlets, platforms and documents the reports credit',
  lines: [],
  footer: '',
};
export const searchCard: ShareCard = {
  kicker: navText.search,
  title: 'Search the reports, claims, quotes and people',
  lines: [],
  footer: '',
};

/**
 * Page `number` of `count` of a paginated index (see src/model/pagination.ts): the first page's
 * card, with "Page n of N" (or "<name>, page n of N") on later ones.
 */
export function indexCard(first: ShareCard, { number, count }: IndexPage<unknown>, name?: string): ShareCard {
  if (number === 1) return first;
  return { ...first, lines: [name ? pagedText.title(name, number, count) : pagedText.page(number, count)] };
}
