/**
 * The timeline's layout: a date scale mapping calendar days to fractions of the width, ticks that
 * stay legible at 360 px, and markers stacked where events would overlap. Positions are fractions
 * so the SVG can place them as percentages and keep its text at the page's size at any width.
 */
import type { StoryEvent } from '../../schemas/index.ts';

const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Days since 1970-01-01 for a YYYY-MM-DD date; plain calendar days, so UTC avoids a shift. */
export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

function dateOf(day: number): Date {
  return new Date(day * DAY_MS);
}

/** "15 Aug". */
export function shortDate(day: number): string {
  const date = dateOf(day);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ''}`;
}

export interface Scale {
  /** First and last day shown (fractional: the range is padded around the events). */
  start: number;
  end: number;
  /** A day's position, from `inset` to `1 - inset`. */
  x(day: number): number;
}

/** A linear scale over the days, padded so no marker sits on the edge; one day becomes three. */
export function dateScale(days: readonly number[], inset = 0.06): Scale {
  const first = days.length > 0 ? Math.min(...days) : 0;
  const last = days.length > 0 ? Math.max(...days) : 0;
  const pad = Math.max(0.5, (last - first) * 0.05);
  const start = first === last ? first - 1 : first - pad;
  const end = first === last ? last + 1 : last + pad;
  return { start, end, x: (day) => inset + ((day - start) / (end - start)) * (1 - 2 * inset) };
}

export interface Tick {
  day: number;
  x: number;
  label: string;
}

const DAY_STEPS = [1, 2, 7, 14];
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120];

/** At most `max` evenly stepped ticks: days or weeks for short spans, months or years for long ones. */
export function dateTicks(scale: Scale, max = 5): Tick[] {
  const first = Math.ceil(scale.start);
  const last = Math.floor(scale.end);
  const step = DAY_STEPS.find((s) => Math.floor((last - first) / s) + 1 <= max);
  if (step !== undefined) {
    const ticks: Tick[] = [];
    for (let day = first; day <= last; day += step) ticks.push({ day, x: scale.x(day), label: shortDate(day) });
    return ticks;
  }
  // Month ticks fall on the first of a month whose index is a multiple of the step.
  const month = (d: Date) => d.getUTCFullYear() * 12 + d.getUTCMonth();
  const from = month(dateOf(first)) + 1;
  const to = month(dateOf(last));
  const monthStep = MONTH_STEPS.find((s) => Math.floor((to - from) / s) + 1 <= max) ?? 1200;
  const ticks: Tick[] = [];
  for (let m = Math.ceil(from / monthStep) * monthStep; m <= to; m += monthStep) {
    const day = Date.UTC(Math.floor(m / 12), m % 12, 1) / DAY_MS;
    const year = String(Math.floor(m / 12));
    ticks.push({ day, x: scale.x(day), label: monthStep >= 12 ? year : `${MONTHS[m % 12] ?? ''} ${year}` });
  }
  return ticks;
}

export interface TimelinePoint {
  event: StoryEvent;
  /** 1-based, matching the numbered list beside the picture. */
  number: number;
  x: number;
  /** 0 on the axis row; events too close to an earlier one move up a row. */
  stack: number;
}

export interface TimelineLayout {
  points: TimelinePoint[];
  ticks: Tick[];
  /** Rows of markers needed (at least 1). */
  stacks: number;
  first: string;
  last: string;
}

/** Lays the events out on a date scale; `minGap` is the closest two markers may sit on one row. */
export function timelineLayout(events: readonly StoryEvent[], minGap = 0.07): TimelineLayout {
  const sorted = [...events].sort((a, b) => dayNumber(a.date) - dayNumber(b.date));
  const scale = dateScale(sorted.map((e) => dayNumber(e.date)));
  const rows: number[][] = [];
  const points = sorted.map((event, i) => {
    const x = scale.x(dayNumber(event.date));
    let row = rows.find((taken) => taken.every((other) => Math.abs(other - x) >= minGap));
    if (!row) rows.push((row = []));
    row.push(x);
    return { event, number: i + 1, x, stack: rows.indexOf(row) };
  });
  return {
    points,
    ticks: dateTicks(scale),
    stacks: Math.max(1, rows.length),
    first: sorted[0]?.date ?? '',
    last: sorted.at(-1)?.date ?? '',
  };
}

/** Vertical positions in px: marker rows above the axis (row 0 nearest it), tick labels, then one lane per report. */
export function timelineGeometry(stacks: number, lanes: number) {
  const top = 18;
  const row = 30;
  const axisY = top + stacks * row;
  const laneY = (i: number) => axisY + 46 + i * 32;
  return {
    markerY: (stack: number) => top + (stacks - 1 - stack) * row + 8,
    axisY,
    tickLabelY: axisY + 18,
    laneY,
    height: lanes > 0 ? laneY(lanes - 1) + 8 : axisY + 24,
  };
}

/** A fraction of the width as an SVG percentage attribute. */
export function percent(x: number): string {
  return `${(x * 100).toFixed(2)}%`;
}
