/**
 * Scaffolds (scripts/workbench/new-command.ts), never overwriting a file:
 *   npm run new:story  -- <story-id>
 *   npm run new:report -- <story-id> <archive-file> [<report-id>]
 *   npm run new:person -- "<Name>" [--id <id>] [--anonymous]
 *   npm run new:outlet -- "<Name>" [--id <id>] [--kind outlet|platform|document]
 */
import { contentRoot, sourcesDir } from '../../src/build/content-layout.ts';
import { finish } from '../command.ts';
import { runNew } from './new-command.ts';

finish(
  runNew(process.argv.slice(2), {
    root: contentRoot(),
    sourcesDir: sourcesDir(),
    cwd: process.cwd(),
  }),
);
