/** Lines of content problems, for the dev overlay and terminal: YAML, frontmatter, Markdown bodies. */
import { describe, expect, it } from 'vitest';
import { formatLocated, lineOf, pathOf } from '../../src/lib/workbench/issue-lines.ts';

const yaml = [
  'claims:',
  '  - id: a',
  '    positions:',
  '      report-a:',
  '        evidence: x',
  'quotes:',
  '  - id: q',
  '    speaker: nobody',
  '',
].join('\n');

describe('issue lines', () => {
  it('reads a field path', () => {
    expect(pathOf('claims[0].positions.report-a.evidence')).toEqual(['claims', 0, 'positions', 'report-a', 'evidence']);
  });
  it('finds the line of a field in a YAML file', () => {
    expect(lineOf(yaml, 'analysis.yaml', 'quotes[0].speaker')).toBe(8);
    expect(lineOf(yaml, 'analysis.yaml', 'claims[0].positions.report-a.evidence')).toBe(5);
  });
  it('falls back to the nearest parent found: a missing field is reported where its item starts', () => {
    expect(lineOf(yaml, 'analysis.yaml', 'claims[0].sameness')).toBe(2);
  });
  it('counts frontmatter lines in a Markdown file from the top of the file', () => {
    expect(lineOf('---\ntitle: T\nlabel: ""\n---\nBody\n', 'report.md', 'label')).toBe(3);
  });
  it('takes a Markdown body line as the check gives it', () => {
    expect(lineOf('---\ntitle: T\n---\n\n:::oops\n', 'story.md', 'body (line 5)')).toBe(5);
  });
  it('formats each problem as file:line: field: message', () => {
    expect(formatLocated([{ file: 'a.yaml', field: 'quotes[0].speaker', message: 'no person "x"', line: 8 }])).toBe(
      'Invalid content (1 problem):\n  a.yaml:8: quotes[0].speaker: no person "x"',
    );
  });
});
