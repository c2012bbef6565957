/** The span of days a story covers, from its events, and whether those dates come from the reports. */
import type { Story } from '../schemas/index.ts';

export interface DateSpan {
  /** ISO dates, first <= last. */
  first: string;
  last: string;
  /** Whether the calendar dates come from outside the reports: for every event, some, or none. */
  outsideContext: 'all' | 'some' | 'none';
}

export function storyDateSpan(events: Story['events']): DateSpan {
  const dates = events.map((e) => e.date).sort();
  const outside = events.filter((e) => e.dateSource === 'outside-context').length;
  return {
    first: dates[0] ?? '',
    last: dates.at(-1) ?? '',
    outsideContext: outside === 0 ? 'none' : outside === events.length ? 'all' : 'some',
  };
}
