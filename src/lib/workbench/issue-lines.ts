/**
 * The line of each content problem's field in its file, so the dev overlay and terminal can point
 * at it: YAML files directly, Markdown through its frontmatter. Pure apart from reading the file.
 */
import { readFileSync } from 'node:fs';
import type { ContentIssue } from '../errors.ts';
import { yamlLines } from '../yaml-lines.ts';

export interface LocatedIssue extends ContentIssue {
  line?: number;
}

/** `claims[3].positions.report-a.evidence` → `['claims', 3, 'positions', 'report-a', 'evidence']`. */
export function pathOf(field: string): (string | number)[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] ?? '')));
}

/** The 1-based line of `field` in `text` (a YAML file, or Markdown whose frontmatter holds it); the nearest parent found counts. */
export function lineOf(text: string, file: string, field: string): number | undefined {
  // The Markdown check gives a body line itself: `body (line 12)`.
  const body = /^body \(line (\d+)\)$/.exec(field);
  if (body) return Number(body[1]);
  let source = text;
  let offset = 0;
  if (file.endsWith('.md')) {
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    if (!front) return undefined;
    source = front[1] ?? '';
    offset = 1;
  }
  const find = yamlLines(source);
  const path = pathOf(field);
  for (let n = path.length; n > 0; n--) {
    const line = find(path.slice(0, n));
    if (line !== undefined) return line + offset;
  }
  return undefined;
}

/** Each issue with the line of its field, when the file and field can be found. */
export function locate(issues: readonly ContentIssue[]): LocatedIssue[] {
  const texts = new Map<string, string | undefined>();
  return issues.map((issue) => {
    if (!texts.has(issue.file)) {
      try {
        texts.set(issue.file, readFileSync(issue.file, 'utf8'));
      } catch {
        texts.set(issue.file, undefined);
      }
    }
    const text = texts.get(issue.file);
    const line = text !== undefined && issue.field ? lineOf(text, issue.file, issue.field) : undefined;
    return line === undefined ? issue : { ...issue, line };
  });
}

/** One line per issue, `file:line: field: message`, as editors and terminals link them. */
export function formatLocated(issues: readonly LocatedIssue[]): string {
  const lines = issues.map(
    (i) => `  ${i.file}${i.line ? `:${i.line}` : ''}: ${i.field ? `${i.field}: ` : ''}${i.message}`,
  );
  return `Invalid content (${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}):\n${lines.join('\n')}`;
}
