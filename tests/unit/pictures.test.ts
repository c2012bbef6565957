import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import ClaimRow from '../../src/components/ClaimRow.astro';
import ProvenanceChain from '../../src/components/pictures/ProvenanceChain.astro';
import Timeline from '../../src/components/pictures/Timeline.astro';
import { stanceFacts } from '../../src/model/view/claim.ts';
import { stanceSentence } from '../../src/model/labels.ts';
import { href } from '../../src/data/site.ts';
import { loadCorpus } from '../../src/build/content-files.ts';
import type { OutletView, StoryView } from '../../src/model/corpus.ts';
import { UNNAMED_SOURCE } from '../../src/model/labels.ts';
import { anchors, paths } from '../../src/model/paths.ts';
import { CELL_STANCES, dateGlyph, linkGlyph, stanceGlyph } from '../../src/model/pictures/glyphs.ts';
import { cellStance, matrixGroups, reportTallies } from '../../src/model/pictures/matrix.ts';
import {
  handsByReport,
  handTally,
  provenanceChain,
  shorten,
  VENUE_NOT_STATED,
  venueText,
} from '../../src/model/pictures/provenance.ts';
import {
  dateScale,
  dateTicks,
  dayNumber,
  percent,
  timelineGeometry,
  timelineLayout,
} from '../../src/model/pictures/timeline.ts';
import type { StoryEvent } from '../../src/schemas/index.ts';

const fixture = loadCorpus('tests/fixtures/content/valid').corpus.story('harbour-bridge')!;
const real = loadCorpus('content').corpus.stories;
/** The invented fixture story and every real story: the pictures must hold for any content. */
const stories: StoryView[] = [fixture, ...real];

/** How many times `needle` occurs in `html`. */
const count = (html: string, needle: string) => html.split(needle).length - 1;
const shape = (parts: readonly { d: string }[]) => parts.map((p) => p.d).join(' ');

const event = (date: string, dateSource: StoryEvent['dateSource'] = 'stated', reports: string[] = []): StoryEvent => ({
  date,
  label: `Event on ${date}`,
  dateSource,
  reports,
});

describe('glyphs', () => {
  it('gives every stance, date source and link kind its own shape, so colour is never the only cue', () => {
    expect(new Set(CELL_STANCES.map((s) => shape(stanceGlyph[s]))).size).toBe(CELL_STANCES.length);
    expect(shape(dateGlyph.stated)).not.toBe(shape(dateGlyph['outside-context']));
    expect(linkGlyph.relayed.some((p) => p.dashed)).toBe(true);
    expect(linkGlyph.direct.some((p) => p.dashed)).toBe(false);
  });
});

