/**
 * One generated story, as the files an editor would write (story.md, reports/*.md, analysis.yaml,
 * unnamed sources' people files) plus the synthetic archived copy of each report. Each story draws
 * from its own PRNG stream, keyed by the seed and its index, so stories do not shift one another.
 */
import { stringify } from 'yaml';
import { formatDate } from '../../src/model/labels.ts';
import type { Analysis, Report, Story, StoryEvent } from '../../src/schemas/index.ts';
import { archiveText } from './archive.ts';
import { buildClaims, type ClaimDraft } from './claims.ts';
import type { ReportDraft, StoryDraft } from './draft.ts';
import { OUTLET_RECORDS } from './outlets.ts';
import { castFor, personRecord, type PersonSpec } from './people.ts';
import { createRng, type Rng } from './prng.ts';
import { reportSummary, storyOverview } from './prose.ts';
import { buildQuestions } from './questions.ts';
import { buildQuotes } from './quotes.ts';
import { addDays, cap, numberWord, slugify } from './text.ts';
import {
  DISTRICTS,
  EVENT_KINDS,
  FIRST_NAMES,
  LABEL_KINDS,
  OUTLETS,
  PLACES,
  SURNAMES,
  TOPICS,
  WEEKDAYS,
  type Scene,
} from './vocabulary.ts';

export const REPORTS_PER_STORY = [2, 5] as const;
/** `--reports` can ask for up to one report per column label. */
export const MAX_REPORTS = LABEL_KINDS.length;
export const TOPICS_PER_STORY = [3, 6] as const;

/** A file of the generated tree, relative to the output directory. */
export type GeneratedFile = readonly [path: string, text: string];

export interface GeneratedStory {
  id: string;
  files: GeneratedFile[];
  /** Named people the story's analysis refers to (their files are written once, at the end). */
  people: Set<string>;
  /** Outlets and platforms the story's analysis refers to (written once, at the end). */
  outlets: Set<string>;
}

export const yaml = (value: unknown): string => stringify(value, { lineWidth: 100 });
const markdown = (frontmatter: unknown, body: string) => `---\n${yaml(frontmatter)}---\n\n${body}`;

function sceneFor(rng: Rng): { scene: Scene; headline: string } {
  const kind = rng.pick(EVENT_KINDS);
  const place = rng.pick(PLACES);
  const thing = kind.thing.replace('{place}', place);
  return {
    headline: kind.headline,
    scene: {
      place,
      thing,
      event: kind.event.replace('{thing}', thing),
      district: rng.pick(DISTRICTS),
      authority: kind.authority,
      challenger: kind.challenger,
      building: kind.building,
      cause: rng.pick(kind.causes),
      weekday: rng.pick(WEEKDAYS),
    },
  };
}

/** One to four dated events; some dates are stated by a report, others come from outside context. */
function eventsFor(d: StoryDraft): StoryEvent[] {
  const { rng, scene } = d;
  const labels = [
    `${cap(scene.event)} comes to light`,
    `${cap(scene.authority)} makes its first public statement`,
    `Residents protest outside ${scene.building}`,
    `${cap(scene.authority)} meets ${scene.challenger}`,
    `An inquiry into ${scene.event} is announced`,
  ];
  const [first = '', ...rest] = labels;
  let date = addDays('2024-01-01', rng.int(0, 900));
  return [first, ...rng.sample(rest, rng.int(0, 3))].map((label, i) => {
    if (i > 0) date = addDays(date, rng.int(1, 3));
    const reports = rng.sample(d.reports, rng.int(1, d.reports.length)).map((r) => r.id);
    const stated = rng.chance(0.5);
    const event: StoryEvent = { date, label, dateSource: stated ? 'stated' : 'outside-context', reports };
    if (rng.chance(0.4)) {
      event.note = stated ? 'A report gives the calendar date.' : 'The reports give at most a weekday for it.';
    }
    return event;
  });
}

function reportFrontmatter(
  d: StoryDraft,
  report: ReportDraft,
  claims: readonly ClaimDraft[],
  lastDate: string,
): Report {
  const { rng } = d;
  const own = claims.filter((c) => c.claim.positions[report.id]?.stance === 'asserts' && c.core.length < 150);
  const title = own.length > 0 ? cap(rng.pick(own).core) : `${cap(d.scene.event)}: the ${report.label.toLowerCase()}`;
  const publisher = rng.chance(0.7) ? report.outlet : undefined;
  const byline = rng.chance(0.5) ? `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}` : undefined;
  const published = rng.chance(0.6) ? addDays(lastDate, rng.int(0, 2)) : undefined;
  const url =
    publisher && rng.chance(0.6)
      ? `https://${slugify(publisher)}.example/${(published ?? lastDate).slice(0, 4)}/${d.id}/`
      : undefined;
  // Absent provenance is "not recorded in the archived copy", as with the real reports.
  return {
    title,
    label: report.label,
    ...(publisher ? { publisher } : {}),
    ...(byline ? { byline } : {}),
    ...(published ? { published } : {}),
    ...(url ? { url } : {}),
    archive: `${d.id}--${report.id}.txt`,
  };
}

