/**
 * The quote provenance picture's model: each quote as a chain from speaker to venue, through any
 * relays, to the report, with each link marked as direct or relayed.
 */
import type { QuoteView, ReportView, SourceView, VenueView } from '../corpus.ts';
import { sourceName } from '../labels.ts';

export type StepKind = 'speaker' | 'venue' | 'relay' | 'report';

export interface ProvenanceStep {
  kind: StepKind;
  label: string;
  /** The words on the link that leads to this step ("said on", "passed on by"…); empty for the speaker. */
  via: string;
  /** True when the link leading here runs through an intermediary, drawn dashed. */
  relayed: boolean;
  /** False only for a venue the report does not state. */
  stated: boolean;
  /** The person or outlet a speaker, venue or relay step names, when it has a page to link to. */
  source?: SourceView | undefined;
}

/** Shown where a report does not say where the words were said: never guessed. */
export const VENUE_NOT_STATED = 'place not stated';

/** "CNN, State of the Union"; undefined when the report states no venue. */
export function venueText(venue: Partial<VenueView> | undefined): string | undefined {
  if (!venue) return undefined;
  return [venue.outlet?.name, venue.programme, venue.platform?.name].filter(Boolean).join(', ');
}

export function provenanceChain(quote: QuoteView): ProvenanceStep[] {
  const venue = venueText(quote.venueRef);
  const relays = quote.relayRefs.map((step, i): ProvenanceStep => ({
    kind: 'relay',
    label: sourceName(step.source),
    via: i === 0 ? 'passed on by' : 'then by',
    relayed: true,
    stated: true,
    source: step.source,
  }));
  return [
    { kind: 'speaker', label: quote.speakerRef.name, via: '', relayed: false, stated: true },
    {
      kind: 'venue',
      label: venue ?? VENUE_NOT_STATED,
      via: venue ? 'said on' : 'said',
      relayed: false,
      stated: venue !== undefined,
    },
    ...relays,
    {
      kind: 'report',
      label: quote.reportRef.label,
      via: quote.firstHand ? 'cited directly in' : 'quoted in',
      relayed: !quote.firstHand,
      stated: true,
    },
  ];
}

export interface HandTally {
  firstHand: number;
  secondHand: number;
}

export function handTally(quotes: readonly QuoteView[]): HandTally {
  const firstHand = quotes.filter((q) => q.firstHand).length;
  return { firstHand, secondHand: quotes.length - firstHand };
}

/** Each report's quotes in order, first-hand or not, for the at-a-glance strip. */
export function handsByReport(
  reports: readonly ReportView[],
  quotes: readonly QuoteView[],
): { report: ReportView; hands: boolean[]; tally: HandTally }[] {
  return reports.map((report) => {
    const own = quotes.filter((q) => q.reportRef === report);
    return { report, hands: own.map((q) => q.firstHand), tally: handTally(own) };
  });
}

/** Shortens text to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
