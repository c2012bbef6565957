/** The route table: every kind of page has pages, a page file routed by its params, and a share card. */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/build/content-files.ts';
import { paths, shareImageName } from '../../src/model/paths.ts';
import { routes, shareCards, sitePaths, type Route } from '../../src/model/routes.ts';

const PAGES = resolve(import.meta.dirname, '../../src/pages');
const { corpus } = loadCorpus(resolve(import.meta.dirname, '../fixtures/content/valid'));
const table = Object.entries(routes) as [string, Route<unknown>][];

/** The site path a page file serves for `params`, as Astro routes it: `[x]` and `[...x]` filled in. */
function routedPath(file: string, params: Record<string, string | undefined>): string {
  const filled = file
    .replace(/\.astro$/, '')
    .replace(/(^|\/)index$/, '')
    .replace(/\[(\.\.\.)?(\w+)\]/g, (_, _rest: string | undefined, name: string) => params[name] ?? '');
  return `/${filled}/`.replace(/\/+/g, '/');
}

describe('the route table', () => {
  it.each(table)('%s: the fixture makes pages of it', (_kind, route) => {
    expect(route.pages(corpus).length).toBeGreaterThan(0);
  });

  it.each(table)('%s: its page file, given each page’s params, serves that page’s path', (_kind, route) => {
    for (const page of route.pages(corpus)) expect(routedPath(route.file, page.params), page.path).toBe(page.path);
  });

  it('names every page file under src/pages, and only those (404.astro stands outside it)', () => {
    const files = readdirSync(PAGES, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.astro'))
      .map((f) => f.split('\\').join('/'))
      .sort();
    expect(files).toEqual(['404.astro', ...table.map(([, route]) => route.file)].sort());
  });

  it('gives every page a path of its own', () => {
    const all = sitePaths(corpus);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toContain(paths.home());
    expect(all).toContain(paths.search());
    expect(all).toContain(paths.claim('harbour-bridge', 'reopens-monday'));
  });

  it('lists paginated indexes page by page', () => {
    const home = routes.home.pages(corpus);
    expect(home.map((p) => p.path)).toEqual([paths.homePage(1)]);
    expect(home[0]?.props.items).toEqual(corpus.stories);
    expect(routes.people.pages(corpus)[0]?.props.items).toEqual(corpus.peopleIndex);
  });

  it('gives every page one share card, each filed under its own image name', () => {
    const cards = shareCards(corpus);
    expect(cards.map((c) => c.page)).toEqual(sitePaths(corpus));
    const names = cards.map((c) => shareImageName(c.page));
    expect(new Set(names).size).toBe(names.length);
    expect(shareImageName(paths.home())).toBe('home');
    expect(paths.shareImage(paths.story('x'))).toBe(`/og/${shareImageName(paths.story('x'))}.png`);
    expect(cards.find((c) => c.kind === 'claim')?.card.kicker).toMatch(/^Claim · /);
  });
});
