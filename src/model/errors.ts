/** One problem with the content: the file it is in, the field, what is wrong, and where, when known. */
export interface ContentIssue {
  file: string;
  field: string;
  message: string;
  /** 1-based line and column of the field in the file (for a missing field, of the value that lacks it). */
  line?: number | undefined;
  column?: number | undefined;
}

/** Thrown when content is invalid; its message lists every issue, one per line, file first. */
export class ContentError extends Error {
  readonly issues: readonly ContentIssue[];

  constructor(issues: readonly ContentIssue[]) {
    super(formatIssues(issues));
    this.name = 'ContentError';
    this.issues = issues;
  }
}

/** `  file:line:column: field: message`, one line per issue, as compilers print them (editors link them). */
export function formatIssues(issues: readonly ContentIssue[]): string {
  const lines = issues.map(
    (i) => `  ${i.file}${i.line ? `:${i.line}:${i.column ?? 1}` : ''}: ${i.field ? `${i.field}: ` : ''}${i.message}`,
  );
  return `Invalid content (${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}):\n${lines.join('\n')}`;
}

/** `['claims', 3, 'positions', 'report-a', 'evidence']` → `claims[3].positions.report-a.evidence`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** The inverse of `fieldPath` for the paths it writes (keys are slugs, so hold no dots or brackets). */
export function parseFieldPath(field: string): (string | number)[] {
  const path: (string | number)[] = [];
  for (const [, key, index] of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    path.push(index !== undefined ? Number(index) : (key ?? ''));
  }
  return path;
}
