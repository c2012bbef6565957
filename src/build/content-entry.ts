/**
 * Reads one content file: its id from its name (checked like any id), its YAML through the one
 * reader (`content-yaml.ts`), its schema, and for Markdown its body. Every problem comes back as a
 * ContentIssue with the file, the field and the line:column. Shared by the scripts'
 * reader (`content-files.ts`) and the build's loader (`content-loader.ts`).
 */
import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { analysisSchema, outletSchema, personSchema, reportSchema, slug, storySchema } from '../schemas/index.ts';
import { outletIdOf, personIdOf, reportKeyOf, storyIdOf, type CollectionName } from './content-layout.ts';
import {
  parseContentYaml,
  splitFrontmatter,
  YamlReadError,
  type ParsedYaml,
  type Position,
} from '../model/content-yaml.ts';
import { fieldPath, parseFieldPath, type ContentIssue } from '../model/errors.ts';
import { findInvisible, invisibleMessage } from '../model/invisible-chars.ts';

export const schemas = {
  stories: storySchema,
  reports: reportSchema,
  analyses: analysisSchema,
  people: personSchema,
  outlets: outletSchema,
} as const;

export const idOf: Record<CollectionName, (entry: string) => string> = {
  stories: storyIdOf,
  reports: reportKeyOf,
  analyses: storyIdOf,
  people: personIdOf,
  outlets: outletIdOf,
};

export type EntryData<C extends CollectionName> = z.output<(typeof schemas)[C]>;

export interface ReadEntry<C extends CollectionName> {
  id: string;
  /** The file as messages name it. */
  file: string;
  /** The file's text, for digests. */
  text: string;
  /** The validated data; absent when there are issues. */
  data?: EntryData<C>;
  /** The Markdown body (empty for YAML files), and the number of file lines before it. */
  body: string;
  bodyLine: number;
  issues: ContentIssue[];
}

/** The names in an entry's path that become ids: the story folder, and the file for reports, people, outlets. */
function idNames(collection: CollectionName, entry: string): string[] {
  const parts = entry.split('/');
  const stem = (name: string) => name.replace(/\.(md|yaml)$/, '');
  switch (collection) {
    case 'stories':
    case 'analyses':
      return [parts[0] ?? ''];
    case 'reports':
      return [parts[0] ?? '', stem(parts[2] ?? '')];
    default:
      return [stem(parts[0] ?? '')];
  }
}

/** Problems with the names an id is taken from (`%2e%2e`, `Ada Moreno`, a zero-width space). */
export function idIssues(collection: CollectionName, entry: string, file: string): ContentIssue[] {
  return idNames(collection, entry).flatMap((name) => {
    if (slug.safeParse(name).success) return [];
    const invisible = findInvisible(name);
    const reason = invisible
      ? invisibleMessage(invisible)
      : 'must be a lowercase slug of letters, digits and single hyphens, e.g. "ada-moreno"';
    return [{ file, field: '', message: `the name "${name}" gives an id, which ${reason}` }];
  });
}

/**
 * Reads, parses and validates one entry (`entry` is relative to the collection's base folder,
 * `path` the full path). `file` is how messages name it.
 */
export function readEntry<C extends CollectionName>(
  collection: C,
  entry: string,
  path: string,
  file: string,
  text = readFileSync(path, 'utf8'),
): ReadEntry<C> {
  const id = idOf[collection](entry);
  const result: ReadEntry<C> = { id, file, text, body: '', bodyLine: 0, issues: idIssues(collection, entry, file) };
  let parsed: ParsedYaml;
  try {
    if (path.endsWith('.md')) {
      const parts = splitFrontmatter(text);
      result.body = parts.body;
      result.bodyLine = parts.bodyLine;
      parsed = parseContentYaml(parts.frontmatter, parts.frontmatterLine);
      result.issues.push(...bodyIssues(parts.body, parts.bodyLine, file));
    } else {
      parsed = parseContentYaml(text);
    }
  } catch (error) {
    if (!(error instanceof YamlReadError)) throw error;
    result.issues.push({ file, field: '', message: `cannot be parsed: ${error.message}`, ...error.position });
    return result;
  }
  const valid = schemas[collection].safeParse(parsed.data ?? {});
  if (!valid.success) {
    for (const issue of valid.error.issues) {
      const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
      result.issues.push({
        file,
        field: fieldPath(issue.path),
        message: issue.message,
        ...parsed.locate(issue.path, key),
      });
    }
  }
  if (result.issues.length === 0 && valid.success) result.data = valid.data as EntryData<C>;
  return result;
}

/** Control and invisible characters in a Markdown body (tabs and line breaks are fine there). */
function bodyIssues(body: string, bodyLine: number, file: string): ContentIssue[] {
  const found = findInvisible(body.replace(/\r\n/g, '\n'));
  if (!found) return [];
  const before = body.slice(0, found.index).split('\n');
  const line = bodyLine + before.length;
  const column = (before.at(-1)?.length ?? 0) + 1;
  return [{ file, field: 'body', message: invisibleMessage({ ...found, index: column - 1 }), line, column }];
}

/**
 * Adds line:column to issues that lack them (the cross-reference checks name a field, not a line)
 * by reading each named file again: only on failure, so it costs nothing on valid content.
 */
export function locateIssues(issues: readonly ContentIssue[]): ContentIssue[] {
  const files = new Map<string, ParsedYaml | undefined>();
  const parse = (file: string): ParsedYaml | undefined => {
    try {
      const text = readFileSync(file, 'utf8');
      if (!file.endsWith('.md')) return parseContentYaml(text);
      const parts = splitFrontmatter(text);
      return parseContentYaml(parts.frontmatter, parts.frontmatterLine);
    } catch {
      return undefined;
    }
  };
  return issues.map((issue) => {
    if (issue.line || !issue.field || issue.field.startsWith('body')) return issue;
    if (!files.has(issue.file)) files.set(issue.file, parse(issue.file));
    const position: Position | undefined = files.get(issue.file)?.locate(parseFieldPath(issue.field));
    return position ? { ...issue, ...position } : issue;
  });
}
