/**
 * Our own prose puts the reports' words in quotation marks now and then (“Friday’s Alaska summit”).
 * Those words must be the archive's, exactly like a quote: this module finds every quoted passage
 * in our prose, with the file, the field (or body line) and the reports whose archives may hold it;
 * `verify:sources` checks each with `appearsAsWords` (src/model/verbatim.ts). Pure: no file system.
 *
 * Our prose is: the story's title, dek, topic labels, event labels and notes, and overview (the
 * body of story.md); each report's title, label and summary (its body); and in analysis.yaml claim
 * texts, position notes, sameness, conflict, quote contexts, and questions' text, basis and answer.
 * What belongs to one report (its summary, a position's note, a quote's context, the text of a
 * question it raises) is checked against that report's archive; the rest against any of the story's.
 *
 * Passages inside an `:::outside-context` block or `:outside-context[...]` are not checked: they
 * come, by definition, from outside the reports. Inline code and raw HTML are not prose.
 */
import type { Nodes } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { OUTSIDE_CONTEXT } from '../plugins/remark-outside-context.ts';
import type { Analysis, Report, Story } from '../schemas/index.ts';
import { quotedPassages } from './quote-marks.ts';

/** One passage of our prose inside quotation marks. */
export interface ProsePassage {
  file: string;
  /** Field path (`events[0].note`, `claims[3].positions.outcome-report.note`) or `body (line 12)`. */
  field: string;
  /** The words inside the marks. */
  text: string;
  /** Ids of the story's reports whose archived copies may hold it: any one will do. */
  reports: readonly string[];
  /** The closing mark is missing: a typo, reported as such. */
  unclosed: boolean;
}

/** A passage of a Markdown body, with its 1-based line in the body. */
export interface BodyPassage {
  text: string;
  line: number;
  unclosed: boolean;
}

const parser = unified().use(remarkParse).use(remarkDirective);

/** Block nodes whose text is read as one run (a quotation may span its lines, not its ends). */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** The quoted passages of a Markdown body, read as a reader sees the text (emphasis marks gone). */
export function markdownPassages(body: string): BodyPassage[] {
  const passages: BodyPassage[] = [];
  const walk = (node: Nodes) => {
    if (isOutsideContext(node)) return;
    if (BLOCKS.has(node.type) && 'children' in node) {
      const run = { text: '', starts: [] as { at: number; line: number }[] };
      for (const child of node.children) flatten(child, run);
      for (const p of quotedPassages(run.text)) {
        const start = run.starts.findLast((s) => s.at <= p.start) ?? { at: 0, line: node.position?.start.line ?? 1 };
        const breaks = run.text.slice(start.at, p.start).split('\n').length - 1;
        passages.push({ text: p.text, line: start.line + breaks, unclosed: p.unclosed });
      }
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(parser.parse(body));
  return passages;
}

function isOutsideContext(node: Nodes): boolean {
  return (
    (node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective') &&
    node.name === OUTSIDE_CONTEXT
  );
}

/** Appends the text a reader sees of an inline node, noting on which line each text node starts. */
function flatten(node: Nodes, run: { text: string; starts: { at: number; line: number }[] }): void {
  if (isOutsideContext(node) || node.type === 'inlineCode' || node.type === 'html') return;
  if (node.type === 'text') {
    if (node.position) run.starts.push({ at: run.text.length, line: node.position.start.line });
    run.text += node.value;
  } else if (node.type === 'break') {
    run.text += '\n';
  } else if ('children' in node) {
    for (const child of node.children) flatten(child, run);
  }
}

/** The files of one story, as the content reader gives them. */
export interface StoryFiles {
  story: { id: string; file: string; data: Story; body: string; bodyLine: number };
  /** `id` is `<story>/<report>`. */
  reports: readonly { id: string; file: string; data: Report; body: string; bodyLine: number }[];
  analysis?: { file: string; data: Analysis } | undefined;
}

/** Every quoted passage in the prose of one story. */
export function prosePassages({ story, reports, analysis }: StoryFiles): ProsePassage[] {
  const list: ProsePassage[] = [];
  const all = story.data.reports;
  const add = (file: string, field: string, text: string | undefined, scope: readonly string[]) => {
    if (text === undefined) return;
    for (const p of quotedPassages(text))
      list.push({ file, field, text: p.text, reports: scope, unclosed: p.unclosed });
  };
  const addBody = (file: string, body: string, bodyLine: number, scope: readonly string[]) => {
    for (const p of markdownPassages(body)) {
      list.push({
        file,
        field: `body (line ${p.line + bodyLine})`,
        text: p.text,
        reports: scope,
        unclosed: p.unclosed,
      });
    }
  };

  const { file, data } = story;
  add(file, 'title', data.title, all);
  add(file, 'dek', data.dek, all);
  data.topics.forEach((topic, i) => add(file, `topics[${i}].label`, topic.label, all));
  data.events.forEach((event, i) => {
    add(file, `events[${i}].label`, event.label, all);
    add(file, `events[${i}].note`, event.note, all);
  });
  addBody(file, story.body, story.bodyLine, all);

  for (const report of reports) {
    const own = [report.id.split('/')[1] ?? report.id];
    add(report.file, 'title', report.data.title, own);
    add(report.file, 'label', report.data.label, own);
    addBody(report.file, report.body, report.bodyLine, own);
  }

  if (!analysis) return list;
  const at = analysis.file;
  analysis.data.claims.forEach((claim, i) => {
    add(at, `claims[${i}].text`, claim.text, all);
    for (const [report, position] of Object.entries(claim.positions)) {
      add(at, `claims[${i}].positions.${report}.note`, position.note, [report]);
    }
    add(at, `claims[${i}].sameness`, claim.sameness, all);
    add(at, `claims[${i}].conflict`, claim.conflict, all);
  });
  analysis.data.quotes.forEach((quote, i) => add(at, `quotes[${i}].context`, quote.context, [quote.report]));
  analysis.data.questions.forEach((question, i) => {
    const raisedBy = question.raisedBy;
    add(at, `questions[${i}].text`, question.text, raisedBy.by === 'report' ? [raisedBy.report] : all);
    if (raisedBy.by === 'analysis') add(at, `questions[${i}].raisedBy.basis`, raisedBy.basis, all);
    add(at, `questions[${i}].answer`, question.answer, all);
  });
  return list;
}
