/**
 * Index pages list a fixed number of items each, so no page grows with the archive: a newsroom
 * with 10,000 stories gets 500 short home pages, not one page of 10,000 cards.
 */

/** Stories per page of the home page. */
export const HOME_PAGE_SIZE = 20;

/** People per page of the people index (short cards, three to a row on wide screens). */
export const PEOPLE_PAGE_SIZE = 60;

/** Outlets, platforms and documents per page of their index (short cards, like people). */
export const OUTLETS_PAGE_SIZE = 60;

/** `items` cut into pages of `size`; always at least one page, so an empty list still has a first page. */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages.length > 0 ? pages : [[]];
}

/** How many pages `count` items fill at `size` a page (at least one). */
export function pageCount(count: number, size: number): number {
  return Math.max(1, Math.ceil(count / size));
}

/** The props of one page of a paginated index (a type, not an interface, so it is a page's props record). */
// eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- Astro's page props must be a record type
export type IndexPage<T> = {
  items: T[];
  /** 1-based. */
  number: number;
  count: number;
};

/**
 * The pages of an index whose page n lives at `pagePath(n)`, routed by a rest parameter `page` in
 * the folder of `pagePath(1)`: none on the first page, `page/2` on the second.
 */
export function indexPages<T>(items: readonly T[], size: number, pagePath: (page: number) => string) {
  const pages = paginate(items, size);
  const folder = pagePath(1);
  return pages.map((list, i) => ({
    path: pagePath(i + 1),
    params: { page: i === 0 ? undefined : pagePath(i + 1).slice(folder.length, -1) },
    props: { items: list, number: i + 1, count: pages.length } satisfies IndexPage<T>,
  }));
}