export function generateStory(
  seed: string,
  index: number,
  reportCount: number | undefined,
  pool: readonly PersonSpec[],
): GeneratedStory {
  const rng = createRng(`${seed}/story/${index}`);
  const { scene, headline } = sceneFor(rng);
  const id = `${slugify(headline)}-${slugify(scene.place)}-${String(index + 1).padStart(5, '0')}`;
  const count =
    reportCount ??
    rng.weighted([
      [2, 0.3],
      [3, 0.35],
      [4, 0.2],
      [5, 0.15],
    ]);
  const outlets = rng.sample(OUTLETS, count);
  const reports: ReportDraft[] = rng.sample(LABEL_KINDS, count).map((label, i) => ({
    id: slugify(label),
    label,
    outlet: outlets[i] ?? '',
    sentences: [],
    notes: new Map(),
  }));
  const topicCount = rng.int(...TOPICS_PER_STORY);
  // Topics in the bank's reading order.
  const chosen = rng.sample(TOPICS, topicCount);
  const topics = TOPICS.filter((t) => chosen.includes(t));
  const cast = castFor(rng, pool, id);
  const d: StoryDraft = {
    rng,
    id,
    scene,
    topics,
    reports,
    named: cast.named,
    anonymous: cast.anonymous,
    otherOutlets: OUTLETS.filter((o) => !outlets.includes(o)),
  };

  const claims = buildClaims(d);
  const quotes = buildQuotes(d, claims);
  const questions = buildQuestions(d, claims);
  const events = eventsFor(d);
  const lastDate = events.at(-1)?.date ?? '2025-01-01';
  const outsideContext = events
    .filter((e) => e.dateSource === 'outside-context')
    .map((e) => `${e.label} on ${formatDate(e.date)}.`);

  const shared = claims.find((c) => c.agreement === 'shared');
  const conflicting = claims.find((c) => c.agreement === 'conflicting');
  const story: Story = {
    title: `${headline} in ${scene.place}: ${numberWord(count)} reports on ${d.topics
      .slice(0, 2)
      .map((t) => t.label.toLowerCase())
      .join(' and ')}`,
    dek:
      `${cap(numberWord(count))} reports cover ${scene.event}.` +
      (shared ? ` They agree that ${shared.core}.` : '') +
      (conflicting ? ` They part ways on ${conflicting.topic.label.toLowerCase()}.` : ''),
    events,
    topics: d.topics.map(({ id: topicId, label }) => ({ id: topicId, label })),
    reports: reports.map((r) => r.id),
  };
  const analysis: Analysis = { claims: claims.map((c) => c.claim), quotes, questions };

  const dir = `content/stories/${id}`;
  const files: GeneratedFile[] = [
    [
      `${dir}/story.md`,
      markdown(
        story,
        storyOverview(d, claims, quotes.filter((q) => q.relay.length > 0).length, quotes.length, outsideContext),
      ),
    ],
  ];
  for (const report of reports) {
    const fm = reportFrontmatter(d, report, claims, lastDate);
    files.push([`${dir}/reports/${report.id}.md`, markdown(fm, reportSummary(d, report))]);
    files.push([`sources/${fm.archive}`, archiveText(d, report)]);
  }
  files.push([
    `${dir}/analysis.yaml`,
    `# Synthetic analysis generated by npm run newsroom (seed ${seed}).\n${yaml(analysis)}`,
  ]);

  // Only sources the analysis refers to get a file: unnamed sources here, named people and outlets
  // once per corpus. Attributions and relays may name either a person or an outlet.
  const sources = new Set<string>([
    ...quotes.flatMap((q) => [q.speaker, ...q.relay.flatMap((r) => r.source ?? [])]),
    ...analysis.claims.flatMap((c) =>
      Object.values(c.positions).flatMap((p) => (p.stance === 'attributes' ? p.to : [])),
    ),
  ]);
  const referencedOutlets = new Set<string>([
    ...[...sources].filter((s) => OUTLET_RECORDS.has(s)),
    ...quotes.flatMap((q) => [q.venue?.outlet ?? [], q.venue?.platform ?? []].flat()),
  ]);
  const people = new Set([...sources].filter((s) => !OUTLET_RECORDS.has(s)));
  for (const person of cast.anonymous) {
    if (people.delete(person.id)) files.push([`content/people/${person.id}.yaml`, yaml(personRecord(person))]);
  }
  return { id, files, people, outlets: referencedOutlets };
}
