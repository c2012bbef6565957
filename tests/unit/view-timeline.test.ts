import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/build/content-files.ts';
import type { StoryView } from '../../src/model/corpus.ts';
import { timelineAxis, timelineView } from '../../src/model/view/timeline.ts';
import type { StoryEvent } from '../../src/schemas/index.ts';

const alaska = loadCorpus('content').corpus.story('alaska-summit-2025')!;
const bridge = loadCorpus('tests/fixtures/content/valid').corpus.story('harbour-bridge')!;
const [outcome, weekend] = ['outcome-report', 'weekend-diplomacy-report'];

/** The real story's reports with events of our own, to reach the stated-date paths. */
const withEvents = (events: StoryEvent[]): Pick<StoryView, 'events' | 'reportViews'> => ({
  events,
  reportViews: alaska.reportViews,
});
const event = (date: string, dateSource: StoryEvent['dateSource'], reports: string[]): StoryEvent => ({
  date,
  label: `Event on ${date}`,
  dateSource,
  reports,
});

describe('timeline view', () => {
  it('the real story: no date stated, so no date notes; a lane per report because one event is in only one', () => {
    const view = timelineView(alaska);
    expect(view.noDateStated).toBe(true);
    expect(view.sources).toEqual(['outside-context']);
    expect(view.lanes.map((r) => r.id)).toEqual([outcome, weekend]);
    expect(view.events.map((e) => [e.number, e.event.date, e.dateNote, e.describedIn])).toEqual([
      [1, '2025-08-15', undefined, 'In both reports'],
      [2, '2025-08-17', undefined, 'In both reports'],
      [3, '2025-08-18', undefined, 'In the weekend-diplomacy report'],
    ]);
  });

  it('draws no lanes when every report describes every event, and says "all" of three reports', () => {
    const view = timelineView(bridge);
    expect(view.lanes).toEqual([]);
    expect(view.events.map((e) => e.describedIn)).toEqual(['In all reports']);
  });

  it('with stated dates: the key lists both sources in a fixed order and each event notes its source', () => {
    const view = timelineView(
      withEvents([
        event('2025-08-18', 'outside-context', [weekend]),
        event('2025-08-15', 'stated', [outcome, weekend]),
        event('2025-08-16', 'stated', []),
      ]),
    );
    expect(view.noDateStated).toBe(false);
    expect(view.sources).toEqual(['stated', 'outside-context']);
    expect(view.events.map((e) => [e.event.date, e.dateNote, e.describedIn])).toEqual([
      ['2025-08-15', '(date stated in a report)', 'In both reports'],
      ['2025-08-16', '(date stated in a report)', 'In no report'],
      ['2025-08-18', '(date from outside context)', 'In the weekend-diplomacy report'],
    ]);
  });
});

describe('timeline axis', () => {
  it('puts each lane below the last and marks only the events its report describes', () => {
    const view = timelineView(alaska);
    const axis = timelineAxis(view.layout, view.lanes);
    expect(axis.lanes.map((l) => [l.report.id, l.marks.map((m) => m.number)])).toEqual([
      [outcome, [1, 2]],
      [weekend, [1, 2, 3]],
    ]);
    expect(axis.lanes[1]!.y).toBeGreaterThan(axis.lanes[0]!.y);
    expect(axis.lastY).toBe(axis.lanes[1]!.y);
    expect(axis.label).toBe(
      'Timeline of 3 events, 15 August 2025 to 18 August 2025, and the reports that describe each; the numbered list gives the same in words.',
    );
  });

  it('without lanes the guide lines stop at the axis; one event is counted in the singular on one date', () => {
    const view = timelineView(bridge);
    const axis = timelineAxis(view.layout, view.lanes);
    expect(axis.lanes).toEqual([]);
    expect(axis.lastY).toBe(axis.geometry.axisY);
    expect(axis.label).toBe('Timeline of 1 event, 4 March 2030; the numbered list gives the same in words.');
  });
});
