import { expect, test } from '@playwright/test';
import { AGREEMENTS } from '../../src/model/classify.ts';
import { creditSummary, missingProvenance, sourceKindText, UNNAMED_SOURCE } from '../../src/model/labels.ts';
import { anchors, paths } from '../../src/model/paths.ts';
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

test('every outlet page lists what the reports credit to it, reached from the index and from a quote', async ({
  page,
}) => {
  expect(corpus.outlets.length).toBeGreaterThan(0);
  await page.goto(rel(paths.outlets()));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Outlets');
  await expect(page.locator('[data-outlet]')).toHaveCount(corpus.outlets.length);
  const first = corpus.outlets[0]!;
  await page.locator(`[data-outlet="${first.id}"]`).getByRole('link', { name: first.name }).click();
  await expect(page).toHaveURL(new RegExp(`${paths.outlet(first.id)}$`));

  for (const outlet of corpus.outlets) {
    await page.goto(rel(paths.outlet(outlet.id)));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(outlet.name);
    await expect(page.locator(`[data-source-kind="${outlet.kind}"]`).first()).toHaveText(sourceKindText[outlet.kind]);
    await expect(page.locator('[data-credit-summary]')).toHaveText(creditSummary(outlet));
    const claims = page.locator('[data-credited-claim]');
    await expect(claims).toHaveCount(outlet.claims.length);
    for (const claim of outlet.claims) {
      const item = page.locator(`[data-credited-claim="${claim.id}"]`);
      await expect(item.getByRole('link', { name: claim.text })).toBeVisible();
      // The evidence of each report that attributes it, and only those reports.
      const reports = claim.cells.filter((c) => c.attributedTo.includes(outlet));
      await expect(item.locator('[data-report]')).toHaveCount(reports.length);
      for (const cell of reports) {
        await expect(item.locator(`[data-report="${cell.report.id}"] .evidence`)).toContainText(
          cell.position!.evidence,
        );
      }
    }
    for (const [kind, quotes] of [
      ['aired', outlet.aired],
      ['relayed', outlet.relayed],
    ] as const) {
      const section = page.locator(`[data-credits="${kind}"]`);
      await expect(section.locator('[data-quote]')).toHaveCount(quotes.length);
      for (const quote of quotes) await expect(section.locator(`[data-quote="${quote.id}"]`)).toContainText(quote.text);
    }
  }

  // A quote's venue, on the quote's own page (the story page gives quotes one line each), links to
  // the outlet it was said on.
  const story = corpus.stories.find((s) => s.quotes.some((q) => q.venueRef?.outlet))!;
  const quote = story.quotes.find((q) => q.venueRef?.outlet)!;
  const outlet = quote.venueRef!.outlet!;
  await page.goto(rel(paths.quote(story.id, quote.id)));
  await page.locator(`[data-quote="${quote.id}"] [data-venue]`).getByRole('link', { name: outlet.name }).click();
  await expect(page).toHaveURL(new RegExp(`${paths.outlet(outlet.id)}$`));
  await expect(page.locator(`[data-credits="aired"] [data-quote="${quote.id}"]`)).toHaveCount(1);
});

test('a relay step the report leaves unnamed says so', async ({ page }) => {
  const story = corpus.stories.find((s) => s.quotes.some((q) => q.relayRefs.some((r) => !r.source)))!;
  const quote = story.quotes.find((q) => q.relayRefs.some((r) => !r.source))!;
  await page.goto(rel(paths.quote(story.id, quote.id)));
  await expect(page.locator(`[data-quote="${quote.id}"] [data-source-kind="unnamed"]`)).toHaveText(UNNAMED_SOURCE);
});

test('a person the reports only describe has a page listing the claims about them, each leading to its claim', async ({
  page,
}) => {
  const described = corpus.people.filter((p) => p.about.length > 0);
  expect(described.length).toBeGreaterThan(0);
  for (const person of described) {
    await page.goto(rel(paths.person(person.id)));
    const items = page.locator('[data-claims-about] [data-claim-about]');
    await expect(items).toHaveCount(person.about.length);
    for (const claim of person.about) {
      await expect(
        page.locator(`[data-claim-about="${claim.id}"]`).getByRole('link', { name: claim.text }),
      ).toBeVisible();
    }
  }
  const first = described[0]!.about[0]!;
  await page.locator(`[data-claim-about="${first.id}"]`).getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`${paths.claim(first.storyId, first.id)}$`));
});
