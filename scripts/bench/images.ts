/**
 * Share images at scale, measured on their own: the same corpus built without and with the share
 * images on a cold image cache (the difference is image time), then one story's title changed
 * and rebuilt on the warm cache, counting the images drawn again against the cards of that story.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { parseContentYaml, splitFrontmatter } from '../../src/model/content-yaml.ts';
import { loadCorpus } from '../../src/build/content-files.ts';
import { build, type BuildResult } from './build.ts';
import { spread, type Spread } from './stats.ts';

export interface ImageFigures {
  images: Spread;
  /** Build with images minus build without, cold image cache. */
  imageSeconds: Spread;
  imagesPerSecond: Spread;
  /** CPU time over wall time of the build with images: 1.0 is one core busy, 2.0 both. */
  coresUsed: Spread;
  msPerPageWithImages: Spread;
  msPerPageWithoutImages: Spread;
  /** After one story's title changed, on the warm cache. */
  regenerated: Spread;
  /** Cards that show the changed title: the story's own, its reports', claims' and quotes'. */
  expected: number;
  warmSeconds: Spread;
}

const pngCount = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.png')).length : 0);

/** Appends " (revised)" to a story's title; returns a function that restores the file. */
function reviseTitle(storyFile: string): () => void {
  const original = readFileSync(storyFile, 'utf8');
  // Read with the content reader, so dates stay the strings written.
  const { frontmatter, body } = splitFrontmatter(original);
  const data = parseContentYaml(frontmatter).data as { title: string };
  writeFileSync(storyFile, `---\n${stringify({ ...data, title: `${data.title} (revised)` })}---\n${body}`);
  return () => writeFileSync(storyFile, original);
}

export async function benchImages(corpusDir: string, runs: number, work: string): Promise<ImageFigures> {
  const contentDir = join(corpusDir, 'content');
  const { corpus } = loadCorpus(contentDir);
  const story = corpus.stories[0];
  if (!story) throw new Error(`no story in ${contentDir}`);
  const expected = 1 + story.reportViews.length + story.claims.length + story.quotes.length;

  const rows: { without: BuildResult; cold: BuildResult; warm: BuildResult; images: number; regenerated: number }[] =
    [];
  for (let run = 1; run <= runs; run++) {
    const dirs = {
      contentDir,
      outDir: join(work, 'out-images'),
      cacheDir: join(work, 'cache-images'),
      imageCacheDir: join(work, 'image-cache'),
    };
    for (const dir of [dirs.cacheDir, dirs.imageCacheDir]) rmSync(dir, { recursive: true, force: true });
    const without = await build({ ...dirs, images: false });
    rmSync(dirs.cacheDir, { recursive: true, force: true });
    const cold = await build({ ...dirs, images: true });
    const images = pngCount(dirs.imageCacheDir);
    const restore = reviseTitle(join(contentDir, 'stories', story.id, 'story.md'));
    let warm: BuildResult;
    try {
      warm = await build({ ...dirs, images: true });
    } finally {
      restore();
    }
    const regenerated = pngCount(dirs.imageCacheDir) - images;
    console.log(
      `  images run ${run}: ${images} images, ${((cold.wallMs - without.wallMs) / 1000).toFixed(1)} s of image time, ` +
        `${regenerated} redrawn after one story changed (expected ${expected})`,
    );
    rows.push({ without, cold, warm, images, regenerated });
    for (const dir of [dirs.outDir, dirs.cacheDir, dirs.imageCacheDir]) rmSync(dir, { recursive: true, force: true });
  }
  const of = (f: (r: (typeof rows)[number]) => number) => spread(rows.map(f));
  return {
    images: of((r) => r.images),
    imageSeconds: of((r) => (r.cold.wallMs - r.without.wallMs) / 1000),
    imagesPerSecond: of((r) => r.images / ((r.cold.wallMs - r.without.wallMs) / 1000)),
    coresUsed: of((r) => r.cold.cpuSeconds / (r.cold.wallMs / 1000)),
    // Per page of HTML in both cases: images are not pages.
    msPerPageWithImages: of((r) => r.cold.wallMs / r.without.astroPages),
    msPerPageWithoutImages: of((r) => r.without.wallMs / r.without.astroPages),
    regenerated: of((r) => r.regenerated),
    expected,
    warmSeconds: of((r) => r.warm.wallMs / 1000),
  };
}
