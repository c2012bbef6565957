/**
 * The verbatim check behind `npm run verify:sources`: quotes and evidence excerpts must appear in
 * the report's archived copy. Only quote characters and white space are normalised, nothing else.
 */
import type { StoryView } from './corpus.ts';

/** Maps curly and typographic quote marks to straight ones and collapses white space. */
export function normalise(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One verbatim passage the content claims a report contains. */
export interface Excerpt {
  /** The content file that holds it. */
  file: string;
  /** `quote`, `claim` or `question`, with its id. */
  kind: 'quote' | 'claim' | 'question';
  id: string;
  /** Field path within the item, e.g. `positions.outcome-report.evidence`. */
  field: string;
  /** Key of the report whose archive must contain it. */
  reportKey: string;
  archive: string;
  text: string;
}

/** Every verbatim passage in a story: quote texts and relay wordings, claim evidence, question excerpts. */
export function excerptsOf(story: StoryView, analysisFile: string): Excerpt[] {
  const list: Excerpt[] = [];
  const byId = new Map(story.reportViews.map((r) => [r.id, r]));
  const add = (kind: Excerpt['kind'], id: string, field: string, reportId: string, text: string) => {
    const report = byId.get(reportId);
    if (report)
      list.push({ file: analysisFile, kind, id, field, reportKey: report.key, archive: report.archive, text });
  };
  for (const claim of story.claims) {
    for (const [reportId, position] of Object.entries(claim.positions)) {
      add('claim', claim.id, `positions.${reportId}.evidence`, reportId, position.evidence);
    }
  }
  for (const quote of story.quotes) {
    add('quote', quote.id, 'text', quote.report, quote.text);
    quote.relay.forEach((step, i) => add('quote', quote.id, `relay[${i}].wording`, quote.report, step.wording));
  }
  for (const question of story.questions) {
    if (question.raisedBy.by === 'report') {
      add('question', question.id, 'raisedBy.excerpt', question.raisedBy.report, question.raisedBy.excerpt);
    }
  }
  return list;
}

/** A word as `closestPassage` compares it: lower case, without punctuation (`ready,"` → `ready`). */
const wordKey = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The archive passage most like `text`, for error messages: the same length in words, with the most
 * words in common (ignoring case and punctuation), then the most words in the same place; with no
 * word in common, the passage starting at the first word that contains its first word.
 */
export function closestPassage(archive: string, text: string): string {
  const words = normalise(archive).split(' ');
  const keys = words.map(wordKey);
  const wanted = normalise(text).split(' ').map(wordKey);
  const size = Math.min(wanted.length, words.length);
  const bag = new Set(wanted);
  let best = 0;
  let bestScore = -1;
  for (let start = 0; start + size <= words.length; start++) {
    let shared = 0;
    let aligned = 0;
    for (let k = 0; k < size; k++) {
      const key = keys[start + k] ?? '';
      if (bag.has(key)) shared++;
      if (key === wanted[k]) aligned++;
    }
    const score = shared * (size + 1) + aligned;
    if (score > bestScore) [best, bestScore] = [start, score];
  }
  // No word in common: start where a longer word contains the first one ("reported" in "reportedly").
  const first = wanted[0];
  if (bestScore === 0 && first) {
    const within = keys.findIndex((key) => key.includes(first));
    if (within >= 0) best = Math.min(within, words.length - size);
  }
  return words.slice(best, best + size).join(' ');
}

/**
 * Our passage without the editorial marks we may add to a quotation: "[sic]" after a word the
 * archive misspells ("What role with [sic] US forces play"). Nothing else may differ.
 */
export function withoutEditorialMarks(text: string): string {
  return text.replace(/\s*\[sic\]/gi, '');
}

/** True when `text` appears in `archive`, comparing after normalisation (and without "[sic]"). */
export function appearsIn(archive: string, text: string): boolean {
  return normalise(archive).includes(normalise(withoutEditorialMarks(text)));
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * The check for words our prose puts in quotation marks: like `appearsIn`, but on whole words
 * ("reported" is not in "reportedly"), and allowing the two marks of an edited quotation: an
 * ellipsis (… or ...) or a bracketed insertion ([Putin]) leaves out words, so the parts around it
 * must appear in order; "[sic]" after an archive's typo is dropped, so the words around it must
 * stand together.
 */
export function appearsAsWords(archive: string, passage: string): boolean {
  const source = normalise(archive);
  const parts = normalise(passage.replace(/\s*\[sic\]/gi, ''))
    .split(/…|\.\.\.|\[[^\]]*\]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  let from = 0;
  for (const part of parts) {
    const at = findWhole(source, part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return parts.length > 0;
}

/** The first index at or after `from` where `part` stands in `text` not glued to a longer word. */
function findWhole(text: string, part: string, from: number): number {
  for (let at = text.indexOf(part, from); at >= 0; at = text.indexOf(part, at + 1)) {
    const end = at + part.length;
    const startOk = !isWordChar(part[0]) || !isWordChar(text[at - 1]);
    const endOk = !isWordChar(part.at(-1)) || !isWordChar(text[end]);
    if (startOk && endOk) return at;
  }
  return -1;
}
