/**
 * Warnings about content that is valid but worded more firmly than its evidence (the hedge check),
 * for the command-line tools: `validate` lists them (and fails on them with `--strict`), the build
 * prints them. Reads each analysis file again to give the line of each field.
 */
import { readFileSync } from 'node:fs';
import type { ContentFiles } from './content-files.ts';
import { sourcesDir } from './content-layout.ts';
import { parseContentYaml, splitFrontmatter, type ParsedYaml } from '../model/content-yaml.ts';
import { editorialWarnings, type EditorialWarning } from './editorial-warnings.ts';
import type { MarkdownWarning } from './markdown-check.ts';
import { checkHedges, type HedgeWarning } from '../model/hedge-check.ts';
import { count, nouns } from '../model/labels.ts';
import { yamlLines } from '../model/yaml-lines.ts';

export interface ContentWarning extends HedgeWarning {
  line: number | undefined;
}

/**
 * Files past this many with warnings get no line numbers: finding a line parses the file again,
 * which on a generated corpus of thousands of stories would double the time validation takes.
 */
export const LINE_LOOKUP_FILES = 20;

/** Every hedge warning in the content, with the line of its field when it can be found cheaply. */
export function contentWarnings(files: ContentFiles): ContentWarning[] {
  let looked = 0;
  return files.analyses.flatMap(({ file, data }) => {
    const warnings = checkHedges(data.claims, file);
    if (warnings.length === 0) return [];
    const lineOf = looked++ < LINE_LOOKUP_FILES ? yamlLines(readFileSync(file, 'utf8')) : () => undefined;
    return warnings.map((w) => ({ ...w, line: lineOf(w.path) }));
  });
}

/** One line per warning, `file:line: field: message`, under a heading that counts them. */
export function formatWarnings(
  warnings: readonly { file: string; line?: number | undefined; field: string; message: string }[],
  heading = 'Hedge check',
): string {
  const lines = warnings.map((w) => `  ${w.file}${w.line ? `:${w.line}` : ''}: ${w.field}: ${w.message}`);
  return `${heading} (${count(warnings.length, nouns.warning)}):\n${lines.join('\n')}`;
}

/**
 * The editorial warnings (`editorial-warnings.ts`) and the Markdown check's, with lines. Looked up
 * only for the files warned about, so it costs nothing on clean content.
 */
export function editorialContentWarnings(
  files: ContentFiles,
  markdown: readonly MarkdownWarning[] = [],
  sources = sourcesDir(),
): EditorialWarning[] {
  const lines = new Map<string, ParsedYaml | undefined>();
  const parsed = (file: string) => {
    if (!lines.has(file)) {
      try {
        const text = readFileSync(file, 'utf8');
        const parts = file.endsWith('.md') ? splitFrontmatter(text) : undefined;
        lines.set(file, parseContentYaml(parts ? parts.frontmatter : text, parts?.frontmatterLine));
      } catch {
        lines.set(file, undefined);
      }
    }
    return lines.get(file);
  };
  return [...editorialWarnings(files, sources), ...markdown].map((w) =>
    w.line || !('path' in w) ? w : { ...w, line: parsed(w.file)?.locate(w.path)?.line },
  );
}
