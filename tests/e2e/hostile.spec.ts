/**
 * The hostile fixture (tests/fixtures/content/hostile/, built by tests/e2e/hostile-site.ts) in a
 * real browser: on every page at 360 px no planted script runs, nothing breaks the CSP or loads
 * from elsewhere, and no long unbroken string (120-character names and titles, URLs) runs past the
 * screen; the search page shows matches of planted markup as text.
 */
import { expect, test, type Page } from '@playwright/test';
import { hostilePages } from './hostile-site.ts';
import { watchProblems } from './watch.ts';

/** Dialogs opened by anything on the page: a planted alert() would open one. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/** Text of 40 or more characters without a space whose laid-out lines leave the viewport. */
async function overflowingWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const width = document.documentElement.clientWidth;
    // Text read only by screen readers (Tailwind's sr-only, on its own or at a breakpoint) sits in
    // a box of one pixel that hides its overflow, on purpose.
    const visuallyHidden = (element: Element | null): boolean => {
      for (let e = element; e; e = e.parentElement) {
        if (getComputedStyle(e).overflow === 'hidden' && e.getBoundingClientRect().width <= 1) return true;
      }
      return false;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const word = /\S{40,}/.exec(node.textContent ?? '')?.[0];
      const parent = node.parentElement;
      if (!word || !parent || !parent.checkVisibility() || visuallyHidden(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width > 0 && (rect.right > width + 0.5 || rect.left < -0.5)) {
          found.push(
            `<${parent.tagName.toLowerCase()}> ${word.slice(0, 30)}…: ${Math.round(rect.left)}–${Math.round(rect.right)} px`,
          );
          break;
        }
      }
    }
    return found;
  });
}

test('at 360 px no page runs planted code, breaks its CSP, or lets a long word run off the screen', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const problems = watchProblems(page, baseURL!);
  const dialogs = watchDialogs(page);
  await page.setViewportSize({ width: 360, height: 800 });
  const pages = hostilePages();
  expect(pages.length).toBeGreaterThan(15);
  const overflow: string[] = [];
  for (const path of pages) {
    await page.goto(path.slice(1));
    // Open every disclosure, so the text inside is laid out too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    overflow.push(...(await overflowingWords(page)).map((line) => `${path}: ${line}`));
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (scroll > 0) overflow.push(`${path}: the page scrolls sideways by ${scroll} px`);
  }
  expect(overflow).toEqual([]);
  expect(problems).toEqual([]);
  expect(dialogs).toEqual([]);
});

test('the long names are there to be wrapped: the person page shows all 120 characters', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('people/constructor/');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(/^Constructorwithaveryvery\S{96}$/);
  const box = (await heading.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  expect(box.height).toBeGreaterThan(60);
});

test('search shows planted markup found in the index as text, and runs none of it', async ({ page, baseURL }) => {
  const problems = watchProblems(page, baseURL!);
  const dialogs = watchDialogs(page);
  await page.goto('search/');
  const box = page.getByRole('searchbox', { name: /Words from a claim/ });
  for (const word of ['conflict', 'onerror', 'finished', 'script']) {
    await box.fill(word);
    await expect(page.getByRole('status')).toContainText(`for “${word}”`);
    const results = page.getByRole('list', { name: 'Results' });
    await expect(results.getByRole('link').first()).toBeVisible();
    // Only the site's own result markup: links, paragraphs, <mark> and text.
    const tags = await results.evaluate((list) =>
      [...list.querySelectorAll('*')].map((el) => el.tagName.toLowerCase()),
    );
    expect(
      tags.filter((tag) => !['li', 'ul', 'details', 'summary', 'a', 'p', 'mark', 'span'].includes(tag)),
      word,
    ).toEqual([]);
  }
  // A claim's text as a result's title, and its conflict in the words that matched: as text.
  await box.fill('reports give');
  const results = page.getByRole('list', { name: 'Results' });
  await expect(results).toContainText("</p><script>alert('claim-conflict')</script>");
  await box.fill('reopens');
  await expect(
    results.getByRole('link', { name: "<script>alert('claim-text')</script>The bridge reopens on Monday." }),
  ).toBeVisible();
  expect(problems).toEqual([]);
  expect(dialogs).toEqual([]);
});
