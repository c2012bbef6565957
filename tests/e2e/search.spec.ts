import { expect, test } from '@playwright/test';
import { LANDING_TOLERANCE, landing, settle } from '../../scripts/measure-reading.ts';
import { anchors, paths } from '../../src/model/paths.ts';
import { corpus, rel } from './content.ts';

const story = corpus.stories[0]!;
const quote = story.quotes.find((q) => q.kind === 'full')!;

/** The distinct longer words of a text, lower-cased, without punctuation. */
function wordsOf(text: string): string[] {
  const words = text.toLowerCase().match(/[a-z]{5,}/g) ?? [];
  return [...new Set(words)];
}

test('finds a quote by any of its words, listed under its story and linked to its place there', async ({
  page,
  baseURL,
}) => {
  await page.goto(rel(paths.search()));
  const box = page.getByRole('searchbox', { name: /Words from a claim/ });
  const at = new URL(`${rel(paths.story(story.id))}#${anchors.quote(quote.id)}`, baseURL).href;
  for (const word of wordsOf(quote.text)) {
    await box.fill(word);
    await expect(page.getByRole('status')).toContainText(`for “${word}”`);
    // Shown under the story, or among its further matches one tap away.
    const hrefs = await page
      .getByRole('list', { name: 'Results' })
      .locator('a')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs, word).toContain(at);
  }
});

test('is usable with the keyboard alone', async ({ page }) => {
  await page.goto(rel(paths.search()));
  // Tab from the top of the page to the search box.
  const box = page.getByRole('searchbox', { name: /Words from a claim/ });
  for (let i = 0; i < 20 && !(await box.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(box).toBeFocused();
  const claim = story.claims.find((c) => c.agreement === 'conflicting') ?? story.claims[0]!;
  const word = wordsOf(claim.text).sort((a, b) => b.length - a.length)[0]!;
  await page.keyboard.type(word);
  await page.keyboard.press('Enter');
  // Results are redrawn while the words are typed: wait until they are for the whole word, or a
  // late redraw can replace the link that keyboard focus has just reached.
  await expect(page.getByRole('status')).toContainText(`for “${word}”`);
  const first = page.getByRole('list', { name: 'Results' }).getByRole('link').first();
  await expect(first).toBeVisible();
  await page.keyboard.press('Tab'); // the Search button
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(page.url()).not.toContain(rel(paths.search()));
});

test('a claim result opens the story on exactly that claim, below the header', async ({ page }) => {
  const claim = story.claims[0]!;
  await page.goto(`${rel(paths.search())}?q=${encodeURIComponent(claim.text)}`);
  const result = page.getByRole('list', { name: 'Results' }).getByRole('listitem').filter({ hasText: 'Story' }).first();
  await expect(result.getByRole('link').first()).toHaveText(story.title);
  await result.getByRole('link', { name: claim.text, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${paths.story(story.id)}#${anchors.claim(claim.id)}$`));
  // Where a shared link to the claim lands (tests/e2e/landing.spec.ts): just under the header.
  await expect
    .poll(async () => {
      await settle(page);
      return Math.abs((await landing(page, anchors.claim(claim.id))).off);
    })
    .toBeLessThanOrEqual(LANDING_TOLERANCE);
});

test('a word many items share lists a few under their story, and the rest one tap away', async ({ page }) => {
  const speaker = quote.speakerRef;
  const surname = speaker.name.split(' ').at(-1)!;
  await page.goto(`${rel(paths.search())}?q=${encodeURIComponent(surname)}`);
  const result = page
    .getByRole('list', { name: 'Results' })
    .getByRole('listitem')
    .filter({ hasText: story.title })
    .first();
  await expect(result).toBeVisible();
  const more = result.locator('details');
  const shown = await result.getByRole('link').count(); // closed details hide their links
  expect(shown).toBe(1 + 3); // the story and three items
  const hidden = Number(/and (\d+) more in this story/.exec(await more.locator('summary').innerText())?.[1]);
  expect(hidden).toBeGreaterThan(0);
  await more.locator('summary').click();
  await expect(result.getByRole('link')).toHaveCount(shown + hidden);
});

// Each page indexes its own words only (tests/dist/search-index.test.ts): every kind is still found by
// its name or title, and the result opens on its page.
const report = story.reportViews[0]!;
const person = quote.speakerRef;
const outlet = corpus.outlets[0]!;
for (const [kind, title, path] of [
  ['Story', story.title, paths.story(story.id)],
  ['Report', report.title, paths.report(story.id, report.id)],
  ['Person', person.name, paths.person(person.id)],
  ['Outlet', outlet.name, paths.outlet(outlet.id)],
] as const) {
  test(`${kind === 'Outlet' ? 'an' : 'a'} ${kind.toLowerCase()} is found by its ${['Story', 'Report'].includes(kind) ? 'title' : 'name'}, and the result opens on its page`, async ({
    page,
  }) => {
    await page.goto(`${rel(paths.search())}?q=${encodeURIComponent(title)}`);
    const item = page.getByRole('list', { name: 'Results' }).getByRole('listitem').filter({ hasText: kind });
    const link = item.getByRole('link', { name: title, exact: true });
    await expect(link).toHaveCount(1);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
  });
}

test('says plainly that it needs JavaScript when it is off', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto(rel(paths.search()));
  await expect(page.getByRole('status')).toContainText('Search needs JavaScript');
  await context.close();
});

for (const width of [360, 1440]) {
  test(`at ${width} px the search and page buttons keep their labels on one line`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    // Words may break anywhere in running text (long names), never inside a button's label.
    for (const path of [paths.search(), paths.story(story.id)]) {
      await page.goto(rel(path));
      const split = await page.locator('button:visible').evaluateAll((buttons) =>
        buttons
          .filter((button) => {
            // A text node that wraps gives one client rect per line.
            const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const range = document.createRange();
              range.selectNodeContents(node);
              const tops = [...range.getClientRects()].map((rect) => rect.top);
              if (tops.some((top) => Math.abs(top - (tops[0] ?? top)) > 2)) return true;
            }
            return false;
          })
          .map((button) => button.textContent.trim()),
      );
      expect(split, path).toEqual([]);
    }
  });
}
