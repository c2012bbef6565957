/**
 * What `npm run verify:sources` does, as a function (scripts/verify-sources.ts prints it and exits
 * with its status): checks that every quote, relay wording, evidence excerpt and question excerpt
 * is verbatim in its report's archived copy, and that every passage our own prose puts in quotation
 * marks is there too, as whole words (`src/model/prose-quotes.ts`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../src/build/content-files.ts';
import { ContentError } from '../src/model/errors.ts';
import { count, nouns } from '../src/model/labels.ts';
import { prosePassages } from '../src/model/prose-quotes.ts';
import { appearsAsWords, appearsIn, closestPassage, excerptsOf } from '../src/model/verbatim.ts';
import type { CommandResult } from './command.ts';

/**
 * Status 0: every passage verbatim, or no archive and none required; 1: content invalid or a passage
 * not verbatim; 2: no archive at `sourcesDir` while `required`.
 */
export function verifySources(
  root: string,
  { sourcesDir, required }: { sourcesDir: string; required: boolean },
): CommandResult {
  // The archive is licensed material kept outside the public repository: a clone without it skips the
  // check with one plain line, so its tests still pass. This repository's CI has the archive and sets
  // PARALLAX_REQUIRE_SOURCES=1, which makes a missing archive an error.
  if (!existsSync(sourcesDir)) {
    if (!required) {
      return {
        status: 0,
        out: [
          `Source verification skipped: no source archive at ${sourcesDir} (it is kept outside the repository; ` +
            'set PARALLAX_SOURCES_DIR to its folder to check quotes against it).',
        ],
        err: [],
      };
    }
    return {
      status: 2,
      out: [],
      err: [
        `No source archive at ${sourcesDir}: quotes cannot be verified, and PARALLAX_REQUIRE_SOURCES=1 requires them.\n` +
          'Set PARALLAX_SOURCES_DIR to the folder holding the archived copies of the reports.',
      ],
    };
  }

  let loaded;
  try {
    loaded = loadCorpus(root);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return { status: 1, out: [], err: [error.message] };
  }

  const failures: string[] = [];
  let checked = 0;
  let proseChecked = 0;
  for (const story of loaded.corpus.stories) {
    const analysisFile = loaded.files.analyses.find((a) => a.id === story.id)?.file ?? story.file;
    const archives = new Map<string, string | undefined>();
    for (const report of story.reportViews) {
      const path = join(sourcesDir, report.archive);
      if (existsSync(path)) archives.set(report.key, readFileSync(path, 'utf8'));
      else failures.push(`${report.file}: archive: no file "${report.archive}" in ${sourcesDir}`);
    }
    for (const excerpt of excerptsOf(story, analysisFile)) {
      const archive = archives.get(excerpt.reportKey);
      if (archive === undefined) continue;
      checked++;
      if (appearsIn(archive, excerpt.text)) continue;
      failures.push(
        `${excerpt.file}: ${excerpt.kind} "${excerpt.id}" ${excerpt.field} is not verbatim in ${excerpt.archive}\n` +
          `    content: ${excerpt.text}\n    closest:  ${closestPassage(archive, excerpt.text)}`,
      );
    }

    // Words our prose puts in quotation marks: in the archive of the report they belong to, or, for
    // story-wide prose, in any of the story's.
    const storySource = loaded.files.stories.find((s) => s.id === story.id);
    const passages = storySource
      ? prosePassages({
          story: storySource,
          reports: loaded.files.reports.filter((r) => r.id.startsWith(`${story.id}/`)),
          analysis: loaded.files.analyses.find((a) => a.id === story.id),
        })
      : [];
    for (const passage of passages) {
      const candidates = passage.reports.flatMap((id) => {
        const report = story.reportViews.find((r) => r.id === id);
        const text = report && archives.get(report.key);
        return report && text !== undefined ? [{ name: report.archive, text }] : [];
      });
      if (candidates.length === 0) continue;
      proseChecked++;
      const where = `${passage.file}: ${passage.field}:`;
      if (passage.unclosed) {
        failures.push(`${where} a quotation mark is not closed\n    content: ${passage.text}`);
      } else if (!candidates.some((c) => appearsAsWords(c.text, passage.text))) {
        failures.push(
          `${where} quoted words are not verbatim in ${candidates.map((c) => c.name).join(' or ')}\n` +
            `    content: ${passage.text.replace(/\s+/g, ' ')}\n` +
            candidates.map((c) => `    closest:  ${closestPassage(c.text, passage.text)}`).join('\n'),
        );
      }
    }
  }

  if (failures.length > 0) {
    return {
      status: 1,
      out: [],
      err: [
        `Source verification failed (${failures.length} of ${count(checked + proseChecked, nouns.passage)}):\n${failures.join('\n')}`,
      ],
    };
  }
  return {
    status: 0,
    out: [
      `Verified ${checked} quotes and excerpts and ${count(proseChecked, nouns.passage)} quoted in our prose ` +
        `against the archive in ${sourcesDir}: all verbatim.`,
    ],
    err: [],
  };
}
