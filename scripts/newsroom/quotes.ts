/**
 * A story's quotes: 5-20, full sentences and fragments, named and unnamed speakers, first-hand and
 * relayed through one or two other outlets. Each quote's sentence, with its relay wording, is
 * written into the carrying report's archived copy, so text and wording are verbatim by construction.
 */
import type { Quote, Venue } from '../../src/schemas/index.ts';
import type { ClaimDraft } from './claims.ts';
import { SECTIONS, note, type StoryDraft } from './draft.ts';
import { outletId } from './outlets.ts';
import type { PersonSpec } from './people.ts';
import { cap, fill, listText, lowerFirst, slugify } from './text.ts';
import { FRAGMENT_TARGETS, FRAGMENTS, FULL_QUOTES, PLATFORMS, PROGRAMMES } from './vocabulary.ts';

export const QUOTES_PER_STORY = [5, 20] as const;

interface Profile {
  kind: Quote['kind'];
  relaySteps: 0 | 1 | 2;
  anonymous: boolean;
}

/** The first five quotes of every story cover each kind, hand and kind of speaker at least once. */
const FORCED: readonly Profile[] = [
  { kind: 'full', relaySteps: 0, anonymous: false },
  { kind: 'fragment', relaySteps: 1, anonymous: true },
  { kind: 'full', relaySteps: 2, anonymous: false },
  { kind: 'fragment', relaySteps: 0, anonymous: false },
  { kind: 'full', relaySteps: 1, anonymous: true },
];

type VenueKind = 'none' | 'outlet' | 'programme' | 'platform';

/** Draws from a shuffled deck, reshuffling when it runs out, so lines repeat as rarely as possible. */
function deck<T>(d: StoryDraft, items: readonly T[]): () => T {
  let cards: T[] = [];
  return () => {
    if (cards.length === 0) cards = d.rng.shuffle(items);
    return cards.pop() as T;
  };
}

export function buildQuotes(d: StoryDraft, claims: readonly ClaimDraft[]): Quote[] {
  const { rng, scene, reports } = d;
  const count = rng.int(...QUOTES_PER_STORY);
  const fullLine = deck(d, FULL_QUOTES);
  const fragmentLine = deck(d, FRAGMENTS);
  const ids = new Set<string>();
  const quotes: Quote[] = [];

  for (let i = 0; i < count; i++) {
    const profile: Profile = FORCED[i] ?? {
      kind: rng.chance(0.6) ? 'full' : 'fragment',
      relaySteps: rng.weighted<0 | 1 | 2>([
        [0, 0.55],
        [1, 0.3],
        [2, 0.15],
      ]),
      anonymous: rng.chance(0.25),
    };
    const report = reports[i] ?? rng.pick(reports);
    const speaker: PersonSpec = rng.pick(profile.anonymous ? d.anonymous : d.named);
    const mention = speaker.mention;
    const text = fill(profile.kind === 'full' ? fullLine() : fragmentLine(), scene).replace(/\.$/, '');

    const [outlet = '', relay1 = '', relay2 = ''] = rng.sample(d.otherOutlets, 3);
    const venueKind = rng.weighted<VenueKind>([
      ['none', 0.35],
      ['outlet', 0.3],
      ['programme', 0.2],
      ['platform', 0.15],
    ]);
    const programme = rng.pick(PROGRAMMES);
    const platform = rng.pick(PLATFORMS);
    // Relay steps by name (for the archive's sentence); the analysis refers to outlet records by id,
    // and leaves out the source of a step whose intermediary the sentence does not name.
    const relay: { name: string | undefined; wording: string }[] = [];
    if (profile.relaySteps === 1 && rng.chance(0.2)) {
      relay.push({
        name: undefined,
        wording: rng.pick(['according to a person briefed on them', 'as one account has it']),
      });
    } else if (profile.relaySteps === 1) {
      relay.push({
        name: relay1,
        wording: `${rng.pick(['according to', 'as quoted by', 'as reported by'])} ${relay1}`,
      });
    } else if (profile.relaySteps === 2) {
      relay.push({ name: relay1, wording: `in remarks first reported by ${relay1}` });
      relay.push({ name: relay2, wording: `later cited by ${relay2}` });
    }
    const relayTail = relay.length === 0 ? '' : `, ${relay.map((r) => r.wording).join(' and ')}`;

    let sentence: string;
    if (profile.kind === 'full') {
      sentence = {
        none: `“${text},” said ${mention}${relayTail}.`,
        outlet: `“${text},” ${mention} told ${outlet}${relayTail}.`,
        programme: `Speaking on ${outlet}’s ${programme}, ${mention} said${relayTail}: “${text}.”`,
        platform: `In a post on ${platform}, ${mention} wrote${relayTail}: “${text}.”`,
      }[venueKind];
    } else {
      const target = fill(rng.pick(FRAGMENT_TARGETS), scene);
      sentence = {
        none: `${cap(mention)} called ${target} “${text}”${relayTail}.`,
        outlet: `In an interview with ${outlet}, ${mention} called ${target} “${text}”${relayTail}.`,
        programme: `On ${outlet}’s ${programme}, ${mention} described ${target} as “${text}”${relayTail}.`,
        platform: `On ${platform}, ${mention} described ${target} as “${text}”${relayTail}.`,
      }[venueKind];
    }
    report.sentences.push(sentence);
    const venue: Venue | undefined = {
      none: undefined,
      outlet: { outlet: outletId(outlet) },
      programme: { outlet: outletId(outlet), programme },
      platform: { platform: outletId(platform) },
    }[venueKind];
    const venueName = {
      none: undefined,
      outlet: outlet,
      programme: `${outlet}, ${programme}`,
      platform: platform,
    }[venueKind];

    const topic = rng.pick(d.topics);
    const related = claims.filter((c) => c.topic === topic && c.claim.positions[report.id]).map((c) => c.claim.id);
    let id = slugify(
      `${speaker.anonymous ? 'unnamed' : (speaker.name.split(' ').at(-1) ?? '')} ${text.split(' ', 4).join(' ')}`,
    );
    if (ids.has(id)) id = `${id}-${i + 1}`;
    ids.add(id);

    const quote: Quote = {
      id,
      report: report.id,
      speaker: speaker.id,
      text,
      kind: profile.kind,
      relay: relay.map(({ name, wording }) => (name === undefined ? { wording } : { source: outletId(name), wording })),
      topic: topic.id,
      claims: rng.sample(related, rng.int(0, 2)),
    };
    if (venue) quote.venue = venue;
    if (rng.chance(0.5)) {
      const speakingTo = venueKind === 'outlet' || venueKind === 'programme' ? `, speaking to ${outlet}` : '';
      quote.context = `${cap(mention)} on ${lowerFirst(topic.label)}${speakingTo}.`;
    }
    quotes.push(quote);

    const where = venueName ? ` (${venueName})` : '';
    note(
      report,
      SECTIONS.quotes,
      `It quotes ${profile.kind === 'full' ? 'a full sentence' : 'a phrase'} from ${mention}${where} on ${lowerFirst(topic.label)}.`,
    );
    if (relay.length > 0) {
      note(
        report,
        SECTIONS.sourcing,
        `It has ${mention}’s words second-hand, through ${listText(relay.map((r) => r.name ?? 'an unnamed intermediary'))}.`,
      );
    } else if (!venue) {
      note(report, SECTIONS.sourcing, `It does not say where ${mention} spoke.`);
    }
  }
  return quotes;
}
