import { expect, test } from '@playwright/test';
import { AGREEMENTS } from '../../src/lib/classify.ts';
import { missingProvenance } from '../../src/lib/labels.ts';
import { anchors, paths } from '../../src/lib/paths.ts';
import { corpus, rel } from './content.ts';

test('home lists every story with its coverage at a glance', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stories');
  for (const story of corpus.stories) {
    const card = page.locator(`[data-story="${story.id}"]`);
    await expect(card.getByRole('link', { name: story.title })).toBeVisible();
    for (const agreement of AGREEMENTS) {
      await expect(card.locator(`[data-count="${agreement}"]`)).toHaveText(String(story.coverage[agreement]));
    }
  }
});

test('home → story → report → back to the comparison, by clicking', async ({ page }) => {
  const story = corpus.stories[0]!;
  const report = story.reportViews[0]!;
  await page.goto('./');
  await page.getByRole('link', { name: story.title }).click();
  await expect(page).toHaveURL(new RegExp(`${paths.story(story.id)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);

  await page.getByRole('link', { name: report.title }).click();
  await expect(page).toHaveURL(new RegExp(`${paths.report(story.id, report.id)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(report.title);
  // The summary is rendered Markdown, not raw text.
  await expect(page.locator('.prose').first().locator('p').first()).toBeVisible();

  const claim = report.claims[0]!;
  await page.getByRole('link', { name: claim.text }).click();
  await expect(page).toHaveURL(new RegExp(`${paths.story(story.id)}#${anchors.claim(claim.id)}$`));
  await expect(page.locator(`#${anchors.claim(claim.id)}`)).toBeInViewport();

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Stories' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stories');
});

test('every claim, quote and question of every story is on its page, attributed', async ({ page }) => {
  for (const story of corpus.stories) {
    await page.goto(rel(paths.story(story.id)));
    for (const claim of story.claims) {
      const card = page.locator(`#${anchors.claim(claim.id)}`);
      await expect(card).toContainText(claim.text);
      await expect(card.locator('[data-agreement]')).toHaveAttribute('data-agreement', claim.agreement);
      await expect(card.locator('[data-agreement]')).toHaveText(claim.agreementLabel);
      await expect(card.locator('[data-stance]')).toHaveCount(story.reportViews.length);
    }
    for (const quote of story.quotes) {
      const figure = page.locator(`#${anchors.quote(quote.id)}`);
      await expect(figure.locator('blockquote')).toContainText(quote.text);
      // Under its speaker's name, saying which report carries it and whether first- or second-hand.
      const speaker = page.locator(`[data-speaker="${quote.speaker}"]`);
      await expect(speaker.getByRole('heading')).toContainText(quote.speakerRef.name);
      await expect(speaker.locator(`#${anchors.quote(quote.id)}`)).toHaveCount(1);
      await expect(figure).toHaveAttribute('data-report', quote.report);
      await expect(figure.locator('figcaption')).toContainText(quote.reportRef.label);
      await expect(figure.locator('[data-relay]')).toHaveAttribute(
        'data-relay',
        quote.firstHand ? 'first-hand' : 'relayed',
      );
      await expect(figure.locator('figcaption')).toContainText(quote.firstHand ? 'first-hand' : 'second-hand');
    }
    for (const question of story.questions) {
      await expect(page.locator(`#${anchors.question(question.id)}`)).toContainText(question.text);
    }
  }
});

test('report pages say in one line what the archive does not record, and name the archive file', async ({ page }) => {
  for (const story of corpus.stories) {
    for (const report of story.reportViews) {
      await page.goto(rel(paths.report(story.id, report.id)));
      const missing = missingProvenance(report);
      if (missing) await expect(page.locator('[data-missing-provenance]')).toHaveText(missing);
      else await expect(page.locator('[data-missing-provenance]')).toHaveCount(0);
      if (report.publisher) await expect(page.locator('[data-field="Publisher"]')).toHaveText(report.publisher);
      else await expect(page.locator('[data-field="Publisher"]')).toHaveCount(0);
      if (report.url) await expect(page.locator('[data-field="Original URL"]')).toHaveText(report.url);
      await expect(page.getByText(report.archive, { exact: true })).toBeVisible();
      await expect(page.getByRole('heading', { name: `Its quotes (${report.quotes.length})` })).toBeVisible();
    }
  }
});

test('an unknown address gets the 404 page', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'See all stories' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stories');
});
