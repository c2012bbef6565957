/**
 * Reads the content root from disk the way Astro's loaders do (same layout, same schemas), for
 * the command-line tools: validation before a build, source verification, the corpus generator.
 * Collects every problem rather than stopping at the first, each naming its file and field.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { analysisSchema, outletSchema, personSchema, reportSchema, storySchema } from '../schemas/index.ts';
import { buildCorpus, type Corpus, type CorpusInput, type Source } from './corpus.ts';
import { layout, outletIdOf, personIdOf, reportKeyOf, storyIdOf, type CollectionName } from './content-layout.ts';
import { ContentError, fieldPath, type ContentIssue } from './errors.ts';

/** Files matching a layout pattern (only `*` segments and literal names), relative to the pattern's base. */
export function listEntries(root: string, collection: CollectionName): string[] {
  const { base, pattern } = layout[collection];
  const baseDir = join(root, base);
  let matches = [''];
  for (const segment of pattern.split('/')) {
    matches = matches.flatMap((dir) => {
      const full = join(baseDir, dir);
      if (!isDir(full)) return [];
      const names = segment.startsWith('*')
        ? readdirSync(full).filter((n) => n.endsWith(segment.slice(1)) && !n.startsWith('.'))
        : [segment];
      return names.map((n) => (dir ? `${dir}/${n}` : n));
    });
  }
  return matches.filter((entry) => isFile(join(baseDir, entry))).sort();
}

function isDir(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}
function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

export interface MarkdownSource<T> extends Source<T> {
  body: string;
  /** Lines of the file before the body (the frontmatter), to turn body lines into file lines. */
  bodyLine: number;
}

export interface ContentFiles extends CorpusInput {
  outlets: NonNullable<CorpusInput['outlets']>;
  reports: MarkdownSource<CorpusInput['reports'][number]['data']>[];
  stories: MarkdownSource<CorpusInput['stories'][number]['data']>[];
}

/** Parses every content file under `root` with its schema; throws a ContentError listing every problem. */
export function readContentFiles(root: string): ContentFiles {
  if (!isDir(root)) {
    throw new ContentError([
      { file: root, field: '', message: 'is not a directory: set PARALLAX_CONTENT_DIR to a content root' },
    ]);
  }
  const issues: ContentIssue[] = [];
  const read = <S extends z.ZodType>(collection: CollectionName, schema: S, idOf: (entry: string) => string) =>
    listEntries(root, collection).flatMap((entry) => {
      const path = join(root, layout[collection].base, entry);
      const file = relative(process.cwd(), path) || path;
      const text = readFileSync(path, 'utf8');
      let raw: unknown;
      let body = '';
      let bodyLine = 0;
      try {
        if (path.endsWith('.md')) {
          const parsed = parseFrontmatter(text);
          raw = parsed.frontmatter;
          body = parsed.content;
          if (text.endsWith(body)) bodyLine = text.slice(0, text.length - body.length).split('\n').length - 1;
        } else {
          raw = parseYaml(text);
        }
      } catch (error) {
        const reason = (error as Error).message.split('\n')[0]?.replace(/:$/, '');
        issues.push({ file, field: '', message: `cannot be parsed: ${reason}` });
        return [];
      }
      const result = schema.safeParse(raw ?? {});
      if (!result.success) {
        for (const issue of result.error.issues) {
          issues.push({ file, field: fieldPath(issue.path), message: issue.message });
        }
        return [];
      }
      return [{ id: idOf(entry), file, data: result.data as z.output<S>, body, bodyLine }];
    });

  const files = {
    stories: read('stories', storySchema, storyIdOf),
    reports: read('reports', reportSchema, reportKeyOf),
    analyses: read('analyses', analysisSchema, storyIdOf),
    people: read('people', personSchema, personIdOf),
    outlets: read('outlets', outletSchema, outletIdOf),
  };
  if (files.stories.length === 0 && issues.length === 0) {
    issues.push({
      file: join(root, layout.stories.base),
      field: '',
      message: 'holds no story: expected <story>/story.md',
    });
  }
  if (issues.length > 0) throw new ContentError(issues);
  return files;
}

/** Reads, validates and joins the content under `root`. */
export function loadCorpus(root: string): { files: ContentFiles; corpus: Corpus } {
  const files = readContentFiles(root);
  return { files, corpus: buildCorpus(files) };
}
