/**
 * A story's claims: 10-40 across its topics, every relation represented (shared, conflicting,
 * only in one report). Each position's evidence is a sentence written into that report's archived
 * copy, so it is verbatim by construction.
 */
import type { Agreement } from '../../src/model/classify.ts';
import type { Claim, Position } from '../../src/schemas/index.ts';
import { SECTIONS, note, type ReportDraft, type StoryDraft } from './draft.ts';
import { outletId } from './outlets.ts';
import type { Rng } from './prng.ts';
import { cap, listText, lowerFirst, numberWord } from './text.ts';
import type { ClaimTemplate, Scene, TopicSpec } from './vocabulary.ts';

export const CLAIMS_PER_STORY = [10, 40] as const;

export interface ClaimDraft {
  claim: Claim;
  agreement: Agreement;
  /** The proposition as a clause, e.g. "the port authority set aside €12 million …". */
  core: string;
  topic: TopicSpec;
}

/** The clause forms of one proposition. */
function clauses(template: ClaimTemplate, scene: Scene, n: number) {
  const subject = template.subject(scene);
  const object = template.object(scene, n);
  const past = template.tense === 'past';
  return {
    core: `${subject} ${past ? template.past : `will ${template.base}`} ${object}`,
    denied: `${subject} ${past ? 'did' : 'will'} not ${template.base} ${object}`,
    hedged: `${subject} ${past ? `reportedly ${template.past}` : `will reportedly ${template.base}`} ${object}`,
  };
}

const PAST_TAILS = ['', ' on {weekday}', ' last week', ' earlier this month'];

/** A figure in the template's range that differs from `avoid` when the range allows. */
function figure(rng: Rng, template: ClaimTemplate, avoid: ReadonlySet<number>): number {
  const [min, max] = template.range;
  for (let tries = 0; tries < 20; tries++) {
    const n = rng.int(min, max);
    if (!avoid.has(n)) return n;
  }
  return rng.int(min, max);
}

/**
 * Who a report attributes a claim to: usually one named person, sometimes two, sometimes an
 * unnamed source, sometimes another outlet ("according to Valley Herald").
 */
function attributed(d: StoryDraft): { id: string; mention: string }[] {
  const { rng } = d;
  if (rng.chance(0.15)) {
    const name = rng.pick(d.otherOutlets);
    return [{ id: outletId(name), mention: name }];
  }
  if (rng.chance(0.2)) return [rng.pick(d.anonymous)];
  return rng.sample(d.named, rng.chance(0.85) ? 1 : 2);
}

/** One report's position, the archive sentence carrying it, and our summary's note. */
function position(
  d: StoryDraft,
  report: ReportDraft,
  stance: Position['stance'],
  forms: ReturnType<typeof clauses>,
  contrary: string | undefined,
): Position {
  const { rng, scene } = d;
  // A time tail only where the clause has no time of its own.
  const timed = / (on|within|since|by) /.test(forms.core) || forms.core.includes(' will ');
  const tail = timed ? '' : (PAST_TAILS[rng.int(0, PAST_TAILS.length - 1)]?.replace('{weekday}', scene.weekday) ?? '');
  let sentence: string;
  let evidence: string;
  let summary: string;
  let result: Position;
  switch (stance) {
    case 'asserts':
      sentence = `${cap(forms.core)}${tail}.`;
      evidence = rng.chance(0.5) ? sentence : cap(forms.core);
      summary = `${rng.pick(['It states that', 'It reports that', 'It says that', 'According to the report,'])} ${forms.core}.`;
      result = { stance, evidence };
      break;
    case 'attributes': {
      const people = attributed(d);
      const names = listText(people.map((p) => p.mention));
      sentence = rng.chance(0.5) ? `${cap(forms.core)}, according to ${names}.` : `${cap(names)} said ${forms.core}.`;
      summary = `It credits ${names} with the account that ${forms.core}.`;
      result = { stance, to: people.map((p) => p.id), evidence: sentence };
      break;
    }
    case 'hedges':
      sentence = rng.chance(0.5)
        ? `${cap(forms.hedged)}.`
        : `It is not yet clear whether ${forms.core}, but early accounts suggest so.`;
      summary = `${rng.pick(['It reports, with some caution, that', 'It suggests, without confirming it, that'])} ${forms.core}.`;
      result = { stance, evidence: sentence };
      break;
    case 'contradicts':
      sentence = contrary
        ? `${cap(contrary)}.`
        : `${cap(forms.denied)}, ${rng.pick(['despite earlier accounts', 'officials insisted'])}.`;
      summary = contrary ? `It gives a different figure: ${contrary}.` : `It disputes that ${forms.core}.`;
      result = { stance, evidence: sentence };
      break;
  }
  report.sentences.push(sentence);
  note(report, SECTIONS.says, summary);
  // Our comment where the stance needs one: a denial, a different figure, a hedge.
  if (stance === 'contradicts') {
    result.note = contrary ? 'Gives a different figure for the same step.' : 'Denies it outright.';
  } else if (stance === 'hedges' && rng.chance(0.5)) {
    result.note = 'Presents it as unconfirmed.';
  }
  return result;
}

