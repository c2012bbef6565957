/**
 * `npm run build [-- --out DIR]`: `astro build` (which validates the content, builds and indexes the
 * pages for search: see astro.config.mjs) into a fresh folder beside the output, swapped in only once
 * complete, so a failed build (invalid content, a rendering error) leaves the previous good site
 * untouched. Output goes to `dist/` unless `--out` says otherwise.
 */
import { cpSync, existsSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/build/content-layout.ts';
import { ContentError } from '../src/model/errors.ts';
import { count, nouns } from '../src/model/labels.ts';
import { DEFAULT_SITE, deployment } from '../src/model/deployment.ts';
import { parseShard } from '../src/model/shard.ts';
import { imageCacheDir, pruneImageCache } from '../src/build/share-image.ts';
import { checkContent, handOffCheckedContent } from '../src/build/content-check.ts';

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

// A typo in PARALLAX_SHARD (src/model/shard.ts) must not build a partial site.
try {
  parseShard(process.env.PARALLAX_SHARD);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

// 0. Invalid content is refused before Astro starts, so nothing of Astro's can keep a refused build
// waiting; the build's own check (src/integrations/content-check-on-build.ts) takes this result and
// prints the warnings.
try {
  handOffCheckedContent(contentRoot(), await checkContent(contentRoot()));
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  fail(error.message);
}

// 1. Build beside the output (or in the staging folder, for an output outside the project). The
// build itself validates the content first, checks every story got its page and indexes the pages
// for search (src/integrations/content-check-on-build.ts, search-index.ts).
rmSync(next, { recursive: true, force: true });
rmSync(staging, { recursive: true, force: true });
const started = Date.now();
try {
  // Imported only now: loading Astro takes about a second, which a refused build need not wait for.
  const { build } = await import('astro');
  await build({ outDir: staging, logLevel: 'info' });
} catch (error) {
  const { name, message } = error as Error;
  // Invalid content and a site without its stories say what is wrong themselves; anything else is Astro's.
  fail(name === 'ContentError' || name === 'MissingPages' ? message : `Astro could not build the site: ${message}`);
}
if (staging !== next) {
  try {
    // A copy, not a rename: the output may be on another file system.
    cpSync(staging, next, { recursive: true });
    removeStaging();
  } catch (error) {
    fail((error as Error).message);
  }
}

// 2. Forget share images of cards that are gone, so a cache kept across deploys does not grow.
// (Only after a complete build: every card in use has been read, and so touched, by then.)
const pruned = pruneImageCache(imageCacheDir(), started - 1000);
if (pruned > 0) console.log(`Removed ${count(pruned, nouns.shareImage)} no page uses from the cache.`);

// 3. Swap: the old site is replaced only by a complete new one.
rmSync(previous, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, previous);
renameSync(next, out);
rmSync(previous, { recursive: true, force: true });
console.log(`Built the site into ${out}.`);
