import { expect, test, type Page } from '@playwright/test';
import { paths } from '../../src/model/paths.ts';
import { corpus, rel } from './content.ts';

const story = corpus.stories[0]!;
const storyPath = rel(paths.story(story.id));
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const LIGHT_PAPER = 'rgb(251, 250, 247)';
const DARK_PAPER = 'rgb(18, 17, 16)';

test.describe('themes', () => {
  const control = (page: Page) => page.getByRole('group', { name: 'Theme' });
  const choice = (page: Page, name: 'System' | 'Light' | 'Dark') => control(page).getByRole('button', { name });
  const expectChosen = async (page: Page, name: 'System' | 'Light' | 'Dark') => {
    for (const other of ['System', 'Light', 'Dark'] as const) {
      await expect(choice(page, other)).toHaveAttribute('aria-pressed', String(other === name));
    }
  };

  test('follow the system setting when the reader has not chosen', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(storyPath);
    expect(await background(page)).toBe(DARK_PAPER);
    await expectChosen(page, 'System');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background(page)).toBe(LIGHT_PAPER);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`each choice applies, shows as pressed and survives a reload (device ${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(storyPath);
      await choice(page, 'Dark').click();
      await expectChosen(page, 'Dark');
      expect(await background(page)).toBe(DARK_PAPER);
      await page.reload();
      await expectChosen(page, 'Dark');
      expect(await background(page)).toBe(DARK_PAPER);

      await choice(page, 'Light').click();
      await expectChosen(page, 'Light');
      expect(await background(page)).toBe(LIGHT_PAPER);
      await page.goto('');
      await expectChosen(page, 'Light');
      expect(await background(page)).toBe(LIGHT_PAPER);

      // "System" can be chosen again: the page follows the device, now and after a reload.
      await choice(page, 'System').click();
      await expectChosen(page, 'System');
      expect(await background(page)).toBe(scheme === 'dark' ? DARK_PAPER : LIGHT_PAPER);
      await page.reload();
      await expectChosen(page, 'System');
      const other = scheme === 'dark' ? 'light' : 'dark';
      await page.emulateMedia({ colorScheme: other });
      expect(await background(page)).toBe(other === 'dark' ? DARK_PAPER : LIGHT_PAPER);
    });
  }

  test('a saved choice is applied before the page is first drawn', async ({ page }) => {
    await page.goto('');
    await page.evaluate(() => localStorage.setItem('parallax-theme', 'dark'));
    // Read the theme the moment the document is parsed, before stylesheets or module scripts run.
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { themeAtParse: string }).themeAtParse = document.documentElement.dataset.theme ?? '';
      }),
    );
    await page.goto(storyPath);
    expect(await page.evaluate(() => (window as unknown as { themeAtParse: string }).themeAtParse)).toBe('dark');
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false, colorScheme: 'dark' });
    test('the system theme still applies and the control stays out of the way', async ({ page }) => {
      await page.goto(storyPath);
      expect(await background(page)).toBe(DARK_PAPER);
      await expect(page.getByRole('group', { name: 'Theme' })).toBeHidden();
    });
  });
});

test('printing gives a plain light document in the reading face, its address on every page, nothing to operate', async ({
  page,
}) => {
  await page.goto(storyPath);
  await page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: 'Dark' }).click();
  await page.emulateMedia({ media: 'print' });
  // No background fill, and the light theme's ink.
  expect(await background(page)).toBe('rgba(0, 0, 0, 0)');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(29, 28, 26)');
  // The public (canonical) address, fixed at the foot so Chromium repeats it on each page.
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  const address = page.locator('.print-address');
  await expect(address).toHaveText(`Printed from ${canonical!}`);
  expect(await address.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
  await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
  await expect(page.getByRole('group', { name: 'Theme' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeHidden();
  await expect(page.locator('[data-share]').first()).toBeHidden();
  expect(await page.locator('[data-print="hide"]:visible, button:visible').count()).toBe(0);
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"?Source Serif 4/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Claim by claim' })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

test('reduced motion turns off smooth scrolling and the arrival animation', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const claim = story.claims[3]!;
  await page.goto(`${storyPath}#claim-${claim.id}`);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  expect(await page.locator(`#claim-${claim.id}`).evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
});

test.describe('the table of contents', () => {
  test('stays in view on a wide screen while the reader scrolls, and jumps to a topic', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(storyPath);
    const contents = page.getByRole('navigation', { name: 'On this page' });
    await page.getByRole('heading', { name: 'Open questions' }).scrollIntoViewIfNeeded();
    await expect(contents).toBeInViewport();
    const topic = story.topicGroups.at(-1)!.topic;
    await contents.getByRole('link', { name: new RegExp(`^${topic.label}`) }).click();
    await expect(page.getByRole('heading', { level: 3, name: topic.label })).toBeInViewport();
  });

  test('on a phone it follows the verdict rather than standing before it, and scrolls away', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(storyPath);
    const contents = page.getByRole('navigation', { name: 'On this page' });
    await expect(contents).toBeVisible();
    const verdict = (await page.locator('[data-verdict]').boundingBox())!;
    expect((await contents.boundingBox())!.y).toBeGreaterThan(verdict.y + verdict.height);
    await page.getByRole('heading', { name: 'Open questions' }).scrollIntoViewIfNeeded();
    await expect(contents).not.toBeInViewport();
  });
});

test('every interactive element shows where the keyboard focus is', async ({ page }) => {
  await page.goto(storyPath);
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    });
    expect(outline).toBe(true);
  }
});
