/**
 * What `npm run draft` does, as a function (scripts/workbench/draft.ts prints it and exits with its
 * status): proposes a report's quotes, questions and candidate claim evidence from its archived copy
 * (`src/build/workbench/draft.ts`), as YAML to print or written to `analysis.draft.yaml`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readContentFiles } from '../../src/build/content-files.ts';
import { ContentError } from '../../src/model/errors.ts';
import { draftReport } from '../../src/build/workbench/draft.ts';
import { DRAFT_SUFFIX, draftYaml } from '../../src/build/workbench/draft-yaml.ts';
import { knownProgrammes, knownRecords, storyClaims } from '../../src/build/workbench/inputs.ts';
import { command, parseCommandArgs, refuse, type CommandResult } from '../command.ts';
import type { WorkbenchOptions } from './new-command.ts';

const USAGE = 'Usage: npm run draft -- <story> <report> [--write] [--force]';

/**
 * `argv`: what follows `draft.ts`. Status 0: drafted; 1: the content, report or archive is wrong,
 * or a draft is already there; 2: the command was called wrongly.
 */
export function runDraft(argv: string[], { root, sourcesDir, cwd }: WorkbenchOptions): CommandResult {
  return command((out) => {
    const { values, positionals } = parseCommandArgs(
      {
        args: argv,
        allowPositionals: true,
        options: { write: { type: 'boolean', default: false }, force: { type: 'boolean', default: false } },
      },
      { message: USAGE, status: 2 },
    );
    const [story, report] = positionals;
    if (!story || !report) refuse(USAGE, 2);

    let files;
    try {
      files = readContentFiles(root);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      refuse(`${error.message}\nFix these first: the draft reads people, outlets and claims from the content.`);
    }
    const entry = files.reports.find((r) => r.id === `${story}/${report}`);
    if (!entry) {
      const ids = files.reports.filter((r) => r.id.startsWith(`${story}/`)).map((r) => r.id.split('/')[1]);
      refuse(
        `No report "${report}" in story "${story}" (${join(root, 'stories', story, 'reports')}).` +
          (ids.length ? ` Its reports: ${ids.join(', ')}.` : ' Add one with npm run new:report.'),
      );
    }
    const archivePath = join(sourcesDir, entry.data.archive);
    if (!existsSync(archivePath)) {
      refuse(`${entry.file}: archive: no file "${entry.data.archive}" in ${sourcesDir} (set PARALLAX_SOURCES_DIR).`);
    }

    const draft = draftReport({
      archive: readFileSync(archivePath, 'utf8'),
      known: knownRecords(files),
      claims: storyClaims(files, story, report),
      programmes: knownProgrammes(files),
    });
    const yaml = draftYaml(draft, { story, report, archive: entry.data.archive });
    if (!values.write) {
      // Printed as one line whose own last newline the printing adds.
      out.push(yaml.replace(/\n$/, ''));
      return;
    }
    const target = join(root, 'stories', story, `analysis${DRAFT_SUFFIX}`);
    if (existsSync(target) && !values.force) {
      refuse(`${relative(cwd, target)} exists: finish it first, or pass --force to replace it.`);
    }
    writeFileSync(target, yaml);
    const speech = draft.quotes.filter((q) => !q.notSpeech).length;
    out.push(
      `Wrote ${relative(cwd, target)}. Quoted strings: ${speech} speech, ${draft.quotes.length - speech} not speech; ` +
        `question sentences: ${draft.questions.length}; claims with candidate evidence: ${draft.evidence.filter((e) => e.sentences.length).length}.`,
    );
  });
}
