/**
 * The story page as a reader meets it: the verdict on the first screen with links that land, every
 * `#fragment` landing just under the header when opened cold (at 360, 768 and 1440 px, smooth
 * scrolling on), disclosures that open without JavaScript, and, for the real two-report story, the
 * height and print budgets. Runs against the real site (project "root") and against generated
 * 3- and 5-report stories (project "fixtures").
 */
import { join } from 'node:path';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { fragments, LANDING_TOLERANCE, landing, printedPageCount, settle } from '../../scripts/measure-reading.ts';
import { loadCorpus } from '../../src/build/content-files.ts';
import type { StoryView } from '../../src/model/corpus.ts';
import { anchors, paths } from '../../src/model/paths.ts';
import { corpus, rel } from './content.ts';
import { FIXTURE_CONTENT, FIXTURE_REPORTS } from './fixture-site.ts';

/** The stories this project serves: the real ones, or the generated 3- and 5-report ones. */
function stories(info: TestInfo): StoryView[] {
  if (info.project.name !== 'fixtures') return corpus.stories;
  const fixture = loadCorpus(join(FIXTURE_CONTENT, 'content')).corpus.stories;
  expect(fixture.map((s) => s.reportViews.length)).toEqual(FIXTURE_REPORTS);
  return fixture;
}

const HEIGHTS = { 360: 780, 768: 1024, 1440: 900 } as const;

/** Tests of the real site only (playwright.config.ts leaves them out of the fixtures project). */
const REAL_STORY = { tag: '@real-story' };

const landed = ({ off, atBottom }: { off: number; atBottom: boolean }) =>
  !Number.isNaN(off) && off >= -LANDING_TOLERANCE && (off <= LANDING_TOLERANCE || atBottom);

/**
 * Opens `path#id` as a new document and says how far from its place the target came to rest. On a
 * loaded machine the fragment's scroll can start late, after the page first looks still: a miss is
 * looked at again for a few seconds before it counts (a target lazily laid out stays missed).
 */
async function openCold(page: Page, path: string, id: string) {
  await page.goto('about:blank');
  await page.goto(`${path}#${id}`);
  let result = { off: Number.NaN, atBottom: false };
  for (let look = 0; look < 4 && !landed(result); look++) {
    await settle(page);
    result = await landing(page, id);
  }
  return result;
}

/**
 * Cold opens run in this many tabs at once: each open spends most of its time waiting for the
 * scroll to stay still, not computing, so three tabs take about a third of the time of one.
 */
const TABS = 3;

for (const width of [360, 768, 1440] as const) {
  test(`at ${width} px every fragment of the story page, opened cold, lands just under the header`, async ({
    page,
    context,
  }, info) => {
    test.setTimeout(600_000);
    const tabs = [page, ...(await Promise.all(Array.from({ length: TABS - 1 }, () => context.newPage())))];
    for (const tab of tabs) {
      await tab.setViewportSize({ width, height: HEIGHTS[width] });
      await tab.emulateMedia({ reducedMotion: 'no-preference' });
    }
    for (const story of stories(info)) {
      const path = rel(paths.story(story.id));
      await page.goto(path);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
      const ids = await fragments(page);
      // The claims, quotes and questions are among them, whatever else the page links to.
      for (const claim of story.claims) expect(ids).toContain(anchors.claim(claim.id));
      const queue = [...ids];
      const misses: string[] = [];
      await Promise.all(
        tabs.map(async (tab) => {
          for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
            const result = await openCold(tab, path, id);
            if (!landed(result)) misses.push(`#${id}: ${result.off} px`);
          }
        }),
      );
      expect(misses, `${story.id}: fragments that did not land`).toEqual([]);
    }
  });
}

for (const [width, height] of [
  [360, 780],
  [1440, 900],
] as const) {
  test(`at ${width}x${height} the first screen gives the verdict, and its links land`, async ({ page }, info) => {
    await page.setViewportSize({ width, height });
    for (const story of stories(info)) {
      await page.goto(rel(paths.story(story.id)));
      const lines = page.locator('[data-verdict-line]');
      // One line each for agreement and disagreement, and for single-report claims one per report
      // when there are two reports, one for all of them when there are more.
      const single = story.reportViews.length === 2 ? story.verdict.only.length : Math.min(1, story.coverage.single);
      await expect(lines).toHaveCount(2 + single);
      for (const line of await lines.all()) {
        expect((await line.boundingBox())!.y, await line.innerText()).toBeLessThan(height);
      }
      const shared = page.locator('[data-verdict-line="shared"]');
      await expect(shared).toContainText(String(story.coverage.shared));
      await expect(page.locator('[data-verdict-line="conflicting"]')).toContainText(String(story.coverage.conflicting));
      const link = shared.getByRole('link').first();
      await expect(link).toBeInViewport();
      const target = new URL((await link.getAttribute('href'))!, page.url()).hash.slice(1);
      await link.click();
      await settle(page);
      const { off } = await landing(page, target);
      expect(Math.abs(off)).toBeLessThanOrEqual(LANDING_TOLERANCE);
    }
  });
}

