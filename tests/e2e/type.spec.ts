/**
 * Type: the two self-hosted faces load from the site itself, nothing moves when they arrive,
 * reading text is the serif at 16 px or more, and links in prose look different from navigation.
 */
import { expect, test, type Page } from '@playwright/test';
import { paths } from '../../src/model/paths.ts';
import { corpus, rel } from './content.ts';

const person = corpus.people.find((p) => p.quotes.length > 0) ?? corpus.people[0]!;
const framePages = [paths.home(), paths.people(), paths.person(person.id), paths.search()].map(rel);

/** Total layout shift since navigation (what CLS sums), read from buffered PerformanceObserver entries. */
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 200);
      }),
  );

test('the reading and interface faces are self-hosted woff2 files, two at most on the story page', async ({
  page,
  baseURL,
}) => {
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fonts.push(request.url());
  });
  await page.goto(rel(paths.story(corpus.stories[0]!.id)));
  await page.waitForLoadState('networkidle');
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.length).toBeLessThanOrEqual(2);
  for (const url of fonts)
    expect(url).toMatch(new RegExp(`^${new URL(baseURL!).origin}/(parallax/)?_astro/fonts/.+\\.woff2$`));
  expect(await page.evaluate(() => document.fonts.status)).toBe('loaded');
  const family = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => getComputedStyle(el).fontFamily);
  expect(await family('h1')).toMatch(/^"?Source Serif 4/);
  expect(await family('header nav')).toMatch(/^"?Inter/);
});

for (const width of [360, 1440]) {
  for (const path of framePages) {
    test(`/${path} at ${width} px: nothing moves when the web fonts arrive late`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      // Hold the fonts back so the page is first drawn with the metric-matched fallbacks.
      await page.route('**/_astro/fonts/**', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 600));
        await route.continue();
      });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => document.fonts.ready);
      expect(await page.evaluate(() => document.fonts.status)).toBe('loaded');
      // Lighthouse reports CLS to three decimals; what remains is a fraction of a pixel where the
      // header's right-aligned links are measured in the fallback, then in Inter.
      expect(await layoutShift(page)).toBeLessThan(0.0005);
    });
  }
}

test('reading text is the serif at 16 px or more; smaller text is only labels in the interface face', async ({
  page,
}) => {
  for (const path of framePages) {
    await page.goto(path);
    const small = await page.locator('main p, main li, footer p').evaluateAll((elements) =>
      elements
        .filter((el) => (el as HTMLElement).innerText.trim() !== '' && (el as HTMLElement).offsetParent !== null)
        .map((el) => {
          const style = getComputedStyle(el);
          return {
            text: (el as HTMLElement).innerText.slice(0, 40),
            size: parseFloat(style.fontSize),
            family: style.fontFamily,
          };
        })
        .filter(({ size, family }) => size < 16 && family.includes('Source Serif')),
    );
    expect(small, path).toEqual([]);
  }
});

test('links in prose are underlined ink; navigation links are the interface face without underline', async ({
  page,
}) => {
  await page.goto('no/such/page/');
  const prose = page.getByRole('link', { name: 'See all stories' });
  const nav = page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'People' });
  const style = (link: typeof prose) =>
    link.evaluate((el) => {
      const s = getComputedStyle(el);
      return { line: s.textDecorationLine, color: s.color, family: s.fontFamily };
    });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const body = await page.evaluate(() => getComputedStyle(document.body).color);
    const p = await style(prose);
    expect(p.line).toBe('underline');
    expect(p.color).toBe(body);
    expect(p.family).toMatch(/^"?Source Serif 4/);
    const n = await style(nav);
    expect(n.line).toBe('none');
    expect(n.family).toMatch(/^"?Inter/);
  }
});
