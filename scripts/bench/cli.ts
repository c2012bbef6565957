/**
 * `npm run bench`: the whole build a deploy runs (validation, pages, share images, search index) of
 * a seeded synthetic corpus, cold and warm, beside a plain Astro blog of seeded posts built in the
 * same runs (`whole.ts`, `anchor.ts`); optionally HTML-only builds of corpora of several sizes and
 * of the real site. Medians with min and max go into BENCHMARKS.md. Everything else it writes stays
 * in `.bench/` (git-ignored); build outputs are deleted after measuring.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { astroMs, build, npmRunBuild } from './build.ts';
import { seededCorpus } from './newsroom.ts';
import { summariseDist, type DistSummary } from './dist.ts';
import { benchImages } from './images.ts';
import { describeMachine, load } from './machine.ts';
import { searchIndexOf, type SearchIndex } from './pagefind.ts';
import { renderResults, writeResults, type BenchResults, type CorpusFigures } from './report.ts';
import { GiB, spread } from './stats.ts';
import { writeAnchorBlog } from './anchor.ts';
import { measureWhole } from './whole.ts';

const USAGE = `Usage: npm run bench -- [--runs N] [--stories N] [--posts N] [--reports M] [--seed S]
                        [--html LIST [--large] [--real]] [--image-stories N] [--out FILE | --no-write]

  --runs N           runs; each figure is the median, with min and max (default 3)
  --stories N        stories in the corpus built whole against the blog (default 250; 0 skips it)
  --posts N          posts in the anchor blog (default 10000)
  --reports M        reports per story (default 3)
  --seed S           corpus and blog seed (default 1)
  --html LIST        also build these corpus sizes HTML-only (share images left out), e.g. 100,250,1000
  --large            with --html: adds a 2,500-story corpus (about 100,000 pages)
  --real             with --html: the real site (content/) too, with npm run build end to end
  --image-stories N  also measure share images on their own on an N-story corpus (default 0: no)
  --out FILE         where to write the results (default BENCHMARKS.md); --no-write only prints them

  A quick end-to-end check: npm run bench -- --runs 1 --stories 20 --posts 500 --no-write`;

const WORK = '.bench';
const LARGE = 2500;

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    stories: { type: 'string', default: '250' },
    posts: { type: 'string', default: '10000' },
    html: { type: 'string', default: '' },
    large: { type: 'boolean', default: false },
    reports: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    'image-stories': { type: 'string', default: '0' },
    real: { type: 'boolean', default: false },
    out: { type: 'string', default: 'BENCHMARKS.md' },
    'no-write': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const whole = (text: string, name: string, min: number) => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) {
    console.error(`--${name} must be a whole number of at least ${min}.\n\n${USAGE}`);
    process.exit(2);
  }
  return n;
};
const runs = whole(values.runs, 'runs', 1);
const reports = whole(values.reports, 'reports', 2);
const imageStories = whole(values['image-stories'], 'image-stories', 0);
const wholeStories = whole(values.stories, 'stories', 0);
const posts = whole(values.posts, 'posts', 1);
const sizes = values.html ? values.html.split(',').map((s) => whole(s.trim(), 'html', 1)) : [];
if (values.large && sizes.length > 0) sizes.push(LARGE);

/** The corpus for these arguments, generated unless an identical one is already on disk. */
const corpus = (stories: number) => seededCorpus(WORK, { stories, reports, seed: values.seed });

interface Run {
  pages: number;
  dist: DistSummary;
  validateMs: number;
  /** Astro's own part of the cold and warm builds (without validation and the search index). */
  coldMs: number;
  warmMs: number;
  /** The whole cold `astro build`: validation, pages, search index. */
  wholeMs: number;
  peakRss: number;
  cpu: number;
  load: number;
  search: SearchIndex;
  npmBuild: { coldMs: number; warmMs: number; peakRss: number } | undefined;
}

/**
 * Builds one content root `runs` times: a cold `astro build` (which validates first and indexes for
 * search last; their timings split it), then a warm rebuild on the caches it left. The real site is
 * also built end to end with `npm run build`.
 */
