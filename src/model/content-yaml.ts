/**
 * The one YAML reader for content: YAML files, and the frontmatter of Markdown files. Validation,
 * the scripts and the Astro build (through `src/build/content-loader.ts`) all parse with it, so they
 * accept exactly the same files. Pure: takes text, returns data and a way to find a field's line.
 *
 * - YAML 1.2 core schema: `2025-08-15` stays the string written, never a Date shifted by a zone.
 * - No merge keys (`<<`): they are refused with a message, here and so in the build.
 * - Aliases are limited in number and in what they expand to, so a few lines that repeat an anchor
 *   thousands of times are refused in milliseconds instead of exhausting memory downstream.
 */
import { isAlias, isCollection, isMap, isNode, isPair, isScalar, Lexer, LineCounter, parseDocument, visit } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';

/** Aliases (`*name`) a file may use. Content needs none; a handful is tolerated. */
export const MAX_ALIASES = 50;
/** Nodes that aliases may add once expanded, in total per file. */
export const MAX_ALIAS_EXPANSION = 2_000;

/** A 1-based line and column in a file. */
export interface Position {
  line: number;
  column: number;
}

/** A problem found while reading: what is wrong, and where in the file, when known. */
export class YamlReadError extends Error {
  readonly position: Position | undefined;
  constructor(message: string, position?: Position) {
    super(message);
    this.name = 'YamlReadError';
    this.position = position;
  }
}

export interface ParsedYaml {
  data: unknown;
  /** Where the value at `path` is written; undefined when the file has no such value. */
  find(path: readonly (string | number)[]): Position | undefined;
  /** Where the value at `path` is written, or the nearest enclosing value that is; `key` points at that key. */
  locate(path: readonly PropertyKey[], key?: string): Position | undefined;
}

/**
 * Parses one YAML document. `firstLine` is the file line the text starts on (frontmatter starts
 * after its `---`), so positions are file positions. Throws a YamlReadError naming the line.
 */
export function parseContentYaml(text: string, firstLine = 1): ParsedYaml {
  tooManyAliases(text, firstLine);
  const counter = new LineCounter();
  const doc = parseDocument(text, {
    version: '1.2',
    schema: 'core',
    merge: false,
    uniqueKeys: true,
    prettyErrors: true,
    lineCounter: counter,
  });
  const at = (offset: number): Position => {
    const { line, col } = counter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const error = doc.errors[0];
  if (error) {
    const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'invalid YAML';
    throw new YamlReadError(reason, at(error.pos[0]));
  }
  checkAliasesAndMerges(doc, at);
  // The expansion is bounded above, so Yaml's own alias check is a second fence, not the first.
  const data: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
  return {
    data,
    find(path) {
      const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
      return isNode(node) && node.range ? at(node.range[0]) : undefined;
    },
    locate(path, key) {
      const node = nearestNode(doc, path);
      if (!node) return undefined;
      if (key !== undefined && isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
        if (isPair(pair) && isNode(pair.key) && pair.key.range) return at(pair.key.range[0]);
      }
      return node.range ? at(node.range[0]) : undefined;
    },
  };
}

/** Tokens the lexer emits that are not source text (document start, flow error end, scalar). */
const CONTROL_TOKENS = new Set(['\x02', '\x18', '\x1f']);

/**
 * Counts aliases with the lexer alone, stopping at the first one too many: a file that repeats an
 * anchor thousands of times is refused before it is parsed, which for a large file is most of the
 * time. (A plain scalar cannot start with `*`, so a token that does is an alias.)
 */
function tooManyAliases(text: string, firstLine: number): void {
  if (!text.includes('*')) return;
  let offset = 0;
  let aliases = 0;
  for (const token of new Lexer().lex(text)) {
    if (CONTROL_TOKENS.has(token)) continue;
    if (token.startsWith('*') && ++aliases > MAX_ALIASES) {
      const before = text.slice(0, offset).split('\n');
      throw new YamlReadError(tooManyMessage, {
        line: firstLine + before.length - 1,
        column: (before.at(-1)?.length ?? 0) + 1,
      });
    }
    offset += token.length;
  }
}

const tooManyMessage = `uses more than ${MAX_ALIASES} aliases ("*name"): write the values out`;

/** The node at `path`, or its nearest ancestor that exists (a missing field points at its parent). */
function nearestNode(doc: Document, path: readonly PropertyKey[]): YamlNode | undefined {
  const keys = path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');
  for (let n = keys.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(keys.slice(0, n), true);
    if (isNode(node)) return node;
  }
  return undefined;
}

/** Refuses merge keys, too many aliases, and aliases whose expansion would be large. */
function checkAliasesAndMerges(doc: Document, at: (offset: number) => Position): void {
  const sizes = new Map<YamlNode, number>();
  const sizeOf = (node: unknown): number => {
    if (isAlias(node)) {
      const target = node.resolve(doc);
      return target ? sizeOf(target) : 1;
    }
    if (!isNode(node)) return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    sizes.set(node, 1); // a cycle counts once
    let size = 1;
    if (isCollection(node)) {
      for (const item of node.items) size += isPair(item) ? sizeOf(item.key) + sizeOf(item.value) : sizeOf(item);
    }
    sizes.set(node, size);
    return size;
  };
  let aliases = 0;
  let expanded = 0;
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === '<<') {
        throw new YamlReadError(
          'uses a merge key ("<<"), which content does not support: write the fields out in full',
          pair.key.range ? at(pair.key.range[0]) : undefined,
        );
      }
    },
    Alias(_, alias) {
      const where = alias.range ? at(alias.range[0]) : undefined;
      if (++aliases > MAX_ALIASES) {
        throw new YamlReadError(tooManyMessage, where);
      }
      expanded += sizeOf(alias);
      if (expanded > MAX_ALIAS_EXPANSION) {
        throw new YamlReadError(
          `aliases ("*name") expand to more than ${MAX_ALIAS_EXPANSION} values: write the values out`,
          where,
        );
      }
    },
  });
}

/** A Markdown file split into its frontmatter and its body, with the file line each starts on. */
export interface MarkdownParts {
  /** The YAML between the `---` lines; empty when the file has none. */
  frontmatter: string;
  /** File line of the frontmatter's first line. */
  frontmatterLine: number;
  body: string;
  /** Lines of the file before the body, to turn body lines into file lines. */
  bodyLine: number;
}

const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Splits `---`-fenced frontmatter from the body; a file without it is all body. */
export function splitFrontmatter(text: string): MarkdownParts {
  const match = FRONTMATTER.exec(text);
  if (!match) return { frontmatter: '', frontmatterLine: 1, body: text, bodyLine: 0 };
  const head = match[0];
  return {
    frontmatter: match[1] ?? '',
    frontmatterLine: 2,
    body: text.slice(head.length),
    bodyLine: head.split('\n').length - (head.endsWith('\n') ? 1 : 0),
  };
}
