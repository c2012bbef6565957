import { describe, expect, it } from 'vitest';
import { yamlLines } from '../../src/model/yaml-lines.ts';

describe('yamlLines', () => {
  const lineOf = yamlLines(
    [
      '# A comment',
      'claims:',
      '  - id: first',
      '    text: >-',
      '      Folded text.',
      '    positions:',
      '      report-a: { stance: asserts, evidence: flow style }',
      '  - id: second',
      '    positions:',
      '      report-b:',
      '        stance: hedges',
      '        evidence: block style',
    ].join('\n'),
  );

  it('gives the 1-based line where a field’s value starts, in block and flow style', () => {
    expect(lineOf(['claims', 0, 'text'])).toBe(4);
    expect(lineOf(['claims', 0, 'positions', 'report-a', 'evidence'])).toBe(7);
    expect(lineOf(['claims', 1, 'positions', 'report-b', 'evidence'])).toBe(12);
  });

  it('gives undefined for a path that is not in the file', () => {
    expect(lineOf(['claims', 2, 'text'])).toBeUndefined();
    expect(lineOf(['claims', 0, 'positions', 'report-z', 'note'])).toBeUndefined();
  });
});
