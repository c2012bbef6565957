/**
 * `npm run build [-- --out DIR]`: validates the content, builds into a fresh folder beside the
 * output, indexes it for search and only then swaps it in, so a failed build (invalid content, a rendering error) leaves
 * the previous good site untouched. Output goes to `dist/` unless `--out` says otherwise.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { contentRoot } from '../src/lib/content-layout.ts';
import { loadCorpus } from '../src/lib/content-files.ts';
import { checkMarkdownBodies } from '../src/lib/markdown-check.ts';
import { contentWarnings, formatWarnings } from '../src/lib/content-warnings.ts';
import { ContentError } from '../src/lib/errors.ts';
import { count, nouns } from '../src/lib/labels.ts';
import { buildSearchIndex } from '../src/lib/search-index.ts';
import { imageCacheDir, pruneImageCache } from '../src/lib/share-image.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const out = resolve(values.out);
const next = `${out}-next`;
const previous = `${out}-previous`;

function fail(message: string): never {
  rmSync(next, { recursive: true, force: true });
  console.error(
    `${message}\nBuild failed: ${existsSync(out) ? `the previous site in ${out} is unchanged.` : 'nothing was written.'}`,
  );
  process.exit(1);
}

// Canonical links, share cards, the feed, exports and JSON-LD are absolute URLs on PARALLAX_SITE.
if (!process.env.PARALLAX_SITE) {
  console.warn(
    'Warning: PARALLAX_SITE is not set, so canonical links, share cards, the feed, exports and JSON-LD will point at http://localhost:4321. Set it to the public origin when building for deployment (README, "Deploying").',
  );
}

// 1. Validate before anything is written. Hedge warnings are shown, not fatal (`validate --strict` is).
try {
  const { files, corpus } = loadCorpus(contentRoot());
  await checkMarkdownBodies(files);
  console.log(`Content is valid: ${count(corpus.stories.length, nouns.story)}.`);
  const warnings = contentWarnings(files);
  if (warnings.length > 0) console.warn(formatWarnings(warnings));
} catch (error) {
  if (error instanceof ContentError) fail(error.message);
  throw error;
}

// 2. Build beside the output.
rmSync(next, { recursive: true, force: true });
const started = Date.now();
try {
  await build({ outDir: next, logLevel: 'info' });
} catch (error) {
  fail(`Astro could not build the site: ${(error as Error).message}`);
}

// 3. Index the new site for search (a bare `astro build` would not).
try {
  const { pages, milliseconds } = await buildSearchIndex(next);
  console.log(`Indexed ${pages} pages for search in ${milliseconds} ms.`);
} catch (error) {
  fail((error as Error).message);
}

// 4. Forget share images of cards that are gone, so a cache kept across deploys does not grow.
// (Only after a complete build: every card in use has been read, and so touched, by then.)
const pruned = pruneImageCache(imageCacheDir(), started - 1000);
if (pruned > 0) console.log(`Removed ${count(pruned, nouns.shareImage)} no page uses from the cache.`);

// 5. Swap: the old site is replaced only by a complete new one.
rmSync(previous, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, previous);
renameSync(next, out);
rmSync(previous, { recursive: true, force: true });
console.log(`Built the site into ${out}.`);
