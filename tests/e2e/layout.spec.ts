import { expect, test, type Page } from '@playwright/test';
import { stanceFacts } from '../../src/model/view/claim.ts';
import { agreementSymbol, stanceSentence, stanceText } from '../../src/model/labels.ts';
import { anchors, paths } from '../../src/model/paths.ts';
import { corpus, rel } from './content.ts';

const story = corpus.stories[0]!;
const claim = story.claims[0]!;

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('at 1440 px each claim is one row, a column per report, each saying its stance in words', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(rel(paths.story(story.id)));
  const cells = page.locator(`#${anchors.claim(claim.id)} [data-stance]`);
  await expect(cells).toHaveCount(story.reportViews.length);
  const boxes = await Promise.all((await cells.all()).map(async (cell) => (await cell.boundingBox())!));
  for (let i = 1; i < boxes.length; i++) {
    expect(Math.abs(boxes[i]!.y - boxes[0]!.y)).toBeLessThan(2);
    expect(boxes[i]!.x).toBeGreaterThan(boxes[i - 1]!.x + boxes[i - 1]!.width - 1);
  }
  for (const [i, cell] of claim.cells.entries()) {
    await expect(cells.nth(i)).toContainText(stanceText[cell.position?.stance ?? 'silent']);
    // The column heading names the report for sighted readers; the cell names it for screen readers.
    await expect(cells.nth(i)).toContainText(`${cell.report.label}:`);
  }
  await expect(page.locator('.stance-sentence').first()).toBeHidden();
  await expectNoHorizontalScroll(page);
});

test('at 360 px a claim’s row says in one sentence what each report does, naming the reports', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(rel(paths.story(story.id)));
  for (const c of story.claims) {
    const sentence = page.locator(`#${anchors.claim(c.id)} .stance-sentence`);
    await expect(sentence).toHaveText(stanceSentence(c.cells.map(stanceFacts)));
  }
  await expect(page.locator(`#${anchors.claim(claim.id)} [data-stance]`).first()).toBeHidden();
  await expectNoHorizontalScroll(page);
});

test('agreement is readable without colour: a symbol and words on every claim', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(rel(paths.story(story.id)));
  for (const c of story.claims) {
    const row = page.locator(`#${anchors.claim(c.id)}`);
    await expect(row.locator('.verdict-mark')).toHaveText(agreementSymbol[c.agreement]);
    await expect(row.locator('[data-agreement]')).toHaveText(c.agreementLabel);
    await expect(row.locator('[data-agreement]')).toBeVisible();
  }
});
