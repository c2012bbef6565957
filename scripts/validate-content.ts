/**
 * `npm run validate`: reads, validates and joins every content file, before Astro writes anything.
 * Exits 1 with one line per problem (file, field, message) when the content is invalid.
 */
import { contentRoot } from '../src/lib/content-layout.ts';
import { loadCorpus } from '../src/lib/content-files.ts';
import { ContentError } from '../src/lib/errors.ts';
import { checkMarkdownBodies } from '../src/lib/markdown-check.ts';

const root = contentRoot();
try {
  const { files, corpus } = loadCorpus(root);
  await checkMarkdownBodies(files);
  const claims = corpus.stories.reduce((n, s) => n + s.claims.length, 0);
  const quotes = corpus.stories.reduce((n, s) => n + s.quotes.length, 0);
  console.log(
    `Content in ${root} is valid: ${corpus.stories.length} stories, ${claims} claims, ${quotes} quotes, ${corpus.people.length} people, ${corpus.outlets.length} outlets.`,
  );
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