describe('coverage matrix model', () => {
  it.each(stories.map((s) => [s.id, s] as const))('%s: one row per claim, one stance per report', (_, story) => {
    const groups = matrixGroups(story);
    const rows = groups.flatMap((g) => g.rows);
    expect(rows.map((r) => r.claim.id).sort()).toEqual(story.claims.map((c) => c.id).sort());
    for (const { claim, stances } of rows) {
      expect(stances).toEqual(story.reportViews.map((r) => claim.positions[r.id]?.stance ?? 'silent'));
    }
    // Topics keep the story's reading order.
    const order = story.topics.map((t) => t.id);
    const seen = groups.map((g) => order.indexOf(g.topic.id));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('a report not listed in a claim’s positions is silent', () => {
    const claim = fixture.claims.find((c) => c.id === 'wider-cycle-lane')!;
    expect(claim.cells.map(cellStance)).toEqual(['silent', 'silent', 'asserts']);
  });

  it('tallies the claims each report makes', () => {
    expect(reportTallies(fixture).map((t) => [t.report.id, t.speaks])).toEqual([
      ['radio-report', 2],
      ['gazette-report', 2],
      ['cycling-report', 2],
    ]);
  });
});

describe('quote provenance model', () => {
  const quote = (id: string) => fixture.quotes.find((q) => q.id === id)!;

  it('a first-hand quote runs speaker → venue → report with no dashed link', () => {
    const chain = provenanceChain(quote('moreno-deck-is-safe'));
    expect(chain.map((s) => [s.kind, s.label])).toEqual([
      ['speaker', 'Ada Moreno'],
      ['venue', 'Radio Harbour, Morning Desk'],
      ['report', quote('moreno-deck-is-safe').reportRef.label],
    ]);
    expect(chain.some((s) => s.relayed)).toBe(false);
    expect(chain.at(-1)!.via).toBe('cited directly in');
  });

  it('a relayed quote passes through each relay, dashed, and says so when the venue is not stated', () => {
    const relayed = quote('moreno-deck-is-safe-gazette');
    const chain = provenanceChain(relayed);
    expect(chain.map((s) => s.kind)).toEqual(['speaker', 'venue', 'relay', 'report']);
    expect(chain[1]).toMatchObject({ label: VENUE_NOT_STATED, stated: false });
    expect(chain[2]).toMatchObject({ label: 'The Gazette', relayed: true });
    expect(chain[3]).toMatchObject({ relayed: true, via: 'quoted in' });
  });

  it.each(stories.map((s) => [s.id, s] as const))('%s: chains and tallies follow the data', (_, story) => {
    for (const q of story.quotes) {
      const chain = provenanceChain(q);
      expect(chain.filter((s) => s.kind === 'relay').map((s) => s.label)).toEqual(
        q.relayRefs.map((r) => r.source?.name ?? UNNAMED_SOURCE),
      );
      expect(chain.some((s) => s.relayed)).toBe(!q.firstHand);
    }
    const tally = handTally(story.quotes);
    expect(tally.firstHand + tally.secondHand).toBe(story.quotes.length);
    expect(tally.secondHand).toBe(story.quotes.filter((q) => q.relay.length > 0).length);
    const strips = handsByReport(story.reportViews, story.quotes);
    expect(strips.reduce((n, s) => n + s.hands.length, 0)).toBe(story.quotes.length);
  });

  it('names a venue from whatever the report states', () => {
    const outlet = (id: string, name: string, kind: 'outlet' | 'platform') =>
      ({ id, name, kind, claims: [], relayed: [], aired: [], about: [] }) satisfies OutletView;
    expect(venueText({ outlet: outlet('cbs', 'CBS', 'outlet'), programme: 'Face the Nation' })).toBe(
      'CBS, Face the Nation',
    );
    expect(venueText({ platform: outlet('truth-social', 'Truth Social', 'platform') })).toBe('Truth Social');
    expect(venueText(fixture.quotes[0]!.venueRef)).toBe('Radio Harbour, Morning Desk');
    expect(venueText(undefined)).toBeUndefined();
  });

  it('shortens long text at a word boundary and leaves short text alone', () => {
    expect(shorten('big progress', 72)).toBe('big progress');
    const long = 'We were able to win an agreement that the United States and other European nations could offer';
    const short = shorten(long, 40);
    expect(short.length).toBeLessThanOrEqual(40);
    expect(short).toBe('We were able to win an agreement that…');
  });
});

describe('timeline layout', () => {
  it('counts calendar days in UTC', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2025-08-18') - dayNumber('2025-08-15')).toBe(3);
  });

  it('pads the scale so markers stay off the edges, and centres a single day', () => {
    const one = dateScale([dayNumber('2030-03-04')]);
    expect(one.x(dayNumber('2030-03-04'))).toBeCloseTo(0.5);
    const span = dateScale([0, 10]);
    expect(span.x(0)).toBeGreaterThan(0.06);
    expect(span.x(10)).toBeLessThan(0.94);
    expect(span.x(5)).toBeCloseTo(0.5);
  });

  it('ticks every day over a few days, and by month or year over long spans, never more than five', () => {
    const days = dateTicks(dateScale([dayNumber('2025-08-15'), dayNumber('2025-08-18')]));
    expect(days.map((t) => t.label)).toEqual(['15 Aug', '16 Aug', '17 Aug', '18 Aug']);
    const months = dateTicks(dateScale([dayNumber('2025-01-10'), dayNumber('2025-06-20')]));
    expect(months.length).toBeLessThanOrEqual(5);
    expect(months[0]!.label).toMatch(/^[A-Z][a-z]{2} 2025$/);
    const years = dateTicks(dateScale([dayNumber('2001-03-01'), dayNumber('2024-03-01')]));
    expect(years.length).toBeLessThanOrEqual(5);
    expect(years.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
    for (const ticks of [days, months, years]) {
      expect(ticks.every((t) => t.x > 0 && t.x < 1)).toBe(true);
    }
  });

  it('numbers events by date and stacks those too close to share a row', () => {
    const layout = timelineLayout([event('2025-08-18'), event('2025-08-15'), event('2025-08-15', 'outside-context')]);
    expect(layout.points.map((p) => [p.event.date, p.number])).toEqual([
      ['2025-08-15', 1],
      ['2025-08-15', 2],
      ['2025-08-18', 3],
    ]);
    expect(layout.points.map((p) => p.stack)).toEqual([0, 1, 0]);
    expect(layout.stacks).toBe(2);
    expect([layout.first, layout.last]).toEqual(['2025-08-15', '2025-08-18']);
  });

  it('grows the picture by a row per stack and a lane per report', () => {
    const base = timelineGeometry(1, 2);
    expect(timelineGeometry(2, 2).height).toBeGreaterThan(base.height);
    expect(timelineGeometry(1, 3).height).toBeGreaterThan(base.height);
    expect(base.markerY(0)).toBeLessThan(base.axisY);
    expect(base.laneY(0)).toBeGreaterThan(base.tickLabelY);
    expect(percent(0.5)).toBe('50.00%');
  });
});

describe('the pictures as rendered', async () => {
  const container = await AstroContainer.create();
  const render = (story: StoryView) => container.renderToString(Timeline, { props: { story } });

  it.each(stories.map((s) => [s.id, s] as const))('%s: a row per claim, a stance per report', async (_, story) => {
    for (const claim of story.claims) {
      const html = await container.renderToString(ClaimRow, { props: { claim } });
      expect(html).toContain(`id="${anchors.claim(claim.id)}"`);
      expect(count(html, 'data-stance=')).toBe(story.reportViews.length);
      for (const stance of CELL_STANCES) {
        expect(count(html, `data-stance="${stance}"`)).toBe(claim.cells.filter((c) => cellStance(c) === stance).length);
      }
      // The narrow screens' sentence, the evidence one tap deeper, and the claim's own page.
      expect(html).toContain(
        stanceSentence(claim.cells.map(stanceFacts)).replaceAll('&', '&amp;').replaceAll("'", '&#39;'),
      );
      expect(html).toContain('<details');
      expect(count(html, 'data-position=')).toBe(claim.cells.filter((c) => c.position).length);
      expect(html).toContain(`href="${href(paths.claim(story.id, claim.id))}"`);
    }
  });

  it.each(stories.map((s) => [s.id, s] as const))('%s: provenance shows each quote’s hand', async (_, story) => {
    for (const q of story.quotes) {
      const html = await container.renderToString(ProvenanceChain, { props: { quote: q } });
      expect(html).toContain(`data-hand="${q.firstHand ? 'first-hand' : 'second-hand'}"`);
      expect(count(html, 'data-step="relay"')).toBe(q.relay.length);
      expect(count(html, VENUE_NOT_STATED)).toBe(q.venue ? 0 : 1);
      expect(html).toContain(`href="${href(paths.story(story.id), anchors.quote(q.id))}"`);
    }
  });

  it.each(stories.map((s) => [s.id, s] as const))('%s: the timeline marks each date’s source', async (_, story) => {
    // Add a stated date, so both kinds of marker are exercised whatever the content holds.
    const withStated = {
      ...story,
      events: [...story.events, event('2031-01-01', 'stated', [story.reportViews[0]!.id])],
    };
    const html = await render(withStated);
    const outside = withStated.events.filter((e) => e.dateSource === 'outside-context').length;
    expect(count(html, 'data-timeline-event=')).toBe(withStated.events.length);
    expect(count(html, 'data-marker="outside-context"')).toBe(outside);
    expect(count(html, 'data-marker="stated"')).toBe(withStated.events.length - outside);
    expect(count(html, 'data-date-source="outside-context"')).toBe(outside);
    expect(count(html, '(date from outside context)')).toBe(outside);
    expect(count(html, '(date stated in a report)')).toBe(withStated.events.length - outside);
    // The reports differ in what they describe, so each gets a lane, and the key names its mark.
    expect(count(html, 'data-lane-mark=')).toBe(withStated.events.reduce((n, e) => n + e.reports.length, 0));
    expect(count(html, 'data-lane-key')).toBe(1);
    for (const e of withStated.events) expect(html).toContain(`datetime="${e.date}"`);
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-label="Timeline of \d+ events/);
    expect(html).not.toContain('data-no-date-stated');
  });

  it('says in one sentence when no report states a date, instead of drawing identical lanes', async () => {
    const all = fixture.reportViews.map((r) => r.id);
    const undated = {
      ...fixture,
      events: [event('2030-03-01', 'outside-context', all), event('2030-03-03', 'outside-context', all)],
    };
    const html = await render(undated);
    expect(count(html, 'data-no-date-stated')).toBe(1);
    expect(html).not.toContain('data-marker=');
    expect(html).not.toContain('data-lane-mark=');
    // The key has nothing to explain: no mark is drawn.
    expect(html).not.toContain('Date stated in a report');
    expect(count(html, 'data-timeline-event=')).toBe(2);
  });

  it('draws no lanes when every report describes every event, even with a stated date', async () => {
    const all = fixture.reportViews.map((r) => r.id);
    const same = {
      ...fixture,
      events: [event('2030-03-01', 'stated', all), event('2030-03-03', 'outside-context', all)],
    };
    const html = await render(same);
    expect(html).not.toContain('data-lane-mark=');
    expect(html).not.toContain('data-lane-key');
    expect(count(html, 'data-marker=')).toBe(2);
  });
});
