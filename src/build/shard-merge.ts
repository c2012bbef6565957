/**
 * Joins the parts of a sharded build (src/model/shard.ts) into one site: scripts/merge-shards.ts
 * runs it. Files are copied; a file two parts both wrote must be byte-identical (the pages every
 * shard builds, the content-hashed bundles), else the merge stops and names it. The parts' sitemaps
 * become one, in the order and format @astrojs/sitemap writes. Search is left to the caller.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** @astrojs/sitemap's default entries per sitemap file. */
const SITEMAP_LIMIT = 45_000;
const SITEMAP_FILE = /^sitemap-(?:\d+|index)\.xml$/;

/** Every file under `dir`, as paths relative to it. */
export function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? filesUnder(dir, path) : [path];
  });
}

/** Copies every part into `target`; returns the number of files and the sitemap entries found. */
export function copyParts(parts: readonly string[], target: string): { files: number; urls: Map<string, string> } {
  const writtenBy = new Map<string, string>();
  const urls = new Map<string, string>();
  for (const part of parts) {
    for (const file of filesUnder(part)) {
      // Search is indexed over the merged site; sitemaps are merged below.
      if (file.startsWith('pagefind/')) continue;
      if (SITEMAP_FILE.test(file)) {
        if (file !== 'sitemap-index.xml') {
          for (const url of readFileSync(join(part, file), 'utf8').match(/<url>.*?<\/url>/gs) ?? []) {
            urls.set(/<loc>(.*?)<\/loc>/s.exec(url)?.[1] ?? url, url);
          }
        }
        continue;
      }
      const source = join(part, file);
      const destination = join(target, file);
      const earlier = writtenBy.get(file);
      if (earlier !== undefined) {
        if (!readFileSync(source).equals(readFileSync(destination))) {
          throw new Error(
            `${file} differs between ${earlier} and ${part}: the parts were not built from the same sources.`,
          );
        }
        continue;
      }
      mkdirSync(dirname(destination), { recursive: true });
      cpSync(source, destination);
      writtenBy.set(file, part);
    }
  }
  return { files: writtenBy.size, urls };
}

/**
 * Writes the merged sitemap files and their index as @astrojs/sitemap does (sorted as it sorts,
 * in its chunks), taking the XML around the entries from the first part's own files.
 */
export function writeSitemaps(target: string, urls: Map<string, string>, parts: readonly string[]): number {
  const [firstPart] = parts;
  if (firstPart === undefined) throw new Error('no parts to take the sitemap format from');
  const chunk = readFileSync(join(firstPart, 'sitemap-0.xml'), 'utf8');
  const index = readFileSync(join(firstPart, 'sitemap-index.xml'), 'utf8');
  const chunkHeader = /^.*?<urlset[^>]*>/s.exec(chunk)?.[0];
  const indexHeader = /^.*?<sitemapindex[^>]*>/s.exec(index)?.[0];
  const chunkUrl = /<loc>(.*?)sitemap-0\.xml<\/loc>/.exec(index)?.[1];
  if (!chunkHeader || !indexHeader || chunkUrl === undefined) {
    throw new Error(
      `${firstPart}: its sitemap-index.xml and sitemap-0.xml are not in the format @astrojs/sitemap writes`,
    );
  }
  const sorted = [...urls.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const chunks = Math.max(1, Math.ceil(sorted.length / SITEMAP_LIMIT));
  for (let i = 0; i < chunks; i++) {
    const entries = sorted.slice(i * SITEMAP_LIMIT, (i + 1) * SITEMAP_LIMIT).map((loc) => urls.get(loc) ?? '');
    writeFileSync(join(target, `sitemap-${i}.xml`), `${chunkHeader}${entries.join('')}</urlset>`);
  }
  const listed = Array.from({ length: chunks }, (_, i) => `<sitemap><loc>${chunkUrl}sitemap-${i}.xml</loc></sitemap>`);
  writeFileSync(join(target, 'sitemap-index.xml'), `${indexHeader}${listed.join('')}</sitemapindex>`);
  return chunks;
}
