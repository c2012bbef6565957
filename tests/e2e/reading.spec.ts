import { expect, test, type Page } from '@playwright/test';
import { paths } from '../../src/lib/paths.ts';
import { corpus, rel } from './content.ts';

const story = corpus.stories[0]!;
const storyPath = rel(paths.story(story.id));
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const LIGHT_PAPER = 'rgb(251, 250, 247)';
const DARK_PAPER = 'rgb(18, 17, 16)';

test.describe('themes', () => {
  test('follow the system setting when the reader has not chosen', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(storyPath);
    expect(await background(page)).toBe(DARK_PAPER);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background(page)).toBe(LIGHT_PAPER);
  });

  test('the toggle switches, says its state, and the choice persists across pages and visits', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(storyPath);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await background(page)).toBe(DARK_PAPER);
    await page.goto('');
    expect(await background(page)).toBe(DARK_PAPER);
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.reload();
    expect(await background(page)).toBe(LIGHT_PAPER);
  });

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
    test('the system theme still applies and the toggle stays out of the way', async ({ page }) => {
      await page.goto(storyPath);
      expect(await background(page)).toBe(DARK_PAPER);
      await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
    });
  });
});

test('printing gives a clean light document with the page’s address', async ({ page }) => {
  await page.goto(storyPath);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.emulateMedia({ media: 'print' });
  expect(await background(page)).toBe(LIGHT_PAPER);
  await expect(page.getByText(/^Printed from https?:\/\/.+\/stories\//)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
  await expect(page.getByRole('button', { name: /Copy link/ }).first()).toBeHidden();
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
