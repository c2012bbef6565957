import { expect, test } from '@playwright/test';
import { anchors, paths } from '../../src/lib/paths.ts';
import { corpus, rel, siteUrl } from './content.ts';

const story = corpus.stories[0]!;
const claim = story.claims.find((c) => c.agreement === 'conflicting') ?? story.claims[0]!;
const quote = story.quotes[0]!;

test('"Copy link" on a claim’s page puts its absolute URL on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(rel(paths.claim(story.id, claim.id)));
  const card = page.locator(`[data-claim="${claim.id}"]`);
  await card.getByRole('button', { name: 'Copy link to this claim' }).click();
  await expect(page.getByRole('status')).toHaveText('Link copied');
  await expect(card.locator('[data-copy]')).toHaveText(/^Copied/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(siteUrl(paths.claim(story.id, claim.id)));
});

test('a quote’s "Copy link" on its own page copies that page’s URL', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(rel(paths.quote(story.id, quote.id)));
  await page.getByRole('button', { name: 'Copy link to this quote' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(siteUrl(paths.quote(story.id, quote.id)));
});

test('a deep link scrolls to its claim and highlights it', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const last = story.claims.at(-1)!;
  await page.goto(`${rel(paths.story(story.id))}#${anchors.claim(last.id)}`);
  const target = page.locator(`#${anchors.claim(last.id)}`);
  await expect(target).toBeInViewport();
  const style = await target.evaluate((el) => {
    const s = getComputedStyle(el);
    return { outline: s.outlineStyle, matches: el.matches(':target') };
  });
  expect(style).toEqual({ outline: 'solid', matches: true });
  // Only the target is highlighted.
  const first = page.locator(`#${anchors.claim(story.claims[0]!.id)}`);
  expect(await first.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('every permalink is still there and visible; the script-only buttons are not', async ({ page }) => {
    await page.goto(rel(paths.claim(story.id, claim.id)));
    await expect(page.getByRole('link', { name: 'Link to this claim' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy link to this claim' })).toBeHidden();
  });

  test('the story page shares each item once: claims and quotes by their pages, questions by anchor', async ({
    page,
  }) => {
    await page.goto(rel(paths.story(story.id)));
    // A question has no page of its own: its permalink, once, sits with it.
    expect(await page.locator('[data-permalink]').count()).toBe(story.questions.length);
    for (const c of story.claims) {
      await expect(page.locator(`#${anchors.claim(c.id)} a[href$="${paths.claim(story.id, c.id)}"]`), c.id).toHaveCount(
        1,
      );
    }
    for (const q of story.quotes) {
      await expect(page.locator(`#${anchors.quote(q.id)} a[href$="${paths.quote(story.id, q.id)}"]`), q.id).toHaveCount(
        1,
      );
    }
  });
});
