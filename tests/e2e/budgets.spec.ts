/** The story page's total weight, measured as a reader downloads it: every resource, compressed. */
import { expect, test } from '@playwright/test';
import { paths } from '../../src/model/paths.ts';
import { corpus, rel } from './content.ts';
import { recordWeight } from './weight.ts';

// The page, its stylesheet, script and the two web fonts it uses.
const STORY_BUDGET = 80 * 1024;

for (const story of corpus.stories) {
  test(`the story page of ${story.id} transfers at most 80 KB compressed, fonts and everything else included`, async ({
    page,
  }) => {
    const weight = recordWeight(page);
    await page.goto(rel(paths.story(story.id)));
    await page.waitForLoadState('networkidle');
    const { total, byType } = await weight();
    test.info().annotations.push({ type: 'weight', description: `${total} bytes: ${JSON.stringify(byType)}` });
    // The measurement saw the page and its stylesheet, so the total counts what styles the page.
    expect(await page.locator('head link[rel="stylesheet"]').count()).toBeGreaterThan(0);
    expect(byType.document ?? 0).toBeGreaterThan(0);
    expect(byType.stylesheet ?? 0).toBeGreaterThan(0);
    expect(byType.font ?? 0).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(STORY_BUDGET);
  });
}
