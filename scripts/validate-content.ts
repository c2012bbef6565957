/**
 * `npm run validate [-- --strict]`: reads, validates and joins every content file, before Astro
 * writes anything. Exits 1 with one line per problem (file, field, message) when the content is
 * invalid. Then lists the hedge check's warnings (`src/lib/hedge-check.ts`): they leave the exit
 * code at 0, unless `--strict` is given, when any warning makes it 1. Lists pending `*.draft.yaml`
 * files (`npm run draft`), which the build ignores.
 */
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/lib/content-layout.ts';
import { loadCorpus } from '../src/lib/content-files.ts';
import { contentWarnings, formatWarnings } from '../src/lib/content-warnings.ts';
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
  await checkMarkdownBodies(files);
  const claims = corpus.stories.reduce((n, s) => n + s.claims.length, 0);
  const quotes = corpus.stories.reduce((n, s) => n + s.quotes.length, 0);
  console.log(
    `Content in ${root} is valid: ${count(corpus.stories.length, nouns.story)}, ${count(claims, nouns.claim)}, ` +
      `${count(quotes, nouns.quote)}, ${count(corpus.people.length, nouns.person)}, ${count(corpus.outlets.length, nouns.outlet)}.`,
  );
  const warnings = contentWarnings(files);
  if (warnings.length > 0) {
    console.error(formatWarnings(warnings));
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
