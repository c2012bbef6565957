/**
 * Writes a draft as YAML an editor can paste into `analysis.yaml`: each proposal in the analysis'
 * own shape, with a comment giving its offsets in the archive and what each guess rests on. Fields
 * only an editor can fill are `TODO`, which the schema rejects, so an unconfirmed proposal pasted
 * as is fails validation with its file and field named.
 */
import { stringify } from 'yaml';
import { slugify, type Draft, type NotSpeech, type QuoteProposal } from './draft.ts';

export { DRAFT_SUFFIX, isDraftFile } from '../content-layout.ts';

export interface DraftMeta {
  story: string;
  report: string;
  archive: string;
}

const scalar = (value: unknown) => stringify(value, { lineWidth: 0, defaultStringType: 'QUOTE_SINGLE' }).trimEnd();

/** Words that carry no meaning in an id ("a", "the", "at"), left out so an id never ends mid-phrase. */
const FILLER = new Set(
  'a an the of at in on to for and or but is are was were be it its this that with by as will would should have has do does'.split(
    ' ',
  ),
);

/** The first `n` meaningful words of `text` as a slug: "Will Europe have a seat at the table?" → "europe-seat-table". */
export function keyWords(text: string, n: number): string {
  const words = slugify(text).split('-').filter(Boolean);
  const meaningful = words.filter((w) => !FILLER.has(w));
  return (meaningful.length > 0 ? meaningful : words).slice(0, n).join('-');
}

function quoteId(q: QuoteProposal, taken: Set<string>): string {
  const words = keyWords(q.text, 3);
  const base = [q.speaker?.id ?? 'unknown', words].filter(Boolean).join('-');
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** A description rather than a name ("A European official") is an anonymous source. */
const UNNAMED = /^(?:an?|the|one|some|two|three|several)\s+/i;

/** The scaffold command for a speaker not on file; an unnamed one gets `--anonymous` and an id without the article. */
export function newPersonCommand(name: string): string {
  if (!UNNAMED.test(name)) return `npm run new:person -- ${JSON.stringify(name)}`;
  const id = slugify(name.replace(UNNAMED, ''));
  return `npm run new:person -- ${JSON.stringify(name)} --anonymous --id ${id}`;
}

function quoteLines(q: QuoteProposal, meta: DraftMeta, ids: Set<string>): string[] {
  const why = [
    `archive ${q.start}-${q.end}`,
    q.speaker ? `speaker from “${q.speaker.cue}”` : 'no speaker found',
    q.relay.length === 0 ? 'first-hand' : `relayed ${q.relay.length === 1 ? 'once' : `${q.relay.length} times`}`,
  ];
  const lines = [`  # DRAFT (${why.join('; ')})`];
  if (q.speaker && !q.speaker.known)
    lines.push(`  # no record "${q.speaker.id}" yet: ${newPersonCommand(q.speaker.name)}`);
  lines.push(`  - id: ${quoteId(q, ids)}`, `    report: ${meta.report}`, `    speaker: ${q.speaker?.id ?? 'TODO'}`);
  lines.push(`    text: ${scalar(q.text)}`, `    kind: ${q.kind}`);
  if (q.venue) {
    lines.push('    venue:');
    for (const [key, value] of Object.entries(q.venue))
      lines.push(`      ${key}: ${key === 'programme' ? scalar(value) : String(value)}`);
  }
  if (q.relay.length === 0) lines.push('    relay: []');
  else {
    lines.push('    relay:');
    for (const step of q.relay) {
      lines.push(
        step.source
          ? `      - { source: ${step.source}, wording: ${scalar(step.wording)} }`
          : `      - { wording: ${scalar(step.wording)} }`,
      );
    }
  }
  lines.push('    topic: TODO', '    claims: []');
  return lines;
}

/** The whole draft file: header, quotes, strings that are not speech, questions, candidate evidence. */
export function draftYaml(draft: Draft, meta: DraftMeta): string {
  const ids = new Set<string>();
  const out = [
    `# Draft for ${meta.story}/${meta.report}, proposed by \`npm run draft\` from the archived copy ${meta.archive}.`,
    '# Every text is cut from the archive by offset, so it is verbatim; everything else is a guess.',
    '# Confirm or fix each item, replace every TODO, move it into analysis.yaml, then delete this file.',
    '# The build ignores *.draft.yaml files; `npm run validate` lists them as pending.',
    'draft:',
    `  story: ${meta.story}`,
    `  report: ${meta.report}`,
    `  archive: ${scalar(meta.archive)}`,
    '',
    '# Quoted speech, in the order of the archive.',
  ];
  const speech = draft.quotes.filter((q) => !q.notSpeech);
  out.push(speech.length ? 'quotes:' : 'quotes: []');
  for (const q of speech) out.push(...quoteLines(q, meta, ids));
  out.push('', '# Quoted strings that are not speech: programme titles, headlines, quotes inside quotes.');
  const other = draft.quotes.filter((q): q is QuoteProposal & { notSpeech: NotSpeech } => q.notSpeech !== undefined);
  out.push(other.length ? 'notSpeech:' : 'notSpeech: []');
  for (const q of other) out.push(`  - { text: ${scalar(q.text)}, why: ${q.notSpeech}, at: [${q.start}, ${q.end}] }`);

  out.push('', '# Every question sentence of the report; standalone lines are FAQ entries or headings.');
  out.push(draft.questions.length ? 'questions:' : 'questions: []');
  for (const q of draft.questions) {
    out.push(`  # DRAFT (archive ${q.start}-${q.end}${q.standalone ? '; a line of its own' : '; in running text'})`);
    out.push(`  - id: ${keyWords(q.text, 4)}`, '    text: TODO the question, in our words');
    out.push(`    raisedBy: { by: report, report: ${meta.report}, excerpt: ${scalar(q.text)} }`);
    out.push('    claims: []', '    status: open');
  }

  out.push('', '# For each claim of the story: archive sentences sharing its key terms, candidate evidence.');
  const evidence = draft.evidence.filter((e) => e.sentences.length > 0);
  out.push(evidence.length ? 'evidence:' : 'evidence: {}');
  for (const e of evidence) {
    out.push(`  ${e.claim}:`);
    for (const s of e.sentences)
      out.push(`    - ${scalar(s.text)} # archive ${s.start}-${s.end}; shares ${s.terms.join(', ')}`);
  }
  return `${out.join('\n')}\n`;
}
