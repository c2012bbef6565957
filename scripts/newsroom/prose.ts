/**
 * The Markdown the editors would write: report summaries (300-900 words, under headings) built
 * from what each report says, quotes and leaves out, topped up with varied remarks in our words;
 * and the story overview. Lines avoid `:word` so remark-directive never sees a stray directive.
 */
import type { ClaimDraft } from './claims.ts';
import { SECTIONS, type ReportDraft, type StoryDraft } from './draft.ts';
import type { Rng } from './prng.ts';
import { cap, lowerFirst, numberWord, wordCount } from './text.ts';
import type { TopicSpec } from './vocabulary.ts';

export const SUMMARY_WORDS = [300, 900] as const;
/** Stop adding sentences from this many words on: no sentence is longer than the margin to the maximum. */
const SUMMARY_TARGET_MAX = SUMMARY_WORDS[1] - 45;

/** Remarks in our words that fit any report of the story, per summary section. */
function remarks(d: StoryDraft, section: string): string[] {
  const { scene } = d;
  const topics = d.topics.map((t: TopicSpec) => lowerFirst(t.label));
  const per = (make: (topic: string) => string) => topics.map(make);
  switch (section) {
    case SECTIONS.says:
      return [
        ...per((t) => `It returns to ${t} more than once, each time with a little more detail.`),
        ...per((t) => `Its account of ${t} is brief and mostly descriptive.`),
        `It opens with ${scene.event} and only later turns to the people affected in ${scene.district}.`,
        `It describes ${scene.thing} as it stood before the events, without saying who maintained it.`,
        `It treats ${scene.authority} as the main actor throughout.`,
      ];
    case SECTIONS.quotes:
      return [
        ...per((t) => `Most of what it quotes on ${t} comes from officials rather than residents.`),
        `It lets ${scene.challenger} speak at some length.`,
        'It prints the quoted words without comment and leaves the reader to weigh them.',
      ];
    case SECTIONS.sourcing:
      return [
        ...per((t) => `It does not say where its figures on ${t} come from.`),
        'It cites no document directly, only what people said about documents.',
        `It mentions a statement by ${scene.authority} but does not say when it was issued.`,
        'Several of its statements rest on a single source.',
      ];
    default:
      return [
        ...per((t) => `It says little about ${t}.`),
        `It does not give a calendar date for ${scene.event}.`,
        `It does not say how many people live in ${scene.district}.`,
        `It does not ask ${scene.authority} for a response.`,
      ];
  }
}

/** Draws from a shuffled list, reshuffling once it is used up. */
function drawer(rng: Rng, items: readonly string[]): () => string {
  let left: string[] = [];
  return () => {
    if (left.length === 0) left = rng.shuffle(items);
    return left.pop() ?? '';
  };
}

/** Sentences as paragraphs of two to five. */
function paragraphs(rng: Rng, sentences: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < sentences.length;) {
    const size = rng.int(2, 5);
    out.push(sentences.slice(i, i + size).join(' '));
    i += size;
  }
  return out;
}

/** A report's summary: its own notes first, then remarks, round-robin over the sections until the target length. */
export function reportSummary(d: StoryDraft, report: ReportDraft): string {
  const { rng } = d;
  const target = rng.int(SUMMARY_WORDS[0], SUMMARY_TARGET_MAX);
  const sections = Object.values(SECTIONS).map((heading) => ({
    heading,
    notes: [...(report.notes.get(heading) ?? [])],
    remark: drawer(rng, remarks(d, heading)),
    sentences: [] as string[],
  }));
  let words = 0;
  while (words < target) {
    for (const section of sections) {
      // The first section, what the report says, gets two sentences a round.
      for (let k = section.heading === SECTIONS.says ? 2 : 1; k > 0 && words < target; k--) {
        const sentence = section.notes.shift() ?? section.remark();
        section.sentences.push(sentence);
        words += wordCount(sentence);
      }
    }
  }
  const blocks = sections
    .filter((s) => s.sentences.length > 0)
    .flatMap((s) => [`## ${s.heading}`, ...paragraphs(rng, s.sentences)]);
  return `${blocks.join('\n\n')}\n`;
}

/** The story's overview (the body of story.md): agreements, conflicts, single-report claims, sourcing. */
export function storyOverview(
  d: StoryDraft,
  claims: readonly ClaimDraft[],
  secondHand: number,
  quotes: number,
  outsideContext: readonly string[],
): string {
  const { rng, scene } = d;
  const of = (kind: ClaimDraft['agreement']) => rng.shuffle(claims.filter((c) => c.agreement === kind));
  const shared = of('shared').slice(0, 3);
  const conflicting = of('conflicting').slice(0, 2);
  const single = of('single').slice(0, 3);
  const labelOf = (c: ClaimDraft) =>
    d.reports.find((r) => c.claim.positions[r.id])?.label.toLowerCase() ?? 'one report';
  const blocks = [
    [
      `${cap(numberWord(d.reports.length))} reports cover ${scene.event}.`,
      ...shared.map((c, i) => (i === 0 ? `They agree that ${c.core}.` : `They also agree that ${c.core}.`)),
    ].join(' '),
    conflicting.map((c) => `They part ways on ${lowerFirst(c.topic.label)}. ${c.claim.conflict ?? ''}`).join(' '),
    single.map((c) => `Only the ${labelOf(c)} reports that ${c.core}.`).join(' '),
    `${cap(numberWord(secondHand))} of the ${quotes} quotes are second-hand: the report names another outlet that passed the words on.`,
  ].filter(Boolean);
  if (outsideContext.length > 0) blocks.push(`:::outside-context\n${outsideContext.join(' ')}\n:::`);
  return `${blocks.join('\n\n')}\n`;
}

/** Sentences of the report's own that carry nothing we check: the rest of an archived copy. */
export function archiveFiller(d: StoryDraft): string[] {
  const { scene } = d;
  const topics = d.topics.map((t) => lowerFirst(t.label));
  return [
    `${cap(scene.authority)} did not respond to a request for comment.`,
    `${cap(scene.thing)} has been part of daily life in ${scene.place} for decades.`,
    `Residents of ${scene.district} said they had been given little information.`,
    `The situation remained unclear on ${scene.weekday} evening.`,
    'More details are expected in the coming days.',
    `${cap(scene.challenger)} has called a meeting for later this week.`,
    `Traffic around ${scene.building} was heavier than usual.`,
    `Local councillors met privately to discuss ${scene.event}.`,
    'Neighbouring towns have offered help.',
    `Questions about ${scene.cause} are likely to dominate the coming weeks.`,
    'This report will be updated.',
    `Some shops in ${scene.district} stayed closed.`,
    `A spokesperson for ${scene.challenger} said a fuller statement would follow.`,
    `Volunteers set up a help desk near ${scene.building}.`,
    `Earlier problems at ${scene.thing} had drawn little attention outside ${scene.place}.`,
    `The weather on ${scene.weekday} was calm, and crews worked through the night.`,
    'Officials promised regular updates but did not say how often.',
    `Several families in ${scene.district} said they were staying with relatives.`,
    `A hotline for residents opened on ${scene.weekday} morning.`,
    'It was not possible to verify every figure independently.',
    ...topics.map((t) => `Much of the discussion on ${scene.weekday} turned to ${t}.`),
    ...topics.map((t) => `Local radio phone-ins were dominated by ${t}.`),
  ];
}
