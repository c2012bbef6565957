/**
 * What `npm run validate [-- --strict]` does, as a function: reads, validates and joins every
 * content file under `root`, and says what it found or what is wrong, without printing or exiting,
 * so tests can run it in-process (scripts/validate-content.ts prints it and exits with `status`).
 */
import { contentWarnings, editorialContentWarnings, formatWarnings } from '../src/build/content-warnings.ts';
import { ContentError } from '../src/model/errors.ts';
import { count, nouns } from '../src/model/labels.ts';
import { pendingDrafts, pendingDraftsNote } from '../src/build/workbench/pending.ts';
import { checkContent } from '../src/build/content-check.ts';
import type { CommandResult } from './command.ts';

/** Status 0: valid (warnings allowed unless strict); 1: invalid, or warnings in strict mode. */
export type Validation = CommandResult & { status: 0 | 1 };

export async function validateContent(root: string, options: { strict: boolean }): Promise<Validation> {
  const out: string[] = [];
  const err: string[] = [];
  const pending = pendingDraftsNote(pendingDrafts(root));
  if (pending) out.push(pending);
  try {
    const { files, corpus, markdown } = await checkContent(root);
    const claims = corpus.stories.reduce((n, s) => n + s.claims.length, 0);
    const quotes = corpus.stories.reduce((n, s) => n + s.quotes.length, 0);
    out.push(
      `Content in ${root} is valid: ${count(corpus.stories.length, nouns.story)}, ${count(claims, nouns.claim)}, ` +
        `${count(quotes, nouns.quote)}, ${count(corpus.people.length, nouns.person)}, ${count(corpus.outlets.length, nouns.outlet)}.`,
    );
    const hedges = contentWarnings(files);
    const editorial = editorialContentWarnings(files, markdown);
    if (hedges.length > 0) err.push(formatWarnings(hedges));
    if (editorial.length > 0) err.push(formatWarnings(editorial, 'Editorial check'));
    const warnings = [...hedges, ...editorial];
    if (warnings.length > 0 && options.strict) {
      err.push(`Strict mode: validation fails on ${count(warnings.length, nouns.warning)}.`);
      return { status: 1, out, err };
    }
    return { status: 0, out, err };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    err.push(error.message);
    return { status: 1, out, err };
  }
}
