/**
 * `npm run validate [-- --strict]`: reads, validates and joins every content file, before Astro
 * writes anything. Exits 1 with one line per problem (file, field, message) when the content is
 * invalid. Then lists the hedge check's warnings (`src/lib/hedge-check.ts`) and the editorial ones
 * (`src/lib/editorial-warnings.ts`): they leave the exit code at 0, unless `--strict` is given,
 * when any warning makes it 1. Lists pending `*.draft.yaml` files (`npm run draft`), which the
 * build ignores.
 */
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/lib/content-layout.ts';
import { loadCorpus } from '../src/lib/content-files.ts';
import { contentWarnings, editorialContentWarnings, formatWarnings } from '../src/lib/content-warnings.ts';
import { ContentError } from '../src/lib/errors.ts';
import { count, nouns } from '../src/lib/labels.ts';
import { checkMarkdownBodies } from '../src/lib/markdown-check.ts';
import { pendingDrafts, pendingDraftsNote } from '../src/lib/workbench/pending.ts';

const { values } = parseArgs({ options: { strict: { type: 'boolean', default: false } } });
const root = contentRoot();
const pending = pendingDraftsNote(pendingDrafts(root));
if (pending) console.log(pending);
try {
  const { files, corpus } = loadCorpus(root);
  const markdown = await checkMarkdownBodies(files);
  const claims = corpus.stories.reduce((n, s) => n + s.claims.length, 0);
  const quotes = corpus.stories.reduce((n, s) => n + s.quotes.length, 0);
  console.log(
    `Content in ${root} is valid: ${count(corpus.stories.length, nouns.story)}, ${count(claims, nouns.claim)}, ` +
      `${count(quotes, nouns.quote)}, ${count(corpus.people.length, nouns.person)}, ${count(corpus.outlets.length, nouns.outlet)}.`,
  );
  const hedges = contentWarnings(files);
  const editorial = editorialContentWarnings(files, markdown);
  if (hedges.length > 0) console.error(formatWarnings(hedges));
  if (editorial.length > 0) console.error(formatWarnings(editorial, 'Editorial check'));
  const warnings = [...hedges, ...editorial];
  if (warnings.length > 0) {
    if (values.strict) {
      console.error(`Strict mode: validation fails on ${count(warnings.length, nouns.warning)}.`);
      process.exit(1);
    }
  }
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