async function measureCorpus(label: string, contentDir: string, real: boolean): Promise<CorpusFigures> {
  const all: Run[] = [];
  const dirs = {
    contentDir,
    outDir: join(WORK, 'out'),
    cacheDir: join(WORK, 'cache'),
    imageCacheDir: join(WORK, 'image-cache'),
  };
  const clean = () => {
    for (const dir of [dirs.outDir, dirs.cacheDir, dirs.imageCacheDir]) rmSync(dir, { recursive: true, force: true });
  };
  for (let run = 1; run <= runs; run++) {
    clean();
    const startLoad = load();
    const cold = await build({ ...dirs, images: real });
    const dist = summariseDist(dirs.outDir);
    const search = searchIndexOf(cold, dirs.outDir);
    const warm = await build({ ...dirs, images: real });
    let npmBuild: Run['npmBuild'];
    if (real) {
      rmSync(dirs.imageCacheDir, { recursive: true, force: true });
      const first = await npmRunBuild(dirs.outDir, dirs.imageCacheDir);
      const again = await npmRunBuild(dirs.outDir, dirs.imageCacheDir);
      npmBuild = {
        coldMs: first.wallMs,
        warmMs: again.wallMs,
        peakRss: Math.max(first.peakRssBytes, again.peakRssBytes),
      };
    }
    const ms = (n: number) => (n / cold.astroPages).toFixed(2);
    console.log(
      `  ${label}, run ${run}: ${cold.astroPages} pages, validate ${(cold.validateMs / 1000).toFixed(1)} s, ` +
        `build cold ${(astroMs(cold) / 1000).toFixed(1)} s (${ms(astroMs(cold))} ms/page), warm ${(astroMs(warm) / 1000).toFixed(1)} s, ` +
        `peak RSS ${(cold.peakRssBytes / GiB).toFixed(2)} GiB, search index ${(search.ms / 1000).toFixed(1)} s` +
        (npmBuild
          ? `, npm run build ${(npmBuild.coldMs / 1000).toFixed(1)} s / ${(npmBuild.warmMs / 1000).toFixed(1)} s`
          : '') +
        `, load ${startLoad.toFixed(1)}`,
    );
    all.push({
      pages: cold.astroPages,
      dist,
      validateMs: cold.validateMs,
      coldMs: astroMs(cold),
      warmMs: astroMs(warm),
      wholeMs: cold.wallMs,
      peakRss: Math.max(cold.peakRssBytes, warm.peakRssBytes),
      cpu: cold.cpuSeconds,
      load: startLoad,
      search,
      npmBuild,
    });
  }
  clean();
  const of = (f: (r: Run) => number) => spread(all.map(f));
  const last = all.at(-1);
  const searched = all.map((r) => r.search);
  const npm = all.flatMap((r) => (r.npmBuild ? [r.npmBuild] : []));
  return {
    label,
    synthetic: !real,
    runs,
    pages: of((r) => r.pages),
    htmlPages: last?.dist.htmlPages ?? 0,
    kinds: last?.dist.kinds ?? {},
    validateSeconds: of((r) => r.validateMs / 1000),
    coldSeconds: of((r) => r.coldMs / 1000),
    coldMsPerPage: of((r) => r.coldMs / r.pages),
    warmSeconds: of((r) => r.warmMs / 1000),
    warmMsPerPage: of((r) => r.warmMs / r.pages),
    peakRssGiB: of((r) => r.peakRss / GiB),
    cpuMsPerPage: of((r) => (r.cpu * 1000) / r.pages),
    coresUsed: of((r) => r.cpu / (r.coldMs / 1000)),
    distMB: of((r) => r.dist.bytes / 1e6),
    search:
      searched.length > 0
        ? { seconds: spread(searched.map((x) => x.ms / 1000)), MB: spread(searched.map((x) => x.bytes / 1e6)) }
        : undefined,
    pipelineSeconds: of((r) => r.wholeMs / 1000),
    npmBuild:
      npm.length > 0
        ? {
            coldSeconds: spread(npm.map((x) => x.coldMs / 1000)),
            warmSeconds: spread(npm.map((x) => x.warmMs / 1000)),
            peakRssGiB: spread(npm.map((x) => x.peakRss / GiB)),
          }
        : undefined,
    storyHtmlGzipKB: of((r) => r.dist.storyHtmlGzip.median / 1000),
    storyTotalGzipKB: of((r) => r.dist.storyTotalGzip.median / 1000),
    load: of((r) => r.load),
  };
}

const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();
const results: BenchResults = {
  date: new Date().toISOString().slice(0, 10),
  command: command.endsWith('--') ? 'npm run bench' : command,
  machine: describeMachine(),
  runs,
  whole: undefined,
  corpora: [],
  images: 'skipped',
};

if (wholeStories > 0) {
  const dir = corpus(wholeStories);
  const anchorDir = writeAnchorBlog(join(WORK, `anchor-${posts}-seed${values.seed}`), posts, values.seed);
  console.log(`Whole build of ${wholeStories} stories × ${reports} reports against a blog of ${posts} posts…`);
  results.whole = await measureWhole({
    label: `${wholeStories.toLocaleString('en-GB')} stories × ${reports} reports`,
    contentDir: join(dir, 'content'),
    anchorLabel: `${posts.toLocaleString('en-GB')} posts of about 800 words`,
    anchorDir,
    runs,
    work: WORK,
    load,
  });
}
if (values.real && sizes.length > 0) {
  console.log('Real site (content/), built as npm run build does…');
  results.corpora.push(await measureCorpus('content/ (real site)', 'content', true));
}
for (const stories of sizes) {
  const dir = corpus(stories);
  console.log(`${stories} stories × ${reports} reports…`);
  results.corpora.push(await measureCorpus(`${stories} stories × ${reports} reports`, join(dir, 'content'), false));
}
if (imageStories > 0) {
  console.log(`Share images, ${imageStories} stories × ${reports} reports…`);
  results.images = await benchImages(corpus(imageStories), runs, WORK);
}

const markdown = renderResults(results);
console.log(`\n${markdown}`);
if (!values['no-write']) {
  await writeResults(values.out, markdown);
  console.log(`\nWrote the results into ${values.out}.`);
}