// The budgets are set for the real two-report story: tagged so the fixtures project does not run them.
test(
  'the two-report story page is at most 15 screens tall at 360x780 and 8 at 1440x900',
  REAL_STORY,
  async ({ page }, info) => {
    for (const story of stories(info).filter((s) => s.reportViews.length === 2)) {
      for (const [width, height, budget] of [
        [360, 780, 15],
        [1440, 900, 8],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.goto(rel(paths.story(story.id)));
        const screens = await page.evaluate(() => document.documentElement.scrollHeight / innerHeight);
        info.annotations.push({ type: 'screens', description: `${story.id} ${width}px: ${screens.toFixed(1)}` });
        expect(screens, `${story.id} at ${width} px`).toBeLessThanOrEqual(budget);
      }
    }
  },
);

test('the story prints as a brief of at most 8 A4 pages, report against report', REAL_STORY, async ({ page }, info) => {
  for (const story of stories(info)) {
    await page.goto(rel(paths.story(story.id)));
    await page.emulateMedia({ media: 'print' });
    // The stances stay side by side in print: one row, one column per report.
    const cells = page.locator('[data-claim]').first().locator('[data-stance]');
    const boxes = await Promise.all((await cells.all()).map(async (cell) => (await cell.boundingBox())!));
    for (let i = 1; i < boxes.length; i++) {
      expect(Math.abs(boxes[i]!.y - boxes[0]!.y)).toBeLessThan(2);
      expect(boxes[i]!.x).toBeGreaterThan(boxes[i - 1]!.x);
    }
    const pages = await printedPageCount(page);
    info.annotations.push({ type: 'printed pages', description: `${story.id}: ${pages}` });
    expect(pages).toBeLessThanOrEqual(8);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a claim opens in place to show each report’s words, notes and why they count as one claim', async ({
    page,
  }, info) => {
    for (const story of stories(info)) {
      await page.goto(rel(paths.story(story.id)));
      const claim = story.claims.find((c) => c.sameness && c.cells.filter((cell) => cell.position).length >= 2)!;
      const row = page.locator(`#${anchors.claim(claim.id)}`);
      const evidence = row.locator('.evidence');
      await expect(evidence.first()).toBeHidden();
      await row.locator('summary').click();
      for (const cell of claim.cells.filter((c) => c.position)) {
        await expect(row.locator(`[data-position][data-report="${cell.report.id}"]`)).toContainText(
          cell.position!.evidence.slice(0, 40),
        );
      }
      await expect(row).toContainText(claim.sameness!);
      await expect(row.getByRole('link', { name: /own page/ })).toHaveAttribute(
        'href',
        new RegExp(`${paths.claim(story.id, claim.id)}$`),
      );
    }
  });
});

test('the story page and its family read without joined words, every disclosure open', async ({ page }, info) => {
  for (const story of stories(info)) {
    const family = [
      paths.story(story.id),
      paths.claim(story.id, story.claims[0]!.id),
      paths.report(story.id, story.reportViews[0]!.id),
      ...story.quotes.slice(0, 1).map((q) => paths.quote(story.id, q.id)),
    ];
    for (const path of family) {
      await page.goto(rel(path));
      const text = await page.evaluate(() => {
        for (const details of document.querySelectorAll('details')) details.open = true;
        return document.body.innerText;
      });
      // "envoy,US", "Said:CNN", "report:States": punctuation straight onto the next word.
      const joined = [...text.matchAll(/\S*[a-z)][,;:·][A-Za-z“]\S*/g)]
        .map((m) => m[0])
        .filter((word) => !/^https?:/.test(word));
      expect(joined, path).toEqual([]);
      expect(text, path).not.toMatch(/\b1 (claims|quotes|reports|questions)\b/);
    }
  }
});
