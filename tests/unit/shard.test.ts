import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseShard, shardScope, storiesOfShard } from '../../src/model/shard.ts';
import { copyParts, filesUnder, writeSitemaps } from '../../src/build/shard-merge.ts';

describe('PARALLAX_SHARD', () => {
  it('is i/N with 1 ≤ i ≤ N, or unset', () => {
    expect(parseShard(undefined)).toBeUndefined();
    expect(parseShard('')).toBeUndefined();
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    for (const bad of ['0/2', '3/2', '1', '1/0', 'a/b', '1/2/3']) {
      expect(() => parseShard(bad), bad).toThrow(`PARALLAX_SHARD=${bad}: expected i/N`);
    }
  });

  it('splits the sorted story ids into contiguous ranges that cover each story once', () => {
    const ids = ['e', 'a', 'd', 'b', 'c'];
    const parts = [1, 2, 3].map((index) => [...storiesOfShard(ids, { index, count: 3 })]);
    expect(parts).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('gives shard 1 the site-wide pages, and each story’s pages and images to its own shard', () => {
    const ids = ['alpha', 'beta'];
    const first = shardScope(ids, '1/2');
    const second = shardScope(ids, '2/2');
    expect([first.siteWide, second.siteWide]).toEqual([true, false]);
    expect([first.page('/stories/alpha/claims/x/'), second.page('/stories/alpha/claims/x/')]).toEqual([true, false]);
    expect([first.page('/stories/beta/'), second.page('/stories/beta/')]).toEqual([false, true]);
    expect([first.page('/people/someone/'), second.page('/people/someone/')]).toEqual([true, false]);
    const all = shardScope(ids, undefined);
    expect([all.siteWide, all.story('beta'), all.page('/people/x/')]).toEqual([true, true, true]);
  });
});

describe('merging the parts of a sharded build', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const site = 'http://example.org/';
  const sitemap = (paths: string[]) =>
    `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths
      .map((p) => `<url><loc>${site}${p}</loc></url>`)
      .join('')}</urlset>`;
  const index = `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${site}sitemap-0.xml</loc></sitemap></sitemapindex>`;
  /** A built part: its files (path → text) and its sitemap. */
  function part(files: Record<string, string>, pages: string[]): string {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-shard-'));
    dirs.push(dir);
    const all = { ...files, 'sitemap-0.xml': sitemap(pages), 'sitemap-index.xml': index, 'pagefind/x.js': dir };
    for (const [path, text] of Object.entries(all)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }

  it('copies every page once, and writes one sitemap sorted as @astrojs/sitemap sorts it', () => {
    const one = part({ 'index.html': 'home', '_astro/a.css': 'css', 'stories/a/index.html': 'a' }, ['', 'stories/a/']);
    const two = part({ '_astro/a.css': 'css', 'stories/b/index.html': 'b', 'stories/a10/index.html': 'a10' }, [
      'stories/b/',
      'stories/a10/',
    ]);
    const target = mkdtempSync(join(tmpdir(), 'parallax-merged-'));
    dirs.push(target);
    const { files, urls } = copyParts([one, two], target);
    expect(writeSitemaps(target, urls, [one, two])).toBe(1);
    expect(files).toBe(5);
    expect(filesUnder(target).sort()).toEqual([
      '_astro/a.css',
      'index.html',
      'sitemap-0.xml',
      'sitemap-index.xml',
      'stories/a/index.html',
      'stories/a10/index.html',
      'stories/b/index.html',
    ]);
    expect(readFileSync(join(target, 'sitemap-0.xml'), 'utf8')).toBe(
      sitemap(['', 'stories/a/', 'stories/a10/', 'stories/b/']),
    );
    expect(readFileSync(join(target, 'sitemap-index.xml'), 'utf8')).toBe(index);
  });

  it('stops, naming the file, when two parts wrote it differently', () => {
    const one = part({ 'search/index.html': 'built from one source' }, ['search/']);
    const two = part({ 'search/index.html': 'built from another' }, ['search/']);
    const target = mkdtempSync(join(tmpdir(), 'parallax-merged-'));
    dirs.push(target);
    expect(() => copyParts([one, two], target)).toThrow(`search/index.html differs between ${one} and ${two}`);
  });
});
