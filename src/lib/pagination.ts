/**
 * Index pages list a fixed number of items each, so no page grows with the archive: a newsroom
 * with 10,000 stories gets 500 short home pages, not one page of 10,000 cards.
 */

/** Stories per page of the home page. */
export const HOME_PAGE_SIZE = 20;

/** People per page of the people index (short cards, three to a row on wide screens). */
export const PEOPLE_PAGE_SIZE = 60;

/** `items` cut into pages of `size`; always at least one page, so an empty list still has a first page. */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages.length > 0 ? pages : [[]];
}
