/**
 * The story page's pictures and comparison rows as a reader meets them: visible at desktop and
 * phone widths without sideways scrolling, a claim row that opens anywhere it is clicked, quote
 * provenance on each quote's page, and a timeline that says what the data says. Expectations come
 * from the content, never from hard-coded counts.
 */
import { expect, test, type Page } from '@playwright/test';
import { formatDate, sourceName, stanceText } from '../../src/model/labels.ts';
import { anchors, paths } from '../../src/model/paths.ts';
import { dateSourceText } from '../../src/model/labels.ts';
import { corpus, rel } from './content.ts';

async function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

for (const story of corpus.stories) {
  const url = rel(paths.story(story.id));
  const undated = story.events.every((e) => e.dateSource === 'outside-context');

  for (const width of [1440, 360]) {
    test(`${story.id} at ${width} px: the timeline and coverage bar are visible, inside the window`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(url);
      for (const selector of ['[data-timeline]', '[data-verdict] svg']) {
        const picture = page.locator(selector);
        await picture.scrollIntoViewIfNeeded();
        await expect(picture).toBeVisible();
        const box = (await picture.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
      }
      if (!undated) {
        // The timeline's SVG stretches without scaling its text: tick labels keep the page's size.
        const tick = page.locator('[data-timeline-axis] text').first();
        expect((await tick.boundingBox())!.height).toBeGreaterThanOrEqual(10);
      }
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    });
  }

  test(`${story.id}: a claim row opens wherever it is clicked, and looks clickable`, async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(url);
    const claim = story.claims.at(-1)!;
    const row = page.locator(`#${anchors.claim(claim.id)}`);
    const summary = row.locator('summary');
    expect(await summary.evaluate((el) => getComputedStyle(el).cursor)).toBe('pointer');
    await expect(row.locator('.evidence').first()).toBeHidden();
    // A click on the last report's stance, away from the claim's words, opens the row too.
    await row.locator('[data-stance]').last().click();
    await expect(row.locator('.evidence').first()).toBeVisible();
    await expect(row.locator('details')).toHaveAttribute('open', '');
  });

  test(`${story.id}: each row says each report’s stance in words`, async ({ page }) => {
    await page.goto(url);
    for (const claim of story.claims) {
      const cells = page.locator(`#${anchors.claim(claim.id)} [data-stance]`);
      await expect(cells).toHaveCount(claim.cells.length);
      for (const [i, cell] of claim.cells.entries()) {
        const stance = cell.position?.stance ?? 'silent';
        await expect(cells.nth(i)).toHaveAttribute('data-stance', stance);
        await expect(cells.nth(i)).toContainText(stanceText[stance]);
        for (const person of cell.attributedTo) await expect(cells.nth(i)).toContainText(person.name);
      }
    }
  });

  test(`${story.id}: the quotes say how many are first-hand, and each quote page shows its chain`, async ({ page }) => {
    await page.goto(url);
    const firstHand = story.quotes.filter((q) => q.firstHand).length;
    await expect(page.locator('[data-hand-count="first-hand"]')).toHaveText(String(firstHand));
    await expect(page.locator('[data-hand-count="second-hand"]')).toHaveText(String(story.quotes.length - firstHand));
    for (const quote of story.quotes) {
      await page.goto(rel(paths.quote(story.id, quote.id)));
      const item = page.locator(`[data-provenance="${quote.id}"]`);
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

  test(`${story.id}: the timeline marks each date as stated or outside context, or says none is stated`, async ({
    page,
  }) => {
    await page.goto(url);
    const timeline = page.locator('[data-timeline]');
    const items = timeline.locator('[data-timeline-event]');
    await expect(items).toHaveCount(story.events.length);
    if (undated) {
      await expect(timeline.locator('[data-no-date-stated]')).toBeVisible();
      await expect(timeline.getByRole('img', { name: /^Timeline of/ })).toHaveCount(0);
    } else {
      await expect(timeline.getByRole('img', { name: `Timeline of ${story.events.length} events` })).toBeVisible();
      for (const source of ['stated', 'outside-context'] as const) {
        const count = story.events.filter((e) => e.dateSource === source).length;
        await expect(timeline.locator(`[data-marker="${source}"]`)).toHaveCount(count);
      }
    }
    for (const source of ['stated', 'outside-context'] as const) {
      const count = story.events.filter((e) => e.dateSource === source).length;
      await expect(timeline.locator(`[data-date-source="${source}"]`)).toHaveCount(count);
    }
    const sorted = [...story.events].sort((a, b) => a.date.localeCompare(b.date));
    for (const [i, event] of sorted.entries()) {
      const item = items.nth(i);
      await expect(item.locator('time')).toHaveAttribute('datetime', event.date);
      await expect(item).toContainText(formatDate(event.date));
      if (!undated) await expect(item).toContainText(dateSourceText[event.dateSource].toLowerCase());
      await expect(item).toContainText(event.label);
      if (event.note) await expect(item).toContainText(event.note);
    }
  });
}
