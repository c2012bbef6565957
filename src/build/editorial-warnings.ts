/**
 * Editorial warnings: content that is valid but probably not what the editor meant. Printed by
 * `validate` and the build, fatal only under `validate --strict` (as the hedge check's are):
 * - a report whose summary (its Markdown body) is empty;
 * - a story whose title or dek counts a different number of reports than `reports:` lists;
 * - a report silent on a claim (no position) while the words of another report's evidence for
 *   that claim are in its own archived copy, when the archive is at hand.
 * Unknown inline directives are warned about by the Markdown check (`markdown-check.ts`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentFiles } from './content-files.ts';
import { fieldPath } from '../model/errors.ts';
import { appearsIn } from '../model/verbatim.ts';

export interface EditorialWarning {
  file: string;
  field: string;
  message: string;
  /** Where the field is, when known: a data path in the file, or a file line. */
  path?: readonly (string | number)[];
  line?: number | undefined;
}

const NUMBER_WORDS: Record<string, number> = {
  both: 2,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/** "two reports", "3 news reports", "both reports": counts of reports a sentence states. */
const REPORT_COUNT = /\b(both|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\p{L}-]+\s+)?reports\b/giu;

/** The counts of reports `text` states, with the words that state them. */
export function statedReportCounts(text: string): { words: string; count: number }[] {
  return [...text.matchAll(REPORT_COUNT)].flatMap((m) => {
    const word = (m[1] ?? '').toLowerCase();
    const count = NUMBER_WORDS[word] ?? Number(word);
    return Number.isFinite(count) ? [{ words: m[0], count }] : [];
  });
}

/** Every editorial warning in the content; `sourcesDir` is the archive, read only when it exists. */
export function editorialWarnings(files: ContentFiles, sourcesDir?: string): EditorialWarning[] {
  const warnings: EditorialWarning[] = [];
  for (const report of files.reports) {
    if (report.body.trim() === '') {
      warnings.push({
        file: report.file,
        field: 'body',
        line: report.bodyLine,
        message: 'the report has no summary: write ours below the frontmatter, or its page shows only the metadata',
      });
    }
  }
  for (const story of files.stories) {
    const compared = story.data.reports.length;
    for (const field of ['title', 'dek'] as const) {
      for (const { words, count } of statedReportCounts(story.data[field])) {
        if (count === compared) continue;
        warnings.push({
          file: story.file,
          field,
          path: [field],
          message: `says "${words}" but the story compares ${compared}: update the wording`,
        });
      }
    }
  }
  if (sourcesDir && existsSync(sourcesDir)) warnings.push(...silentWithEvidence(files, sourcesDir));
  return warnings;
}

/**
 * A report left silent on a claim whose evidence, as another report words it, is verbatim in the
 * silent report's own archived copy: probably a position the analysis missed.
 */
function silentWithEvidence(files: ContentFiles, sourcesDir: string): EditorialWarning[] {
  const archives = new Map<string, string | undefined>();
  const archiveOf = (key: string): string | undefined => {
    if (!archives.has(key)) {
      const name = files.reports.find((r) => r.id === key)?.data.archive;
      const path = name ? join(sourcesDir, name) : undefined;
      archives.set(key, path && existsSync(path) ? readFileSync(path, 'utf8') : undefined);
    }
    return archives.get(key);
  };
  const warnings: EditorialWarning[] = [];
  for (const analysis of files.analyses) {
    const story = files.stories.find((s) => s.id === analysis.id);
    if (!story) continue;
    analysis.data.claims.forEach((claim, index) => {
      for (const silent of story.data.reports.filter((r) => !(r in claim.positions))) {
        const archive = archiveOf(`${story.id}/${silent}`);
        if (archive === undefined) continue;
        const found = Object.entries(claim.positions).find(([, p]) => appearsIn(archive, p.evidence));
        if (!found) continue;
        const [speaker, position] = found;
        const path = ['claims', index, 'positions'];
        warnings.push({
          file: analysis.file,
          field: fieldPath(path),
          path,
          message: `claim "${claim.id}": report "${silent}" is silent, but its archived copy has the words of ${speaker}'s evidence ("${position.evidence}"): give its position`,
        });
      }
    });
  }
  return warnings;
}
