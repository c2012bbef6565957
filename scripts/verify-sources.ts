/**
 * `npm run verify:sources`: checks that every quote, relay wording, evidence excerpt and question
 * excerpt is verbatim in its report's archived copy. The archive is read from
 * `PARALLAX_SOURCES_DIR` (default `../shared/sources`); it is never copied into the project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentRoot } from '../src/lib/content-layout.ts';
import { loadCorpus } from '../src/lib/content-files.ts';
import { ContentError } from '../src/lib/errors.ts';
import { appearsIn, closestPassage, excerptsOf } from '../src/lib/verbatim.ts';

const sourcesDir = resolve(process.env.PARALLAX_SOURCES_DIR ?? '../shared/sources');
if (!existsSync(sourcesDir)) {
  console.error(
    `No source archive at ${sourcesDir}: quotes cannot be verified.\n` +
      'Set PARALLAX_SOURCES_DIR to the folder holding the archived copies of the reports.',
  );
  process.exit(2);
}

let loaded;
try {
  loaded = loadCorpus(contentRoot());
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const failures: string[] = [];
let checked = 0;
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
}

if (failures.length > 0) {
  console.error(`Source verification failed (${failures.length} of ${checked} passages):\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`Verified ${checked} quotes and excerpts against the archive in ${sourcesDir}: all verbatim.`);
