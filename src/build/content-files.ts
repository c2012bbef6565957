/**
 * Reads the content root from disk as the build's loader does (same layout, same YAML reader, same
 * schemas: `content-entry.ts`), for the command-line tools: validation before a build, source
 * verification, the corpus generator, the editor tools.
 * Collects every problem rather than stopping at the first, each naming its file and field.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildCorpus, type Corpus, type Unreadable, type CorpusInput, type Source } from '../model/corpus.ts';
import { locateIssues, readEntry } from './content-entry.ts';
import { isDraftFile, layout, type CollectionName } from './content-layout.ts';
import { ContentError, type ContentIssue } from '../model/errors.ts';

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
  const { files, issues } = readFiles(root);
  if (issues.length > 0) throw new ContentError(issues);
  return files;
}

/** Every file that passed its schema, every problem, and the ids of the files that failed. */
function readFiles(root: string): { files: ContentFiles; issues: ContentIssue[]; unreadable: Unreadable } {
  if (!isDir(root)) {
    throw new ContentError([
      { file: root, field: '', message: 'is not a directory: set PARALLAX_CONTENT_DIR to a content root' },
    ]);
  }
  const issues: ContentIssue[] = strayFiles(root);
  const unreadable = { sources: new Set<string>(), stories: new Set<string>() };
  const read = <C extends CollectionName>(collection: C) =>
    listEntries(root, collection).flatMap((entry) => {
      const path = join(root, layout[collection].base, entry);
      const file = relative(process.cwd(), path) || path;
      const { id, data, body, bodyLine, issues: found } = readEntry(collection, entry, path, file);
      issues.push(...found);
      if (data) return [{ id, file, data, body, bodyLine }];
      if (collection === 'people' || collection === 'outlets') unreadable.sources.add(id);
      else unreadable.stories.add(entry.split('/')[0] ?? '');
      return [];
    });

  const files = {
    stories: read('stories'),
    reports: read('reports'),
    analyses: read('analyses'),
    people: read('people'),
    outlets: read('outlets'),
  };
  if (files.stories.length === 0 && issues.length === 0) {
    issues.push({
      file: join(root, layout.stories.base),
      field: '',
      message: 'holds no story: expected <story>/story.md',
    });
  }
  return { files, issues, unreadable };
}

const EXPECTED = 'stories/<story>/story.md, analysis.yaml and reports/<report>.md, people/<id>.yaml, outlets/<id>.yaml';

/**
 * Files and folders the layout has no place for (`ada.yml`, `story.markdown`, `notes.txt`): reported,
 * because a file the loaders skip is content an editor believes is published.
 */
export function strayFiles(root: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const stray = (path: string, why: string) =>
    issues.push({
      file: relative(process.cwd(), path) || path,
      field: '',
      message: `${why}: expected only ${EXPECTED}`,
    });
  const entries = (dir: string) =>
    isDir(dir) ? readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)) : [];
  for (const top of entries(root)) {
    const path = join(root, top.name);
    if (!top.isDirectory() || !['stories', 'people', 'outlets'].includes(top.name)) {
      stray(path, 'is not read by the site');
    }
  }
  for (const folder of ['people', 'outlets']) {
    for (const item of entries(join(root, folder))) {
      if (item.isFile() && item.name.endsWith('.yaml')) continue;
      const hint = item.name.endsWith('.yml') ? 'is not read by the site (name it .yaml)' : 'is not read by the site';
      stray(join(root, folder, item.name), hint);
    }
  }
  for (const story of entries(join(root, 'stories'))) {
    const storyDir = join(root, 'stories', story.name);
    if (!story.isDirectory()) {
      stray(storyDir, 'is not read by the site');
      continue;
    }
    for (const item of entries(storyDir)) {
      const known = item.isDirectory()
        ? item.name === 'reports'
        : ['story.md', 'analysis.yaml'].includes(item.name) || isDraftFile(item.name);
      if (!known) stray(join(storyDir, item.name), 'is not read by the site');
    }
    for (const report of entries(join(storyDir, 'reports'))) {
      if (report.isFile() && report.name.endsWith('.md')) continue;
      stray(join(storyDir, 'reports', report.name), 'is not read by the site');
    }
  }
  return issues;
}

/** Reads, validates and joins the content under `root`; every issue names its line:column when it can. */
export function loadCorpus(root: string): { files: ContentFiles; corpus: Corpus } {
  const { files, issues, unreadable } = readFiles(root);
  try {
    const corpus = buildCorpus({ ...files, unreadable });
    if (issues.length === 0) return { files, corpus };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    // The files that did parse are joined too, so one run lists the broken references beside the
    // broken files (references to the broken files themselves are not repeated).
    issues.push(...error.issues);
  }
  throw new ContentError(locateIssues(issues));
}
