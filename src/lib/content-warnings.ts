/**
 * Warnings about content that is valid but worded more firmly than its evidence (the hedge check),
 * for the command-line tools: `validate` lists them (and fails on them with `--strict`), the build
 * prints them. Reads each analysis file again to give the line of each field.
 */
import { readFileSync } from 'node:fs';
import type { ContentFiles } from './content-files.ts';
import { checkHedges, type HedgeWarning } from './hedge-check.ts';
import { count, nouns } from './labels.ts';
import { yamlLines } from './yaml-lines.ts';

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
export function formatWarnings(warnings: readonly ContentWarning[]): string {
  const lines = warnings.map((w) => `  ${w.file}${w.line ? `:${w.line}` : ''}: ${w.field}: ${w.message}`);
  return `Hedge check (${count(warnings.length, nouns.warning)}):\n${lines.join('\n')}`;
}
