/** One problem with the content: the file it is in, the field, and what is wrong. */
export interface ContentIssue {
  file: string;
  field: string;
  message: string;
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

export function formatIssues(issues: readonly ContentIssue[]): string {
  const lines = issues.map((i) => `  ${i.file}: ${i.field ? `${i.field}: ` : ''}${i.message}`);
  return `Invalid content (${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}):\n${lines.join('\n')}`;
}

/** `['claims', 3, 'positions', 'report-a', 'evidence']` → `claims[3].positions.report-a.evidence`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}
