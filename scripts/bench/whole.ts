/**
 * The whole build a deploy runs (`astro build`: validation, pages, share images, search index), cold
 * and warm, beside the anchor (a plain Astro blog, `anchor.ts`) built in the same runs, interleaved
 * so that both see the same machine. Each run: the blog cold then warm; Parallax built cold with its
 * share images, rebuilt warm, and built once more HTML-only (share images left out) on empty caches,
 * which splits the cold build into pages and images; validation and the search index are split off
 * with the timings the build records for them.
 * The last run then changes one story's title and rebuilds on the warm caches, counting the
 * images drawn again against that story's cards.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { stringify } from 'yaml';
import { loadCorpus } from '../../src/build/content-files.ts';
import { astroMs, build, buildProject } from './build.ts';
import { GiB, spread, type Spread } from './stats.ts';

/** One site's build figures, for Parallax and for the anchor blog alike. */
export interface BuildSpread {
  pages: Spread;
  coldSeconds: Spread;
  warmSeconds: Spread;
  coldMsPerPage: Spread;
  warmMsPerPage: Spread;
  peakRssGiB: Spread;
}

export interface WholeFigures extends BuildSpread {
  label: string;
  anchorLabel: string;
  runs: number;
  images: Spread;
  validateSeconds: Spread;
  /** Cold build with images, HTML-only cold build, their difference, the search index. */
  buildSeconds: Spread;
  pagesSeconds: Spread;
  imageSeconds: Spread;
  imagesPerSecond: Spread;
  /** The same, as the build's share-image step times itself: no other step's noise in it. */
  imagesTimedSeconds: Spread;
  imagesTimedPerSecond: Spread;
  indexSeconds: Spread;
  coresUsed: Spread;
  /** The plain Astro blog built in the same runs. (Parallax's cold and warm figures are validate + build + index.) */
  anchor: BuildSpread;
  /** Parallax ms/page ÷ the blog's, run by run. */
  coldRatio: Spread;
  warmRatio: Spread;
  edit: { redrawn: number; expected: number; seconds: number } | undefined;
  load: Spread;
}

interface Row {
  pages: number;
  images: number;
  validate: number;
  build: number;
  pagesMs: number;
  imageMs: number;
  imagesTimedMs: number;
  index: number;
  coldMs: number;
  warmMs: number;
  peak: number;
  cores: number;
  anchorPages: number;
  anchorCold: number;
  anchorWarm: number;
  anchorPeak: number;
  load: number;
}

const pngCount = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.png')).length : 0);

/** Appends " (revised)" to a story's title; returns a function that restores the file. */
function reviseTitle(storyFile: string): () => void {
  const original = readFileSync(storyFile, 'utf8');
  const { frontmatter, content } = parseFrontmatter(original);
  const data = frontmatter as { title: string };
  writeFileSync(storyFile, `---\n${stringify({ ...data, title: `${data.title} (revised)` })}---\n${content}`);
  return () => writeFileSync(storyFile, original);
}

