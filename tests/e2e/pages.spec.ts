/**
 * Every public page (the sitemap's list), visited once: it loads with no CSP violation, error,
 * failed or foreign request; it has its own title, description, absolute canonical URL and a
 * valid 1200x630 share image; axe finds no accessibility violation in either theme; no words run
 * together where elements meet (seams.ts; copy.spec.ts tests the detector); and pages other than
 * search ship at most 10 KB of compressed JavaScript.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { sitemapPages } from './dist.ts';
import { expectNoSeams } from './seams.ts';
import { watchProblems } from './watch.ts';
import { recordWeight } from './weight.ts';

const JS_BUDGET = 10 * 1024;

async function expectShareMetadata(page: Page, request: APIRequestContext) {
  const meta = (selector: string) => page.locator(selector).getAttribute('content');
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical).toMatch(/^https?:\/\//);
  expect(new URL(canonical!).pathname).toBe(new URL(page.url()).pathname);
  expect(await meta('meta[property="og:url"]')).toBe(canonical);
  expect((await meta('meta[name="description"]'))?.length).toBeGreaterThan(20);
  expect(await meta('meta[property="og:title"]')).toBeTruthy();
  expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
  const image = await meta('meta[property="og:image"]');
  expect(image).toMatch(/^https?:\/\/.+\.png$/);
  expect(await meta('meta[name="twitter:image"]')).toBe(image);

  // A real 1200x630 PNG: the signature, then the IHDR chunk's width and height.
  const response = await request.get(new URL(image!).pathname);
  expect(response.status()).toBe(200);
  const png = await response.body();
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
}

for (const path of sitemapPages()) {
  test(`/${path}: loads cleanly, is shareable and accessible`, async ({ page, request, baseURL }) => {
    const problems = watchProblems(page, baseURL!);
    const weight = recordWeight(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
    if (path !== 'search/') expect((await weight()).byType.script ?? 0).toBeLessThanOrEqual(JS_BUDGET);
    await expectShareMetadata(page, request);
    await expectNoSeams(page);
    await expectNoAxeViolations(page);
  });
}

test('an unknown address gets the styled 404 page, accessible and with working links', async ({ page, baseURL }) => {
  const problems = watchProblems(page, baseURL!);
  const response = await page.goto('no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  // The stylesheet applied: the skip link is visually hidden until focused.
  await expect(page.getByRole('link', { name: 'Skip to content' })).not.toBeInViewport();
  expect(problems).toEqual([]);
  await expectNoSeams(page);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'See all stories' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stories');
});

test('the accessibility check finds a planted fault, so the visits above can fail', async ({ page }) => {
  await page.goto('');
  await page.evaluate(() => document.querySelector('main')?.insertAdjacentHTML('beforeend', '<button></button>'));
  await expect(expectNoAxeViolations(page)).rejects.toThrow(/light: button-name/);
});