const SUPPORT: readonly (readonly [Exclude<Position['stance'], 'contradicts'>, number])[] = [
  ['asserts', 0.5],
  ['attributes', 0.3],
  ['hedges', 0.2],
];

const SAMENESS = [
  (all: string, s: string) => `${all} describe the same fact about ${s}, in different words.`,
  (all: string) => `${all} give the same account, whether in their own voice or attributed to someone.`,
  () => 'The reports word it differently, but they describe the same event.',
];
/** "Both reports", "All three reports". */
const allOf = (n: number) => (n === 2 ? 'Both reports' : `All ${numberWord(n)} reports`);

export function buildClaims(d: StoryDraft): ClaimDraft[] {
  const { rng, scene, reports } = d;
  const count = rng.int(...CLAIMS_PER_STORY);
  // Every relation occurs in every story; the rest follow rough newsroom proportions.
  const kinds = rng.shuffle<Agreement>([
    'shared',
    'conflicting',
    'single',
    ...Array.from({ length: count - 3 }, () =>
      rng.weighted<Agreement>([
        ['shared', 0.45],
        ['single', 0.35],
        ['conflicting', 0.2],
      ]),
    ),
  ]);
  /** Figures used so far and claims made, per template: a template recurs only with a new figure. */
  const uses = new Map<string, { figures: Set<number>; count: number }>();
  const drafts: ClaimDraft[] = [];

  kinds.forEach((agreement, i) => {
    const topic = d.topics[i] ?? rng.pick(d.topics);
    const unused = topic.claims.filter((t) => !uses.has(t.key));
    const template = rng.pick(unused.length > 0 ? unused : topic.claims.filter((t) => t.figure));
    const use = uses.get(template.key) ?? { figures: new Set<number>(), count: 0 };
    const n = figure(rng, template, use.figures);
    use.figures.add(n);
    use.count += 1;
    uses.set(template.key, use);
    const forms = clauses(template, scene, n);

    const speakers = rng.sample(reports, agreement === 'single' ? 1 : rng.int(2, reports.length));
    const against = agreement === 'conflicting' ? (rng.chance(0.75) ? 1 : rng.int(1, speakers.length - 1)) : 0;
    const contrary =
      template.figure && rng.chance(0.5)
        ? clauses(template, scene, figure(rng, template, new Set([n]))).core
        : undefined;

    const positions: Record<string, Position> = {};
    speakers.forEach((report, j) => {
      const stance = j < against ? 'contradicts' : rng.weighted(SUPPORT);
      positions[report.id] = position(d, report, stance, forms, contrary);
    });
    for (const report of reports) {
      if (!positions[report.id] && agreement !== 'single' && rng.chance(0.3)) {
        note(report, SECTIONS.gaps, `It does not mention that ${forms.core}.`);
      }
    }

    const claim: Claim = {
      id: use.count === 1 ? template.key : `${template.key}-${use.count}`,
      topic: topic.id,
      text: `${cap(forms.core)}.`,
      positions,
      about: [],
    };
    const subject = template.subject(scene);
    if (speakers.length >= 2) claim.sameness = rng.pick(SAMENESS)(allOf(speakers.length), subject);
    if (against > 0) {
      const labels = (list: readonly ReportDraft[]) => listText(list.map((r) => `the ${lowerFirst(r.label)}`));
      claim.conflict = contrary
        ? `The reports disagree on the figure: ${labels(speakers.slice(against))} ${speakers.length - against > 1 ? 'say' : 'says'} ${forms.core}, while ${labels(speakers.slice(0, against))} ${against > 1 ? 'give' : 'gives'} a different one.`
        : `${cap(labels(speakers.slice(against)))} ${speakers.length - against > 1 ? 'report' : 'reports'} that ${forms.core}; ${labels(speakers.slice(0, against))} ${against > 1 ? 'deny' : 'denies'} it.`;
    }
    drafts.push({ claim, agreement, core: forms.core, topic });
  });
  return drafts;
}
