/**
 * The story page's pictures as a reader meets them: visible at desktop and phone widths without
 * sideways scrolling, a matrix row that opens its claim, and text alternatives that say what the
 * data says. Expectations come from the content, never from hard-coded counts.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { agreementText, formatDate, positionText, sourceName } from '../../src/lib/labels.ts';
import { anchors, paths } from '../../src/lib/paths.ts';
import { dateSourceText } from '../../src/lib/pictures/glyphs.ts';
import { corpus, rel } from './content.ts';

const PICTURES = ['[data-coverage-matrix]', '[data-timeline]', '[data-quote-provenance]'];

/** The locator's box once it has stayed put for 150 ms (smooth scrolling and lazy layout settled). */
async function stableBox(page: Page, locator: Locator) {
  let previous = '';
  await expect
    .poll(
      async () => {
        const box = JSON.stringify(await locator.boundingBox());
        const settled = box === previous;
        previous = box;
        if (!settled) await page.waitForTimeout(150);
        return settled;
      },
      { message: 'the element kept moving' },
    )
    .toBe(true);
  return (await locator.boundingBox())!;
}

async function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

for (const story of corpus.stories) {
  const url = rel(paths.story(story.id));

  for (const width of [1440, 360]) {
    test(`${story.id} at ${width} px: the pictures are visible, inside the window, legible`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(url);
      const section = page.getByRole('region', { name: 'The coverage at a glance' });
      await expect(section.getByRole('heading', { level: 2 })).toBeVisible();
      for (const selector of PICTURES) {
        const picture = section.locator(selector);
        await picture.scrollIntoViewIfNeeded();
        await expect(picture).toBeVisible();
        const box = (await picture.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
      }
      // The timeline's SVG stretches without scaling its text: tick labels keep the page's size.
      const tick = section.locator('[data-timeline-axis] text').first();
      expect((await tick.boundingBox())!.height).toBeGreaterThanOrEqual(10);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    });
  }

  test(`${story.id}: a matrix row is one link to its claim, clickable anywhere on the row`, async ({ page }) => {
    await page.goto(url);
    const matrix = page.locator('[data-coverage-matrix]');
    const claim = story.claims.at(-1)!;
    await matrix.locator(`[data-matrix-row="${claim.id}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${paths.story(story.id)}#${anchors.claim(claim.id)}$`));
    await expect(page.locator(`#${anchors.claim(claim.id)}`)).toBeInViewport();

    // A click on the last report's glyph, away from the claim's words, lands on the claim too.
    const other = story.claims[0]!;
    // The first click started a smooth scroll; measure the glyph only once the page has stopped
    // moving, or the click lands on whichever row has scrolled under the stale coordinates.
    const glyph = matrix.locator(`[data-matrix-row="${other.id}"] [data-matrix-cell]`).last();
    await glyph.scrollIntoViewIfNeeded();
    const box = await stableBox(page, glyph);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page).toHaveURL(new RegExp(`#${anchors.claim(other.id)}$`));
  });

  test(`${story.id}: the matrix is a table that says in words what each glyph shows`, async ({ page }) => {
    await page.goto(url);
    const table = page.locator('[data-coverage-matrix]').getByRole('table');
    for (const report of story.reportViews) {
      await expect(table.getByRole('columnheader', { name: report.label })).toHaveCount(1);
    }
    await expect(table.locator('[data-matrix-row]')).toHaveCount(story.claims.length);
    for (const claim of story.claims) {
      const row = table.locator(`[data-matrix-row="${claim.id}"]`);
      await expect(row.getByRole('link', { name: claim.text })).toHaveAttribute(
        'href',
        new RegExp(`#${anchors.claim(claim.id)}$`),
      );
      const glyphs = row.locator('[data-matrix-cell]').getByRole('img');
      await expect(glyphs).toHaveCount(claim.cells.length);
      for (const [i, cell] of claim.cells.entries()) {
        await expect(glyphs.nth(i)).toHaveAccessibleName(positionText(cell));
      }
      await expect(row.getByRole('img', { name: agreementText[claim.agreement] })).toHaveCount(1);
    }
  });

  test(`${story.id}: quote provenance lists every quote’s chain, first- or second-hand`, async ({ page }) => {
    await page.goto(url);
    const picture = page.locator('[data-quote-provenance]');
    await expect(picture.locator('[data-provenance]')).toHaveCount(story.quotes.length);
    const firstHand = story.quotes.filter((q) => q.firstHand).length;
    await expect(picture.locator('[data-hand-count="first-hand"]')).toHaveText(String(firstHand));
    await expect(picture.locator('[data-hand-count="second-hand"]')).toHaveText(
      String(story.quotes.length - firstHand),
    );
    for (const quote of story.quotes) {
      const item = picture.locator(`[data-provenance="${quote.id}"]`);
      await expect(item).toHaveAttribute('data-hand', quote.firstHand ? 'first-hand' : 'second-hand');
      await expect(item).toContainText(quote.firstHand ? 'First-hand' : 'Second-hand');
      await expect(item.locator('[data-step="speaker"]')).toHaveText(quote.speakerRef.name);
      await expect(item.locator('[data-step="relay"]')).toHaveText(
        quote.relayRefs.map((r) => new RegExp(sourceName(r.source))),
      );
      await expect(item.locator('[data-step="report"]')).toContainText(quote.reportRef.label);
      await expect(item.getByRole('link')).toHaveAttribute('href', new RegExp(`#${anchors.quote(quote.id)}$`));
    }
  });

  test(`${story.id}: the timeline marks each date as stated or outside context`, async ({ page }) => {
    await page.goto(url);
    const timeline = page.locator('[data-timeline]');
    await expect(timeline.getByRole('img', { name: `Timeline of ${story.events.length} events` })).toBeVisible();
    const items = timeline.locator('[data-timeline-event]');
    await expect(items).toHaveCount(story.events.length);
    for (const source of ['stated', 'outside-context'] as const) {
      const count = story.events.filter((e) => e.dateSource === source).length;
      await expect(timeline.locator(`[data-marker="${source}"]`)).toHaveCount(count);
      await expect(timeline.locator(`[data-date-source="${source}"]`)).toHaveCount(count);
    }
    const sorted = [...story.events].sort((a, b) => a.date.localeCompare(b.date));
    for (const [i, event] of sorted.entries()) {
      const item = items.nth(i);
      await expect(item.locator('time')).toHaveAttribute('datetime', event.date);
      await expect(item).toContainText(formatDate(event.date));
      await expect(item).toContainText(dateSourceText[event.dateSource].toLowerCase());
      await expect(item).toContainText(event.label);
      for (const id of event.reports) {
        await expect(item).toContainText(story.reportViews.find((r) => r.id === id)!.label);
      }
    }
  });
}
