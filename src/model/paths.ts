/** Site paths and in-page anchors, without the deployment's base path (see `src/data/site.ts`). */
import type { SourceView } from './corpus.ts';
import { navText } from './labels.ts';

export const paths = {
  home: () => '/',
  /** Page `page` of the paginated home page: `/`, then `/page/2/`, … */
  homePage: (page: number) => (page <= 1 ? '/' : `/page/${page}/`),
  story: (story: string) => `/stories/${story}/`,
  report: (story: string, report: string) => `/stories/${story}/reports/${report}/`,
  claim: (story: string, claim: string) => `/stories/${story}/claims/${claim}/`,
  quote: (story: string, quote: string) => `/stories/${story}/quotes/${quote}/`,
  people: () => '/people/',
  /** Page `page` of the paginated people index: `/people/`, then `/people/page/2/`, … */
  peoplePage: (page: number) => (page <= 1 ? '/people/' : `/people/page/${page}/`),
  search: () => '/search/',
  person: (person: string) => `/people/${person}/`,
  /** The index of outlets, platforms and documents. */
  outlets: () => '/outlets/',
  /** Page `page` of the paginated outlets index: `/outlets/`, then `/outlets/page/2/`, … */
  outletsPage: (page: number) => (page <= 1 ? '/outlets/' : `/outlets/page/${page}/`),
  outlet: (outlet: string) => `/outlets/${outlet}/`,
  /** The open-data export of a story. */
  storyExport: (story: string) => `/stories/${story}/analysis.json`,
  /** The JSON Schema every export validates against. */
  exportSchema: () => '/schema/analysis.schema.json',
  /** The JSON Schema of one kind of content file, for editors' YAML tooling (`src/build/workbench/json-schemas.ts`). */
  contentSchema: (kind: string) => `/schema/content/${kind}.schema.json`,
  feed: () => '/feed.xml',
  /** The 1200x630 share image of the page at `pagePath`. */
  shareImage: (pagePath: string) => `/og/${shareImageName(pagePath)}.png`,
};

/**
 * The name the share image of the page at `pagePath` is filed under in /og/: the page's path
 * without its slashes (`stories/x`), `home` for the home page. The share-image endpoint's parameter.
 */
export function shareImageName(pagePath: string): string {
  return pagePath.replace(/^\/|\/$/g, '') || 'home';
}

/** The page of a person or an outlet, whichever `source` is: attributions link through this. */
export function sourcePath(source: SourceView): string {
  return source.kind === 'person' ? paths.person(source.id) : paths.outlet(source.id);
}

/** What an anchor on the story page marks; its id starts with the kind and a hyphen. */
export type AnchorKind = 'claim' | 'quote' | 'question' | 'topic' | 'speaker';
const anchorKinds: readonly AnchorKind[] = ['claim', 'quote', 'question', 'topic', 'speaker'];

/** Anchor ids on the story page. Prefixed by kind, so a claim and a quote may share an id. */
export const anchors: Record<AnchorKind, (id: string) => string> = {
  claim: (id) => `claim-${id}`,
  quote: (id) => `quote-${id}`,
  question: (id) => `question-${id}`,
  topic: (id) => `topic-${id}`,
  speaker: (id) => `speaker-${id}`,
};

/** The kind of item an anchor id marks (a search result within the story page names it), if any. */
export function anchorKind(anchor: string): AnchorKind | undefined {
  return anchorKinds.find((kind) => anchor.startsWith(`${kind}-`));
}

/** One page of a breadcrumb trail: its name and its site path. */
export interface Crumb {
  name: string;
  path: string;
}

/** The first crumb of every trail outside the story pages: the home page, by name. */
export const homeCrumb = { name: navText.home, path: paths.home() } as const;

/** The trails above a story and above its own pages (report, claim, quote). */
export const storyCrumbs = {
  story: (): Crumb[] => [{ name: navText.stories, path: paths.home() }],
  within: (story: { id: string; title: string }): Crumb[] => [
    ...storyCrumbs.story(),
    { name: story.title, path: paths.story(story.id) },
  ],
};
