import { expect, test, type Page } from '@playwright/test';
import { paths } from '../../src/lib/paths.ts';
import { corpus, rel } from './content.ts';

const story = corpus.stories[0]!;

/** Bounding boxes of the first claim's report cells, in column order. */
async function cellBoxes(page: Page) {
  const cells = page.locator('[data-claim]').first().locator('[data-stance]');
  await expect(cells).toHaveCount(story.reportViews.length);
  return Promise.all((await cells.all()).map(async (cell) => (await cell.boundingBox())!));
}

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('at 1440 px the reports sit side by side, one column each', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(rel(paths.story(story.id)));
  const boxes = await cellBoxes(page);
  for (let i = 1; i < boxes.length; i++) {
    expect(Math.abs(boxes[i]!.y - boxes[0]!.y)).toBeLessThan(2);
    expect(boxes[i]!.x).toBeGreaterThan(boxes[i - 1]!.x + boxes[i - 1]!.width - 1);
  }
  await expectNoHorizontalScroll(page);
});

test('at 360 px the reports stack, and each cell still says which report it is', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(rel(paths.story(story.id)));
  const boxes = await cellBoxes(page);
  for (let i = 1; i < boxes.length; i++) {
    expect(boxes[i]!.y).toBeGreaterThan(boxes[i - 1]!.y + boxes[i - 1]!.height - 1);
    expect(Math.abs(boxes[i]!.x - boxes[0]!.x)).toBeLessThan(2);
  }
  const cells = page.locator('[data-claim]').first().locator('[data-stance]');
  for (const [i, report] of story.reportViews.entries()) {
    await expect(cells.nth(i)).toContainText(report.label);
  }
  await expectNoHorizontalScroll(page);
});

test('agreement is readable without colour: each badge has a symbol and words', async ({ page }) => {
  await page.goto(rel(paths.story(story.id)));
  const badges = page.locator('[data-claim] [data-agreement]');
  const count = await badges.count();
  expect(count).toBe(story.claims.length);
  for (let i = 0; i < count; i++) {
    await expect(badges.nth(i)).toHaveText(/^[=≠1]\s*(Shared|Conflicting|Only in one report)$/);
  }
});
