/**
 * The story's timeline as its components show it: the key (only marks the picture draws), a lane
 * per report only when the reports differ in which events they describe (identical lanes say
 * nothing), and for each event its number, where its date comes from and which reports describe it.
 */
import type { ReportView, StoryView } from '../corpus.ts';
import { dateSourceText, timelineText } from '../labels.ts';
import type { DateSource } from '../pictures/glyphs.ts';
import { timelineGeometry, timelineLayout, type TimelineLayout, type TimelinePoint } from '../pictures/timeline.ts';

const DATE_SOURCES: readonly DateSource[] = ['stated', 'outside-context'];

export interface TimelineEventView extends TimelinePoint {
  /** "(date from outside context)": where its date comes from, in the list; absent when no date is stated. */
  dateNote: string | undefined;
  /** "In both reports", "In the outcome report". */
  describedIn: string;
}

export interface TimelineView {
  layout: TimelineLayout;
  /** No report states a date: the axis has nothing to show, a sentence says so. */
  noDateStated: boolean;
  /** The key's date sources, in a fixed order, only those some event has. */
  sources: DateSource[];
  /** The reports given a lane: none when every report describes every event. */
  lanes: ReportView[];
  events: TimelineEventView[];
}

export function timelineView(story: Pick<StoryView, 'events' | 'reportViews'>): TimelineView {
  const layout = timelineLayout(story.events);
  const labelOf = new Map(story.reportViews.map((r) => [r.id, r.label]));
  const noDateStated = !story.events.some((event) => event.dateSource === 'stated');
  const lanesDiffer = story.events.some((event) => event.reports.length !== story.reportViews.length);
  return {
    layout,
    noDateStated,
    sources: DATE_SOURCES.filter((source) => story.events.some((event) => event.dateSource === source)),
    lanes: lanesDiffer ? story.reportViews : [],
    events: layout.points.map((point) => ({
      ...point,
      dateNote: noDateStated ? undefined : `(${dateSourceText[point.event.dateSource].toLowerCase()})`,
      describedIn: timelineText.describedIn(
        point.event.reports.map((id) => labelOf.get(id) ?? id),
        story.reportViews.length,
      ),
    })),
  };
}

/** One report's lane in the picture: its height and the events it describes. */
export interface LaneView {
  report: ReportView;
  y: number;
  marks: TimelinePoint[];
}

/** The picture: its geometry, its accessible name, its lanes and where the guide lines end. */
export function timelineAxis(layout: TimelineLayout, reports: readonly ReportView[]) {
  const geometry = timelineGeometry(layout.stacks, reports.length);
  const lanes: LaneView[] = reports.map((report, i) => ({
    report,
    y: geometry.laneY(i),
    marks: layout.points.filter((p) => p.event.reports.includes(report.id)),
  }));
  return {
    geometry,
    lanes,
    /** The guide lines run from each marker down to the last lane (or the axis). */
    lastY: lanes.at(-1)?.y ?? geometry.axisY,
    label: timelineText.axis(layout.points.length, layout.first, layout.last, reports.length > 0),
  };
}
