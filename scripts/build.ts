/**
 * `npm run build [-- --out DIR]`: validates the content, builds into a fresh folder beside the
 * output, indexes it for search and only then swaps it in, so a failed build (invalid content, a rendering error) leaves
 * the previous good site untouched. Output goes to `dist/` unless `--out` says otherwise.
 */
import { cpSync, existsSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { contentRoot } from '../src/lib/content-layout.ts';
import { loadCorpus } from '../src/lib/content-files.ts';
import { checkMarkdownBodies } from '../src/lib/markdown-check.ts';
import { contentWarnings, editorialContentWarnings, formatWarnings } from '../src/lib/content-warnings.ts';
import { ContentError } from '../src/lib/errors.ts';
import { count, nouns } from '../src/lib/labels.ts';
import { DEFAULT_SITE, deployment } from '../src/lib/deployment.ts';
import { paths } from '../src/lib/paths.ts';
import { parseShard, shardScope } from '../src/lib/shard.ts';
import { buildSearchIndex } from '../src/lib/search-index.ts';
import { imageCacheDir, pruneImageCache } from '../src/lib/share-image.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const out = resolve(values.out);
const next = `${out}-next`;
const previous = `${out}-previous`;
// Astro imports its prerender bundle from inside the output folder, and that bundle resolves
// packages from node_modules: an output outside the project (Astro's own check is a bare string
// prefix, so `../parallax-site` slips past it) cannot find them. Such a build is made in a staging
// folder inside the project, then copied beside the output and swapped in as usual.
const projectRoot = resolve(import.meta.dirname, '..');
const insideProject = (path: string) => {
  const rel = relative(projectRoot, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};
// One staging folder per build process, so two such builds at once do not share one.
const stagingRoot = join(projectRoot, 'node_modules/.parallax-build');
const staging = insideProject(out) ? next : join(stagingRoot, String(process.pid));
/** Removes the staging folder, and its parent once no other build is using it. */
function removeStaging() {
  rmSync(staging, { recursive: true, force: true });
  try {
    rmdirSync(stagingRoot);
  } catch {
    // Absent, or another build's folder is still in it.
  }
}

function fail(message: string): never {
  rmSync(next, { recursive: true, force: true });
  removeStaging();
  console.error(
    `${message}\nBuild failed: ${existsSync(out) ? `the previous site in ${out} is unchanged.` : 'nothing was written.'}`,
  );
  process.exit(1);
}

// The output folder is replaced wholesale: never the project itself or a folder holding it.
if (!relative(out, projectRoot).startsWith('..')) {
  console.error(
    `--out ${values.out}: ${out} holds the project itself, and a build replaces its output folder. Choose another folder.`,
  );
  process.exit(2);
}

// Canonical links, share cards, the feed, exports and JSON-LD are absolute URLs on PARALLAX_SITE.
if (!deployment().siteIsSet) {
  console.warn(
    `Warning: PARALLAX_SITE is not set, so canonical links, share cards, the feed, exports and JSON-LD will point at ${DEFAULT_SITE}. Set it to the public origin when building for deployment (README, "Deploying").`,
  );
}

// A part of a sharded build (src/lib/shard.ts) is searched only once merged (scripts/merge-shards.ts).
let shard;
try {
  shard = parseShard(process.env.PARALLAX_SHARD);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

// 1. Validate before anything is written. Hedge and editorial warnings are shown, not fatal (`validate --strict` is).
let storyIds: string[] = [];
try {
  const { files, corpus } = loadCorpus(contentRoot());
  storyIds = corpus.stories.map((story) => story.id);
  if (shard) {
    // Only this part's stories get pages.
    storyIds = storyIds.filter(shardScope(storyIds).story);
    console.log(`Building shard ${shard.index} of ${shard.count}: ${count(storyIds.length, nouns.story)}.`);
  }
  const markdown = await checkMarkdownBodies(files);
  console.log(`Content is valid: ${count(corpus.stories.length, nouns.story)}.`);
  const hedges = contentWarnings(files);
  if (hedges.length > 0) console.warn(formatWarnings(hedges));
  const editorial = editorialContentWarnings(files, markdown);
  if (editorial.length > 0) console.warn(formatWarnings(editorial, 'Editorial check'));
} catch (error) {
  if (error instanceof ContentError) fail(error.message);
  throw error;
}

// 2. Build beside the output (or in the staging folder, for an output outside the project).
rmSync(next, { recursive: true, force: true });
rmSync(staging, { recursive: true, force: true });
const started = Date.now();
try {
  await build({ outDir: staging, logLevel: 'info' });
} catch (error) {
  fail(`Astro could not build the site: ${(error as Error).message}`);
}

// Never an empty site: a content store that did not reach the pages (an Astro upgrade that changed
// what src/integrations/content-store-from-disk.ts relies on) would otherwise build without error.
const missing = storyIds.filter((id) => !existsSync(join(staging, paths.story(id), 'index.html')));
if (missing.length > 0) {
  fail(
    `The build wrote no page for ${count(missing.length, nouns.story)} of ${storyIds.length} (${missing.join(', ')}): ` +
      'the content store did not reach the pages (see src/integrations/content-store-from-disk.ts).',
  );
}

// 3. Index the new site for search (a bare `astro build` would not).
try {
  if (!shard) {
    const { pages, milliseconds } = await buildSearchIndex(staging);
    console.log(`Indexed ${pages} pages for search in ${milliseconds} ms.`);
  }
  if (staging !== next) {
    // A copy, not a rename: the output may be on another file system.
    cpSync(staging, next, { recursive: true });
    removeStaging();
  }
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
