/**
 * `npm run draft -- <story> <report> [--write] [--force]`: proposes the report's quotes, questions
 * and candidate claim evidence from its archived copy (scripts/workbench/draft-command.ts). Prints
 * YAML to paste into the story's analysis.yaml, or with `--write` puts it in `analysis.draft.yaml`
 * beside it (never over an existing draft unless `--force`).
 */
import { contentRoot, sourcesDir } from '../../src/build/content-layout.ts';
import { finish } from '../command.ts';
import { runDraft } from './draft-command.ts';

finish(
  runDraft(process.argv.slice(2), {
    root: contentRoot(),
    sourcesDir: sourcesDir(),
    cwd: process.cwd(),
  }),
);
