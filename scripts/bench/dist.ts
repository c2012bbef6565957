/**
 * What a build wrote: files by kind of page (from the URL shape, so pages other engineers add are
 * counted without changes here), total size, and the story page's compressed weight.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spread, type Spread } from './stats.ts';

export interface DistSummary {
  /** Count of written files by kind, e.g. `story`, `claim`, `share image`. */
  kinds: Record<string, number>;
  htmlPages: number;
  bytes: number;
  /** Gzipped story HTML over every story page, in bytes; and with its stylesheets and scripts. */
  storyHtmlGzip: Spread;
  storyTotalGzip: Spread;
}

/** Named kinds for the site's routes; anything else is grouped by its first path segment. */
const KINDS: readonly (readonly [RegExp, string])[] = [
  [/^index\.html$/, 'home'],
  [/^page\/\d+\/index\.html$/, 'home (page n)'],
  [/^404\.html$/, '404'],
  [/^stories\/[^/]+\/index\.html$/, 'story'],
  [/^stories\/[^/]+\/reports\/[^/]+\/index\.html$/, 'report'],
  [/^stories\/[^/]+\/claims\/[^/]+\/index\.html$/, 'claim'],
  [/^stories\/[^/]+\/quotes\/[^/]+\/index\.html$/, 'quote'],
  [/^stories\/[^/]+\/[^/]+\.json$/, 'story export (json)'],
  [/^people\/index\.html$/, 'people index'],
  [/^people\/page\/\d+\/index\.html$/, 'people index (page n)'],
  [/^people\/[^/]+\/index\.html$/, 'person'],
  [/^topics\//, 'topic'],
  [/^search\/index\.html$/, 'search page'],
  [/\.png$/, 'share image (png)'],
  [/^_astro\//, 'bundled asset'],
  [/^pagefind\//, 'search index'],
  [/^sitemap.*\.xml$/, 'sitemap'],
];

export function kindOf(path: string): string {
  for (const [pattern, kind] of KINDS) if (pattern.test(path)) return kind;
  const [first = path, ...rest] = path.split('/');
  return rest.length === 0 ? first : `${first}/…${path.endsWith('.html') ? ' (html)' : ''}`;
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** Size in bytes of everything under `dir` (0 when it does not exist). */
export function dirBytes(dir: string): number {
  let bytes = 0;
  try {
    for (const file of walk(dir)) bytes += statSync(file).size;
  } catch {
    return 0;
  }
  return bytes;
}

/** Local stylesheets and module scripts a page loads. */
function assetsOf(html: string): string[] {
  const links = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="\/([^"]+)"/g)].map((m) => m[1] ?? '');
  const scripts = [...html.matchAll(/<script[^>]+src="\/([^"]+)"/g)].map((m) => m[1] ?? '');
  return [...links, ...scripts].filter(Boolean);
}

export function summariseDist(outDir: string): DistSummary {
  const kinds: Record<string, number> = {};
  let bytes = 0;
  let htmlPages = 0;
  const storyPages: string[] = [];
  for (const file of walk(outDir)) {
    const path = relative(outDir, file).split(sep).join('/');
    const kind = kindOf(path);
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    bytes += statSync(file).size;
    if (path.endsWith('.html')) htmlPages++;
    if (kind === 'story') storyPages.push(file);
  }
  const assetGzip = new Map<string, number>();
  const html: number[] = [];
  const total: number[] = [];
  for (const file of storyPages) {
    const text = readFileSync(file);
    const own = gzipSync(text).length;
    let withAssets = own;
    for (const asset of assetsOf(text.toString('utf8'))) {
      if (!assetGzip.has(asset)) {
        try {
          assetGzip.set(asset, gzipSync(readFileSync(join(outDir, asset))).length);
        } catch {
          assetGzip.set(asset, 0);
        }
      }
      withAssets += assetGzip.get(asset) ?? 0;
    }
    html.push(own);
    total.push(withAssets);
  }
  return { kinds, htmlPages, bytes, storyHtmlGzip: spread(html), storyTotalGzip: spread(total) };
}
