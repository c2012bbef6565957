/**
 * A quote as its card shows it: its anchor and page, first- or second-hand, where it was said as
 * words and linked names, who passed it on and the report's wording of that, and the original.
 */
import type { QuoteView, SourceView, SpeakerQuotes, VenueView } from '../corpus.ts';
import { quoteText, type Hand } from '../labels.ts';
import { anchors, paths } from '../paths.ts';
import { textFragmentUrl } from '../text-fragment.ts';

/** A piece of the venue line: plain words, or a person or outlet to name (and link). */
export type VenuePart = { text: string } | { source: SourceView };

/** "on CNN, State of the Union, on Truth Social" as parts, outlet, programme and platform in order. */
export function venueParts(venue: VenueView): VenuePart[] {
  const parts: VenuePart[] = [];
  if (venue.outlet) parts.push({ text: 'on ' }, { source: venue.outlet });
  if (venue.programme) parts.push({ text: `${venue.outlet ? ', ' : 'on '}${venue.programme}` });
  if (venue.platform)
    parts.push({ text: venue.outlet || venue.programme ? ', on ' : 'on ' }, { source: venue.platform });
  return parts;
}

export function quoteHand(quote: Pick<QuoteView, 'firstHand'>): Hand {
  return quote.firstHand ? 'first-hand' : 'second-hand';
}

export interface QuoteCardView {
  anchor: string;
  path: string;
  reportPath: string;
  hand: Hand;
  /** The test hook on the provenance line: `relayed` for a second-hand quote. */
  relayMark: 'first-hand' | 'relayed';
  /** The quote with its speaker: its share title and its title as a search result in the story. */
  title: string;
  /** The venue line's parts; undefined when the report does not say where. */
  venue: VenuePart[] | undefined;
  /** Who passed it on, in order; `undefined` for an intermediary the report leaves unnamed. */
  relays: (SourceView | undefined)[];
  /** The report's own words for the relay chain. */
  relayWording: string;
  original: string | undefined;
}

export function quoteCard(quote: QuoteView): QuoteCardView {
  return {
    anchor: anchors.quote(quote.id),
    title: quoteText.withSpeaker(quote.text, quote.speakerRef),
    path: paths.quote(quote.storyId, quote.id),
    reportPath: paths.report(quote.storyId, quote.report),
    hand: quoteHand(quote),
    relayMark: quote.firstHand ? 'first-hand' : 'relayed',
    venue: quote.venueRef && venueParts(quote.venueRef),
    relays: quote.relayRefs.map((step) => step.source),
    relayWording: quote.relay.map((step) => step.wording).join('; '),
    original: quote.reportRef.url ? textFragmentUrl(quote.reportRef.url, quote.text) : undefined,
  };
}

/** A speaker's quotes on the story page: the heading's anchor and every report's quotes, in report order. */
export function speakerQuotes(speaker: SpeakerQuotes): { anchor: string; quotes: QuoteView[] } {
  return { anchor: anchors.speaker(speaker.person.id), quotes: speaker.byReport.flatMap(({ quotes }) => quotes) };
}
