import { expect, test } from '@playwright/test';
import { anchors, paths } from '../../src/model/paths.ts';
import { corpus, rel, siteUrl } from './content.ts';

const story = corpus.stories[0]!;
const claim = story.claims.find((c) => c.agreement === 'conflicting') ?? story.claims[0]!;
const quote = story.quotes[0]!;

/** The address the browser is on for a site path: the served origin, not the build's PARALLAX_SITE. */
const served = (baseURL: string, path: string, fragment?: string) =>
  new URL(`${rel(path)}${fragment ? `#${fragment}` : ''}`, baseURL).href;

test('the test server is not the build-time site, so these tests tell the two apart', ({ baseURL }) => {
  expect(new URL(baseURL!).origin).not.toBe(new URL(siteUrl('/')).origin);
});

test('"Copy link" copies the claim page’s address on the origin the reader is using', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(rel(paths.claim(story.id, claim.id)));
  const card = page.locator(`[data-claim="${claim.id}"]`);
  const button = card.getByRole('button', { name: 'Copy link to this claim' });
  await button.click();
  await expect(page.getByRole('status')).toHaveText('Link copied');
  await expect(button).toHaveText(/^Copied/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(served(baseURL!, paths.claim(story.id, claim.id)));
  expect(copied).not.toBe(siteUrl(paths.claim(story.id, claim.id)));
});

test('an item without a page of its own is shared as the page the reader is on plus its fragment', async ({
  page,
  context,
  baseURL,
}) => {
  const question = story.questions[0]!;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${rel(paths.story(story.id))}?from=test`);
  const item = page.locator(`#${anchors.question(question.id)}`);
  // The share control sits in the question's disclosure, one tap deep.
  await item.locator('summary').first().click();
  await item.getByRole('button', { name: 'Copy link to this question' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    served(baseURL!, paths.story(story.id), anchors.question(question.id)),
  );
});

test('a quote’s "Copy link" on its own page copies that page’s served address', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(rel(paths.quote(story.id, quote.id)));
  await page.getByRole('button', { name: 'Copy link to this quote' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    served(baseURL!, paths.quote(story.id, quote.id)),
  );
});

test('where the device has a share sheet, the one button opens it with the served address', async ({
  page,
  baseURL,
}) => {
  await page.addInitScript(() => {
    const calls: ShareData[] = [];
    (window as unknown as { shareCalls: ShareData[] }).shareCalls = calls;
    navigator.share = (data?: ShareData) => {
      calls.push(data ?? {});
      return Promise.resolve();
    };
  });
  // Claims are shared from their own page (the story page gives each claim one row, no controls).
  await page.goto(rel(paths.claim(story.id, claim.id)));
  const card = page.locator(`[data-claim="${claim.id}"]`);
  await expect(card.getByRole('button', { name: 'Copy link to this claim' })).toHaveCount(0);
  await card.getByRole('button', { name: 'Share this claim' }).click();
  const calls = await page.evaluate(() => (window as unknown as { shareCalls: ShareData[] }).shareCalls);
  expect(calls).toEqual([{ title: claim.text, url: served(baseURL!, paths.claim(story.id, claim.id)) }]);
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