export async function measureWhole(options: {
  label: string;
  contentDir: string;
  anchorLabel: string;
  anchorDir: string;
  runs: number;
  work: string;
  load: () => number;
}): Promise<WholeFigures> {
  const { contentDir, anchorDir, runs, work } = options;
  const dirs = {
    contentDir,
    outDir: join(work, 'out-whole'),
    cacheDir: join(work, 'cache-whole'),
    imageCacheDir: join(work, 'image-cache-whole'),
  };
  const html = { ...dirs, outDir: join(work, 'out-html'), cacheDir: join(work, 'cache-html') };
  const clean = () => {
    for (const dir of [dirs.outDir, dirs.cacheDir, dirs.imageCacheDir, html.outDir, html.cacheDir]) {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const anchorOut = join(work, 'out-anchor');
  const rows: Row[] = [];
  let edit: WholeFigures['edit'];
  for (let run = 1; run <= runs; run++) {
    const load = options.load();
    const anchorCold = await buildProject(anchorDir, anchorOut, true);
    const anchorWarm = await buildProject(anchorDir, anchorOut, false);
    rmSync(anchorOut, { recursive: true, force: true });
    clean();
    // Each build validates first and indexes for search last (the project's integrations), as a
    // deploy's does; the split below comes from the timings those steps record.
    const cold = await build({ ...dirs, images: true });
    const images = pngCount(dirs.imageCacheDir);
    const warm = await build({ ...dirs, images: true });
    const htmlOnly = await build({ ...html, images: false });
    const pages = htmlOnly.astroPages;
    if (run === runs) {
      const { corpus } = loadCorpus(contentDir);
      const story = corpus.stories[0];
      if (story) {
        const expected = 1 + story.reportViews.length + story.claims.length + story.quotes.length;
        const restore = reviseTitle(join(contentDir, 'stories', story.id, 'story.md'));
        try {
          const edited = await build({ ...dirs, images: true });
          edit = { redrawn: pngCount(dirs.imageCacheDir) - images, expected, seconds: edited.wallMs / 1000 };
        } finally {
          restore();
        }
      }
    }
    clean();
    const coldMs = cold.wallMs;
    const warmMs = warm.wallMs;
    const row: Row = {
      pages,
      images,
      validate: cold.validateMs,
      build: astroMs(cold),
      pagesMs: astroMs(htmlOnly),
      imageMs: astroMs(cold) - astroMs(htmlOnly),
      imagesTimedMs: cold.imagesMs,
      index: cold.indexMs,
      coldMs,
      warmMs,
      peak: Math.max(cold.peakRssBytes, warm.peakRssBytes),
      cores: cold.cpuSeconds / (cold.wallMs / 1000),
      anchorPages: anchorCold.astroPages,
      anchorCold: anchorCold.wallMs,
      anchorWarm: anchorWarm.wallMs,
      anchorPeak: Math.max(anchorCold.peakRssBytes, anchorWarm.peakRssBytes),
      load,
    };
    rows.push(row);
    const perPage = (ms: number, n: number) => (ms / n).toFixed(2);
    console.log(
      `  run ${run}: Parallax ${pages} pages + ${images} images, cold ${(coldMs / 1000).toFixed(1)} s ` +
        `(${perPage(coldMs, pages)} ms/page: validate ${(row.validate / 1000).toFixed(1)}, pages ${(row.pagesMs / 1000).toFixed(1)}, ` +
        `images ${(row.imageMs / 1000).toFixed(1)} (timed in the build ${(row.imagesTimedMs / 1000).toFixed(1)}), index ${(row.index / 1000).toFixed(1)}), warm ${(warmMs / 1000).toFixed(1)} s ` +
        `(${perPage(warmMs, pages)} ms/page), peak RSS ${(row.peak / GiB).toFixed(2)} GiB; blog ${row.anchorPages} pages, ` +
        `cold ${(row.anchorCold / 1000).toFixed(1)} s (${perPage(row.anchorCold, row.anchorPages)} ms/page), ` +
        `warm ${(row.anchorWarm / 1000).toFixed(1)} s; load ${load.toFixed(1)}` +
        (edit ? `; one story edited: ${edit.redrawn} images redrawn (its cards: ${edit.expected})` : ''),
    );
  }
  const of = (f: (r: Row) => number) => spread(rows.map(f));
  const site = (pick: (r: Row) => { pages: number; cold: number; warm: number; peak: number }): BuildSpread => {
    const picked = rows.map(pick);
    const over = (f: (p: (typeof picked)[number]) => number) => spread(picked.map(f));
    return {
      pages: over((p) => p.pages),
      coldSeconds: over((p) => p.cold / 1000),
      warmSeconds: over((p) => p.warm / 1000),
      coldMsPerPage: over((p) => p.cold / p.pages),
      warmMsPerPage: over((p) => p.warm / p.pages),
      peakRssGiB: over((p) => p.peak / GiB),
    };
  };
  return {
    label: options.label,
    anchorLabel: options.anchorLabel,
    runs,
    ...site((r) => ({ pages: r.pages, cold: r.coldMs, warm: r.warmMs, peak: r.peak })),
    images: of((r) => r.images),
    validateSeconds: of((r) => r.validate / 1000),
    buildSeconds: of((r) => r.build / 1000),
    pagesSeconds: of((r) => r.pagesMs / 1000),
    imageSeconds: of((r) => r.imageMs / 1000),
    imagesPerSecond: of((r) => r.images / (r.imageMs / 1000)),
    imagesTimedSeconds: of((r) => r.imagesTimedMs / 1000),
    imagesTimedPerSecond: of((r) => r.images / (r.imagesTimedMs / 1000)),
    indexSeconds: of((r) => r.index / 1000),
    coresUsed: of((r) => r.cores),
    anchor: site((r) => ({ pages: r.anchorPages, cold: r.anchorCold, warm: r.anchorWarm, peak: r.anchorPeak })),
    coldRatio: of((r) => r.coldMs / r.pages / (r.anchorCold / r.anchorPages)),
    warmRatio: of((r) => r.warmMs / r.pages / (r.anchorWarm / r.anchorPages)),
    edit,
    load: of((r) => r.load),
  };
}
