/**
 * Drafts waiting for an editor: `stories/<story>/*.draft.yaml` files written by `npm run draft --
 * … --write`. No collection pattern matches them, so the build never reads them; validation lists
 * them so they are not forgotten (and a check for stray files must let them be).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { layout } from '../content-layout.ts';
import { isDraftFile } from './draft-yaml.ts';

export function pendingDrafts(root: string): string[] {
  const stories = join(root, layout.stories.base);
  if (!statSync(stories, { throwIfNoEntry: false })?.isDirectory()) return [];
  return readdirSync(stories)
    .filter((story) => statSync(join(stories, story)).isDirectory())
    .flatMap((story) =>
      readdirSync(join(stories, story))
        .filter(isDraftFile)
        .map((f) => join(stories, story, f)),
    )
    .map((path) => relative(process.cwd(), path) || path)
    .sort();
}

export function pendingDraftsNote(files: readonly string[]): string | undefined {
  if (files.length === 0) return undefined;
  return [
    'Pending drafts (not built; confirm them into analysis.yaml, then delete):',
    ...files.map((f) => `  ${f}`),
  ].join('\n');
}
