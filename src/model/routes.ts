/**
 * Every kind of page the site builds, in one table: the page file that renders it, the pages the
 * corpus makes of it (each with its path, its route parameters and what it renders) and its share
 * card. The pages' `getStaticPaths`, the share images, the feed and the tests' page lists all
 * derive from it, so a new kind of page is one entry here and one page file. Paths come from
 * `paths` (src/model/paths.ts), the one URL builder.
 *
 * One page stands outside the table: 404.astro, served for any missing address, with no address,
 * share card or place in the sitemap of its own.
 */
import type { Corpus, OutletView, PersonView, QuoteView, ReportView, ClaimView, StoryView } from './corpus.ts';
import { creditsByStory } from './credits.ts';
import { navText } from './labels.ts';
import { HOME_PAGE_SIZE, indexPages, OUTLETS_PAGE_SIZE, PEOPLE_PAGE_SIZE, type IndexPage } from './pagination.ts';
import { paths } from './paths.ts';
import { personPageView } from './person-page.ts';
import {
  claimCard,
  homeCard,
  indexCard,
  outletCard,
  outletsCard,
  peopleCard,
  personCard,
  quoteCard,
  reportCard,
  searchCard,
  storyCard,
  type ShareCard,
} from './share-cards.ts';

/** One page: where it is, how its page file is routed to it, and what it renders. */
export interface SitePage<Props> {
  /** Its site path, without the deployment's base (a `paths` value). */
  path: string;
  /** Its page file's route parameters, as `getStaticPaths` returns them. */
  params: Record<string, string | undefined>;
  /** What the page file renders. */
  props: Props;
}

/** One kind of page. */
export interface Route<Props> {
  /** The page file that renders it, under src/pages. */
  file: string;
  /** Every page of this kind the corpus makes, in the order the site lists them. */
  pages(corpus: Corpus): SitePage<Props>[];
  /** What the share image of one of its pages says. (A method, so a table of routes can be read as one list.) */
  card(props: Props): ShareCard;
}

/** The props of a route's pages, for the page file's `Props`. */
export type PropsOf<R> = R extends Route<infer Props> ? Props : never;

const route = <Props>(kind: Route<Props>): Route<Props> => kind;

/**
 * A page for each of every story's `items` (its reports, claims or quotes), routed by `[story]` and
 * `[name]`, rendering the story and the item under `name`.
 */
function storyItemPages<Name extends string, Item extends { id: string }>(
  corpus: Corpus,
  name: Name,
  items: (story: StoryView) => readonly Item[],
  path: (story: string, item: string) => string,
): SitePage<{ story: StoryView } & Record<Name, Item>>[] {
  return corpus.stories.flatMap((story) =>
    items(story).map((item) => ({
      path: path(story.id, item.id),
      params: { story: story.id, [name]: item.id },
      props: { story, [name]: item } as { story: StoryView } & Record<Name, Item>,
    })),
  );
}

export const routes = {
  home: route<IndexPage<StoryView>>({
    file: '[...page].astro',
    pages: (corpus) => indexPages(corpus.stories, HOME_PAGE_SIZE, paths.homePage),
    card: (page) => indexCard(homeCard, page, navText.stories),
  }),
  people: route<IndexPage<PersonView>>({
    file: 'people/[...page].astro',
    pages: (corpus) => indexPages(corpus.peopleIndex, PEOPLE_PAGE_SIZE, paths.peoplePage),
    card: (page) => indexCard(peopleCard, page),
  }),
  outlets: route<IndexPage<OutletView>>({
    file: 'outlets/[...page].astro',
    pages: (corpus) => indexPages(corpus.outletsIndex, OUTLETS_PAGE_SIZE, paths.outletsPage),
    card: (page) => indexCard(outletsCard, page),
  }),
  search: route<Record<string, never>>({
    file: 'search.astro',
    pages: () => [{ path: paths.search(), params: {}, props: {} }],
    card: () => searchCard,
  }),
  story: route<{ story: StoryView }>({
    file: 'stories/[story]/index.astro',
    pages: (corpus) =>
      corpus.stories.map((story) => ({ path: paths.story(story.id), params: { story: story.id }, props: { story } })),
    card: ({ story }) => storyCard(story),
  }),
  report: route<{ story: StoryView; report: ReportView }>({
    file: 'stories/[story]/reports/[report].astro',
    pages: (corpus) => storyItemPages(corpus, 'report', (story) => story.reportViews, paths.report),
    card: ({ story, report }) => reportCard(report, story),
  }),
  claim: route<{ story: StoryView; claim: ClaimView }>({
    file: 'stories/[story]/claims/[claim].astro',
    pages: (corpus) => storyItemPages(corpus, 'claim', (story) => story.claims, paths.claim),
    card: ({ story, claim }) => claimCard(claim, story),
  }),
  quote: route<{ story: StoryView; quote: QuoteView }>({
    file: 'stories/[story]/quotes/[quote].astro',
    pages: (corpus) => storyItemPages(corpus, 'quote', (story) => story.quotes, paths.quote),
    card: ({ story, quote }) => quoteCard(quote, story),
  }),
  person: route<{ person: PersonView; view: ReturnType<typeof personPageView> }>({
    file: 'people/[person].astro',
    pages: (corpus) =>
      corpus.people.map((person) => ({
        path: paths.person(person.id),
        params: { person: person.id },
        props: { person, view: personPageView(person, corpus) },
      })),
    card: ({ person }) => personCard(person),
  }),
  outlet: route<{ outlet: OutletView; groups: ReturnType<typeof creditsByStory> }>({
    file: 'outlets/[outlet].astro',
    pages: (corpus) =>
      corpus.outlets.map((outlet) => ({
        path: paths.outlet(outlet.id),
        params: { outlet: outlet.id },
        props: { outlet, groups: creditsByStory(outlet, corpus.stories) },
      })),
    card: ({ outlet }) => outletCard(outlet),
  }),
};

export type RouteKind = keyof typeof routes;

/** One page of the site with its kind and its share card. */
export interface PageCard {
  kind: RouteKind;
  /** The page's site path (a `paths` value). */
  page: string;
  card: ShareCard;
}

/** Every page the site builds, kind by kind in the table's order, each with its share card. */
export function shareCards(corpus: Corpus): PageCard[] {
  return (Object.entries(routes) as [RouteKind, Route<unknown>][]).flatMap(([kind, route]) =>
    route.pages(corpus).map(({ path, props }) => ({ kind, page: path, card: route.card(props) })),
  );
}

/** The site path of every page the site builds, in the table's order. */
export function sitePaths(corpus: Corpus): string[] {
  return (Object.values(routes) as Route<unknown>[]).flatMap((route) => route.pages(corpus).map(({ path }) => path));
}
