/** The site deployed under a sub-path (TEST_SUB_PATH, /parallax/, as on a GitHub Pages project site). */
import { expect, test } from '@playwright/test';
import { paths } from '../../src/model/paths.ts';
import { allPages, corpus, rel } from './content.ts';
import { watchProblems } from './watch.ts';
import { TEST_SUB_PATH } from '../../src/model/deployment.ts';

const story = corpus.stories[0]!;

test('every page loads under the sub-path with all its assets and no error', async ({ page, baseURL }) => {
  expect(new URL(baseURL!).pathname).toBe(TEST_SUB_PATH);
  for (const path of allPages()) {
    const problems = watchProblems(page, baseURL!);
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole('link', { name: 'Skip to content' })).not.toBeInViewport();
    expect(problems, path).toEqual([]);
    page.removeAllListeners();
  }
});

test('the 404 page works under the sub-path, styled, with links back into it', async ({ page, baseURL }) => {
  const problems = watchProblems(page, baseURL!);
  const response = await page.goto('no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: 'Skip to content' })).not.toBeInViewport();
  expect(problems).toEqual([]);
  await page.getByRole('link', { name: 'See all stories' }).click();
  await expect(page).toHaveURL(baseURL!);
  await page.getByRole('link', { name: story.title }).click();
  await expect(page).toHaveURL(new URL(rel(paths.story(story.id)), baseURL).href);
});
