/**
 * `npm run draft -- <story> <report> [--write] [--force]`: proposes the report's quotes, questions
 * and candidate claim evidence from its archived copy (`src/build/workbench/draft.ts`). Prints YAML
 * to paste into the story's analysis.yaml, or with `--write` puts it in `analysis.draft.yaml`
 * beside it (never over an existing draft unless `--force`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot } from '../../src/build/content-layout.ts';
import { readContentFiles } from '../../src/build/content-files.ts';
import { ContentError } from '../../src/model/errors.ts';
import { draftReport } from '../../src/build/workbench/draft.ts';
import { DRAFT_SUFFIX, draftYaml } from '../../src/build/workbench/draft-yaml.ts';
import { knownProgrammes, knownRecords, storyClaims } from '../../src/build/workbench/inputs.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { write: { type: 'boolean', default: false }, force: { type: 'boolean', default: false } },
});
const [story, report] = positionals;
if (!story || !report) {
  console.error('Usage: npm run draft -- <story> <report> [--write] [--force]');
  process.exit(2);
}

const root = contentRoot();
let files;
try {
  files = readContentFiles(root);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(`${error.message}\nFix these first: the draft reads people, outlets and claims from the content.`);
  process.exit(1);
}
const entry = files.reports.find((r) => r.id === `${story}/${report}`);
if (!entry) {
  const ids = files.reports.filter((r) => r.id.startsWith(`${story}/`)).map((r) => r.id.split('/')[1]);
  console.error(
    `No report "${report}" in story "${story}" (${join(root, 'stories', story, 'reports')}).` +
      (ids.length ? ` Its reports: ${ids.join(', ')}.` : ' Add one with npm run new:report.'),
  );
  process.exit(1);
}
const sourcesDir = resolve(process.env.PARALLAX_SOURCES_DIR ?? '../shared/sources');
const archivePath = join(sourcesDir, entry.data.archive);
if (!existsSync(archivePath)) {
  console.error(`${entry.file}: archive: no file "${entry.data.archive}" in ${sourcesDir} (set PARALLAX_SOURCES_DIR).`);
  process.exit(1);
}

const draft = draftReport({
  archive: readFileSync(archivePath, 'utf8'),
  known: knownRecords(files),
  claims: storyClaims(files, story, report),
  programmes: knownProgrammes(files),
});
const yaml = draftYaml(draft, { story, report, archive: entry.data.archive });
if (!values.write) {
  process.stdout.write(yaml);
} else {
  const target = join(root, 'stories', story, `analysis${DRAFT_SUFFIX}`);
  if (existsSync(target) && !values.force) {
    console.error(`${relative(process.cwd(), target)} exists: finish it first, or pass --force to replace it.`);
    process.exit(1);
  }
  writeFileSync(target, yaml);
  const speech = draft.quotes.filter((q) => !q.notSpeech).length;
  console.log(
    `Wrote ${relative(process.cwd(), target)}. Quoted strings: ${speech} speech, ${draft.quotes.length - speech} not speech; ` +
      `question sentences: ${draft.questions.length}; claims with candidate evidence: ${draft.evidence.filter((e) => e.sentences.length).length}.`,
  );
}
