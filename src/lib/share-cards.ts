/**
 * What each page's share image says: for a claim, the claim and each report's position; for a
 * quote, the words and the speaker. Plain data; `share-image.ts` draws it.
 */
import type { ClaimView, Corpus, OutletView, PersonView, QuoteView, ReportView, StoryView } from './corpus.ts';
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
  sourceKindText,
  sourceName,
} from './labels.ts';
import { HOME_PAGE_SIZE, OUTLETS_PAGE_SIZE, pageCount, PEOPLE_PAGE_SIZE } from './pagination.ts';
import { paths } from './paths.ts';

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

export interface PageCard {
  /** The page the card belongs to (a `paths` value). */
  page: string;
  card: ShareCard;
}

const MAX_LINES = 5;

function storyCard(story: StoryView): ShareCard {
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

function claimCard(claim: ClaimView, story: StoryView): ShareCard {
  return {
    kicker: `Claim · ${agreementText[claim.agreement]}`,
    title: claim.text,
    lines: claim.cells.slice(0, MAX_LINES).map(positionLine),
    footer: story.title,
  };
}

function quoteCard(quote: QuoteView, story: StoryView): ShareCard {
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

function reportCard(report: ReportView, story: StoryView): ShareCard {
  return {
    kicker: `Report · ${report.label}`,
    title: report.title,
    lines: [
      `${count(report.claims.length, nouns.claim)} · ${count(report.quotes.length, nouns.quote)}`,
      `Publisher: ${report.publisher ?? 'not recorded'}`,
    ],
    footer: story.title,
  };
}

function personCard(person: PersonView): ShareCard {
  return {
    kicker: person.anonymous ? 'Unnamed source' : 'Person',
    title: person.name,
    lines: [person.role, personText.tally(person.quotes.length, person.claims.length)],
    footer: 'People',
  };
}

function outletCard(outlet: OutletView): ShareCard {
  return {
    kicker: sourceKindText[outlet.kind],
    title: outlet.name,
    lines: [...(outlet.description ? [outlet.description] : []), creditSummary(outlet)],
    footer: 'Outlets',
  };
}

/**
 * The cards of a paginated index (see src/lib/pagination.ts): later pages share the first page's
 * card, with "<label> n of N" on it.
 */
function indexCards(first: ShareCard, count: number, pagePath: (page: number) => string, name?: string): PageCard[] {
  return Array.from({ length: count }, (_, i) => ({
    page: pagePath(i + 1),
    card:
      i === 0
        ? first
        : { ...first, lines: [name ? pagedText.title(name, i + 1, count) : pagedText.page(i + 1, count)] },
  }));
}

/** One card per page of the site. */
export function shareCards(corpus: Corpus, site: { name: string; tagline: string }): PageCard[] {
  // The site's name is drawn in the corner of every card: footers name what the page is instead.
  const homeCard: ShareCard = { kicker: 'Stories', title: site.tagline, lines: [], footer: '' };
  const peopleCard: ShareCard = {
    kicker: 'People',
    title: 'Everyone the reports quote or cite',
    lines: [],
    footer: '',
  };
  const outletsCard: ShareCard = {
    kicker: 'Outlets',
    title: 'The outlets, platforms and documents the reports credit',
    lines: [],
    footer: '',
  };
  const cards: PageCard[] = [
    ...indexCards(homeCard, pageCount(corpus.stories.length, HOME_PAGE_SIZE), paths.homePage, navText.stories),
    ...indexCards(peopleCard, pageCount(corpus.people.length, PEOPLE_PAGE_SIZE), paths.peoplePage),
    ...indexCards(outletsCard, pageCount(corpus.outlets.length, OUTLETS_PAGE_SIZE), paths.outletsPage),
    {
      page: paths.search(),
      card: { kicker: 'Search', title: 'Search the reports, claims, quotes and people', lines: [], footer: '' },
    },
  ];
  for (const story of corpus.stories) {
    cards.push({ page: paths.story(story.id), card: storyCard(story) });
    for (const report of story.reportViews) {
      cards.push({ page: paths.report(story.id, report.id), card: reportCard(report, story) });
    }
    for (const claim of story.claims)
      cards.push({ page: paths.claim(story.id, claim.id), card: claimCard(claim, story) });
    for (const quote of story.quotes)
      cards.push({ page: paths.quote(story.id, quote.id), card: quoteCard(quote, story) });
  }
  for (const person of corpus.people) cards.push({ page: paths.person(person.id), card: personCard(person) });
  for (const outlet of corpus.outlets) cards.push({ page: paths.outlet(outlet.id), card: outletCard(outlet) });
  return cards;
}
