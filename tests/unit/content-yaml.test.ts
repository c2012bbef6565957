import { describe, expect, it } from 'vitest';
import {
  MAX_ALIAS_EXPANSION,
  parseContentYaml,
  splitFrontmatter,
  YamlReadError,
} from '../../src/model/content-yaml.ts';

/** The YamlReadError `text` raises. */
function errorOf(text: string, firstLine?: number): YamlReadError {
  try {
    parseContentYaml(text, firstLine);
  } catch (error) {
    if (error instanceof YamlReadError) return error;
    throw error;
  }
  throw new Error('expected a YamlReadError');
}

describe('parseContentYaml', () => {
  it('keeps dates, times and YAML 1.1 booleans as the strings written', () => {
    expect(parseContentYaml('a: 2025-08-17\nb: 2025-08-17T01:00:00+05:00\nc: yes\nd: true\n').data).toEqual({
      a: '2025-08-17',
      b: '2025-08-17T01:00:00+05:00',
      c: 'yes',
      d: true,
    });
  });

  it('refuses an anchor repeated thousands of times, in milliseconds, at the alias one too many', () => {
    const list = `[${Array.from({ length: 400 }, () => 'r').join(', ')}]`;
    const text = `a: &a ${list}\nb:\n${'  - *a\n'.repeat(5000)}`;
    const started = performance.now();
    const error = errorOf(text, 10);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(error.message).toBe('uses more than 50 aliases ("*name"): write the values out');
    expect(error.position).toEqual({ line: 62, column: 5 });
  });

  it('refuses a few aliases of a large anchor, at the alias that tips the expansion over', () => {
    const list = `[${Array.from({ length: 400 }, () => 'r').join(', ')}]`;
    const error = errorOf(`a: &a ${list}\nb:\n${'  - *a\n'.repeat(6)}`, 10);
    expect(error.message).toBe(
      `aliases ("*name") expand to more than ${MAX_ALIAS_EXPANSION} values: write the values out`,
    );
    expect(error.position).toEqual({ line: 16, column: 5 });
  });

  it('refuses nested anchors ("billion laughs") and too many aliases', () => {
    const level = (name: string, item: string) => `${name}: &${name} [${Array(9).fill(item).join(', ')}]\n`;
    const laughs = level('a', 'x') + level('b', '*a') + level('c', '*b') + level('d', '*c');
    expect(errorOf(laughs).message).toMatch(/^aliases \("\*name"\) expand to more than/);
    expect(errorOf(`a: &a x\nb: [${Array.from({ length: 51 }, () => '*a').join(', ')}]\n`).message).toBe(
      'uses more than 50 aliases ("*name"): write the values out',
    );
  });

  it('allows a few small aliases', () => {
    expect(parseContentYaml('a: &a [x, y]\nb: *a\n').data).toEqual({ a: ['x', 'y'], b: ['x', 'y'] });
  });

  it('refuses merge keys, naming their line', () => {
    const error = errorOf('base: &b { x: 1 }\nitem:\n  <<: *b\n  y: 2\n');
    expect(error.message).toBe('uses a merge key ("<<"), which content does not support: write the fields out in full');
    expect(error.position).toEqual({ line: 3, column: 3 });
  });

  it('gives syntax errors and duplicate keys with their file position', () => {
    expect(errorOf('a: 1\nb: [x\n', 5).position?.line).toBeGreaterThanOrEqual(6);
    const duplicate = errorOf('a: 1\na: 2\n');
    expect(duplicate.message).toMatch(/^Map keys must be unique/);
    expect(duplicate.position).toEqual({ line: 2, column: 1 });
  });

  it('locates a field, a missing field at its parent, and an unknown key at the key', () => {
    const parsed = parseContentYaml('claims:\n  - id: a\n    text: x\n    confict: y\n', 2);
    expect(parsed.locate(['claims', 0, 'text'])).toEqual({ line: 4, column: 11 });
    expect(parsed.locate(['claims', 0, 'conflict'])).toEqual({ line: 3, column: 5 });
    expect(parsed.locate(['claims', 0], 'confict')).toEqual({ line: 5, column: 5 });
  });
});

describe('splitFrontmatter', () => {
  it('splits the frontmatter from the body and counts the lines before each', () => {
    expect(splitFrontmatter('---\ntitle: T\n---\n\nBody.\n')).toEqual({
      frontmatter: 'title: T\n',
      frontmatterLine: 2,
      body: '\nBody.\n',
      bodyLine: 3,
    });
  });

  it('treats a file without frontmatter as all body, and a second --- block as body', () => {
    expect(splitFrontmatter('Body only.').frontmatter).toBe('');
    const parts = splitFrontmatter('---\ntitle: T\n---\n---\na: &a [x]\n---\n');
    expect(parts.frontmatter).toBe('title: T\n');
    expect(parts.body).toBe('---\na: &a [x]\n---\n');
  });
});
