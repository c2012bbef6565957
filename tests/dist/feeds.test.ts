import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/model/paths.ts';
import { corpus, htmlPages, read, sitePath } from './built-site.ts';

const parser = new XMLParser({ isArray: (name) => ['url', 'sitemap', 'item', 'category'].includes(name) });

describe('sitemap', () => {
  const index = read('sitemap-index.xml');
  it('is valid XML', () => expect(SyntaxValidator.validate(index)).toBe(true));

  const { sitemapindex } = parser.parse(index) as { sitemapindex: { sitemap: { loc: string }[] } };
  const pages = sitemapindex.sitemap.flatMap(({ loc }) => {
    const xml = read(sitePath(loc).slice(1));
    expect(SyntaxValidator.validate(xml)).toBe(true);
    return (parser.parse(xml) as { urlset: { url: { loc: string }[] } }).urlset.url.map((u) => u.loc);
  });

  it('lists every public page once, with absolute URLs, and not the 404 page', () => {
    expect(pages.every((loc) => /^https?:\/\//.test(loc))).toBe(true);
    expect(pages.map(sitePath).sort()).toEqual(htmlPages());
  });

  it('includes a page for every story, report, claim, quote and person', () => {
    const listed = new Set(pages.map(sitePath));
    const expected = corpus.stories.flatMap((s) => [
      paths.story(s.id),
      ...s.reportViews.map((r) => paths.report(s.id, r.id)),
      ...s.claims.map((c) => paths.claim(s.id, c.id)),
      ...s.quotes.map((q) => paths.quote(s.id, q.id)),
    ]);
    expected.push(...corpus.people.map((p) => paths.person(p.id)), paths.home(), paths.people());
    expect(expected.filter((p) => !listed.has(p))).toEqual([]);
  });
});

describe('robots.txt', () => {
  it('points crawlers at the sitemap with an absolute URL', () => {
    expect(read('robots.txt')).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
  });
});

describe('RSS feed', () => {
  const xml = read('feed.xml');
  it('is valid XML', () => expect(SyntaxValidator.validate(xml)).toBe(true));
  it('has one item per story with an absolute link and a date', () => {
    const { rss } = parser.parse(xml) as { rss: { channel: { item: { title: string; link: string; pubDate: string }[] } } };
    const items = rss.channel.item;
    expect(items.map((i) => i.title).sort()).toEqual(corpus.stories.map((s) => s.title).sort());
    for (const item of items) {
      expect(item.link).toMatch(/^https?:\/\//);
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
    }
  });
});
