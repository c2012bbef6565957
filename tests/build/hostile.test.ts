/**
 * Hostile content (tests/fixtures/content/hostile/, catalogued in its README) is built for real;
 * every page is parsed as a browser would parse it, and no planted attack may survive as live code.
 * Every other output is read as its consumer reads it: JSON-LD and the export as JSON, the feed and
 * the sitemap as XML, the search index's fragments, the share images as PNG, `_headers` as is.
 */
import { gunzipSync } from 'node:zlib';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { storyExportSchema, type StoryExport } from '../../src/schemas/export.ts';
import type { IndexedPage } from '../../src/build/search-index.ts';
import { THEME_INIT_SCRIPT } from '../../src/build/theme-script.ts';
import { buildHostileSite, HOSTILE_DIST } from '../e2e/hostile-site.ts';

/** A <style> holding nothing but @font-face and :root rules without nested blocks: Astro's <Font> output. */
const FONT_FACES = /^(?:\s*(?:@font-face|:root)\s*\{[^{}<]*\})+\s*$/;

const ROOT = resolve(import.meta.dirname, '../..');
// The same build the browser tests serve (tests/e2e/hostile-site.ts: the project's build script,
// reused while nothing it depends on changed), so `npm test` builds the hostile fixture once.
const out = HOSTILE_DIST;
const pages: { file: string; tree: ReturnType<typeof fromHtml> }[] = [];

beforeAll(() => {
  buildHostileSite();
  for (const file of readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
    pages.push({ file, tree: fromHtml(readFileSync(join(out, file), 'utf8')) });
  }
}, 240_000);

/** Every element of every built page, with its page and whether it sits in <head>. */
function* elements(): Generator<{ file: string; node: Element; inHead: boolean }> {
  for (const { file, tree } of pages) {
    const found: { node: Element; inHead: boolean }[] = [];
    visit(tree, 'element', (node: Element, _index, parent) => {
      const inHead = node.tagName === 'head' || (parent as Element | undefined)?.tagName === 'head';
      found.push({ node, inHead });
    });
    for (const { node, inHead } of found) yield { file, node, inHead };
  }
}

const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'data', 'xLinkHref', 'srcDoc', 'poster', 'background'];

describe('hostile content', () => {
  it('builds every page', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it('never becomes a script: the only scripts are the site’s own bundle, its theme script and JSON-LD', () => {
    const scripts = [...elements()].filter(({ node }) => node.tagName === 'script');
    expect(scripts.length).toBeGreaterThan(0);
    for (const { file, node, inHead } of scripts) {
      const type = node.properties.type ?? '';
      const body = toString(node);
      if (!type && inHead) {
        expect(body, file).toBe(THEME_INIT_SCRIPT);
      } else if (type === 'application/ld+json') {
        expect((): unknown => JSON.parse(body), file).not.toThrow();
        expect(body, file).not.toContain('<');
      } else {
        expect(type, file).toBe('module');
        expect(body, file).not.toMatch(/alert\(/);
      }
    }
  });

  it('never becomes an event handler attribute', () => {
    const handlers = [...elements()].flatMap(({ file, node }) =>
      Object.keys(node.properties)
        .filter((name) => /^on[a-z]/i.test(name))
        .map((name) => `${file}: <${node.tagName} ${name}>`),
    );
    expect(handlers).toEqual([]);
  });

  it('never becomes a javascript: or data: URL, nor an iframe, object, form or style of its own', () => {
    const found: string[] = [];
    for (const { file, node } of elements()) {
      // The site's stylesheet is a <link> to its own file; the only <style> of ours is the Fonts API's
      // @font-face block (and the :root font variables). Any other <style> would be content's.
      const tags = ['iframe', 'object', 'embed', 'form', 'style', 'base', 'details', 'math', 'svg'];
      const ownSvg = node.tagName === 'svg' && node.properties.ariaHidden === 'true';
      const ownSearchForm = file === 'search/index.html' && node.properties.dataSearchForm !== undefined;
      const ownFonts = node.tagName === 'style' && FONT_FACES.test(toString(node));
      // The site's own <details> (timeline notes, contents) carry no handler; content's never open.
      const ownDetails = node.tagName === 'details' && node.properties.open === undefined;
      if (tags.includes(node.tagName) && !ownSearchForm && !ownFonts && !ownSvg && !ownDetails)
        found.push(`${file}: <${node.tagName}>`);
      if (node.tagName === 'meta' && node.properties.httpEquiv !== undefined) {
        const equiv = String(node.properties.httpEquiv).toLowerCase();
        if (equiv !== 'content-security-policy') found.push(`${file}: <meta http-equiv="${equiv}">`);
      }
      for (const property of URL_PROPERTIES) {
        const value = String(node.properties[property] ?? '').trim();
        if (/^(javascript|data|vbscript):/i.test(value))
          found.push(`${file}: <${node.tagName} ${property}="${value}">`);
      }
    }
    expect(found).toEqual([]);
  });

  it('still shows the words of plain-text fields as text, escaped', () => {
    const story = pages.find((p) => p.file === 'stories/harbour-bridge/index.html')!;
    const text = toString(story.tree);
    expect(text).toContain("<script>alert('story-title')</script> The Harbour Bridge reopening");
    expect(text).toContain("<script>alert('claim-text')</script>The bridge reopens on Monday.");
    expect(text).toContain("<img src=x onerror=alert('person-name')>Ada Moreno");
    const outlet = pages.find((p) => p.file === 'outlets/the-gazette/index.html')!;
    expect(toString(outlet.tree)).toContain("<script>alert('relay-source')</script>The Gazette");
    const radio = toString(pages.find((p) => p.file === 'outlets/radio-harbour/index.html')!.tree);
    expect(radio).toContain("<a href=javascript:alert('outlet-name')>Radio</a> Harbour");
    expect(radio).toContain("</p><script>alert('outlet-description')</script>A local radio station.");
  });

  it('drops raw HTML from Markdown summaries but keeps their ordinary links, marked external', () => {
    const report = pages.find((p) => p.file === 'stories/harbour-bridge/reports/radio-report/index.html')!;
    const links = [...elements()].filter(
      ({ file, node }) =>
        file === report.file && node.tagName === 'a' && node.properties.href === 'https://example.org/outside',
    );
    expect(links).toHaveLength(1);
    expect(links[0]!.node.properties.rel).toEqual(['noopener', 'noreferrer']);
    expect(toString(report.tree)).not.toContain('clickable</div>');
  });

  it('keeps the outside-context directive but not the attributes written on it', () => {
    const asides = [...elements()].filter(
      ({ node }) => node.tagName === 'aside' && node.properties.ariaLabel === 'Outside context',
    );
    expect(asides.length).toBeGreaterThan(0);
    for (const { node } of asides) {
      expect(node.properties).toEqual({ className: ['outside-context'], ariaLabel: 'Outside context' });
    }
  });

  it('marks every link to another site noopener noreferrer', () => {
    for (const { file, node } of elements()) {
      const href = node.properties.href ?? '';
      if (node.tagName === 'a' && /^https?:\/\//.test(href) && !href.startsWith('http://localhost')) {
        expect(node.properties.rel, `${file}: ${href}`).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
      }
    }
  });
});

/** The hostile fixture's words, as its YAML and Markdown say them once parsed. */
const TEXT = {
  title:
    "<script>alert('story-title')</script> The Harbour Bridge reopening Harbourbridgereopeningwithoutasinglespaceanywhereinthisverylongwordxyz",
  dek:
    "\"><img src=x onerror=alert('story-dek')> A fictional test story whose fields carry attack strings. " +
    "]]><script>alert('dek-cdata')</script> <!--<script> &amp;lt;b&amp;gt; &xxe;",
  entityEvent: "&lt;script&gt;alert('entity-event')&lt;/script&gt; &#x3C;img src=x onerror=alert(1)&#x3E;",
  topicTemplate: "{{7*7}} ${alert('topic-template')} <%= 7*7 %> Costs",
  yamlEscape: "<script>alert('yaml-escape')</script> The repairs cost 4 million.",
  note: '" onmouseover="alert(\'position-note\')" x="',
  jsonBreak: '"},{"injected":true,"x":"\\u0022 \\" \\\\ </script>',
  programme: "</script><!--<script>alert('programme')</script>",
  role: "%s %n %x ${7*7} {{constructor.constructor('alert(1)')()}} #{x}",
  url: 'https://example.org/news/bridge?q=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E&x=%26amp%3B#%3Cimg%3E',
  longName: /^name: (\S+)$/m.exec(
    readFileSync(join(ROOT, 'tests/fixtures/content/hostile/people/constructor.yaml'), 'utf8'),
  )![1]!,
};

const read = (file: string) => readFileSync(join(out, file), 'utf8');
const page = (file: string) => pages.find((p) => p.file === file)!;
/** The JSON-LD objects of a page, parsed. */
const jsonLd = (file: string) =>
  [...elements()]
    .filter(({ file: f, node }) => f === file && node.properties.type === 'application/ld+json')
    .map(({ node }) => JSON.parse(toString(node)) as Record<string, unknown>);
const meta = (file: string, key: string) =>
  [...elements()].find(
    ({ file: f, node }) =>
      f === file && node.tagName === 'meta' && (node.properties.property ?? node.properties.name) === key,
  )?.node.properties.content;

describe('hostile content in every output', () => {
  it('HTML: shows every payload as the text that was typed, entities and template syntax included', () => {
    const story = toString(page('stories/harbour-bridge/index.html').tree);
    for (const text of [TEXT.entityEvent, TEXT.topicTemplate, TEXT.yamlEscape]) expect(story).toContain(text);
    expect(toString(page('people/constructor/index.html').tree)).toContain(TEXT.longName);
    expect(toString(page('people/constructor/index.html').tree)).toContain(TEXT.role);
    expect(toString(page('stories/harbour-bridge/quotes/tostring/index.html').tree)).toContain(TEXT.jsonBreak);
  });

  it('HTML: no page has an id twice, so a summary heading ("## Main") cannot take over the page’s anchors', () => {
    const duplicates: string[] = [];
    for (const { file } of pages) {
      const ids = [...elements()]
        .filter((e) => e.file === file)
        .map((e) => e.node.properties.id)
        .filter(Boolean);
      for (const id of new Set(ids)) if (ids.filter((i) => i === id).length > 1) duplicates.push(`${file}: #${id!}`);
    }
    expect(duplicates).toEqual([]);
    const story = [...elements()].filter((e) => e.file === 'stories/harbour-bridge/index.html');
    expect(story.find((e) => e.node.properties.id === 'main')?.node.tagName).toBe('main');
    expect(story.find((e) => e.node.properties.id === 'part-main')?.node.tagName).toBe('h2');
  });

  it('HTML: loads nothing from another origin (no remote image, stylesheet or refresh)', () => {
    const remote: string[] = [];
    for (const { file, node } of elements()) {
      for (const property of ['src', 'srcSet', 'href']) {
        const value = String(node.properties[property] ?? '');
        const loads =
          node.tagName !== 'a' && !(node.tagName === 'link' && /canonical|alternate/.test(String(node.properties.rel)));
        if (loads && /^(https?:)?\/\//.test(value) && !value.startsWith('http://localhost:4321/'))
          remote.push(`${file}: <${node.tagName} ${property}="${value}">`);
      }
    }
    expect(remote).toEqual([]);
    // The remote image's words are kept, the image is not.
    const report = [...elements()].filter((e) => e.file === 'stories/harbour-bridge/reports/cycling-report/index.html');
    for (const alt of ['remote image', 'protocol-relative image', 'tracker']) {
      expect(report.some((e) => e.node.tagName === 'img' && e.node.properties.alt === alt)).toBe(alt !== 'tracker');
    }
  });

  it('attributes: each payload comes back whole from the attribute it was written into', () => {
    const story = 'stories/harbour-bridge/index.html';
    expect(meta(story, 'og:title')).toBe(TEXT.title);
    expect(meta(story, 'description')).toBe(TEXT.dek);
    expect(meta(story, 'twitter:description')).toBe(TEXT.dek);
    const person = 'people/constructor/index.html';
    expect(meta(person, 'og:title')).toBe(TEXT.longName);
    const links = [...elements()].filter(
      ({ file, node }) => file === 'stories/harbour-bridge/reports/gazette-report/index.html' && node.tagName === 'a',
    );
    expect(links.map(({ node }) => node.properties.href)).toContain(TEXT.url);
  });

  it('JSON-LD: parses, holds the words exactly, and no "<" can end or restart its script', () => {
    const [article] = jsonLd('stories/harbour-bridge/index.html');
    expect(article!.headline).toBe(TEXT.title);
    expect(article!.description).toBe(TEXT.dek);
    const quoteLd = JSON.stringify(jsonLd('stories/harbour-bridge/quotes/tostring/index.html'));
    expect(quoteLd).toContain(JSON.stringify(TEXT.longName));
    for (const { file } of pages) {
      for (const body of [...elements()]
        .filter((e) => e.file === file && e.node.properties.type === 'application/ld+json')
        .map((e) => toString(e.node)))
        expect(body, file).not.toMatch(/<|\u2028|\u2029/);
    }
  });

  it('export: parses, matches its schema, and gives back every payload exactly as typed', () => {
    const raw: unknown = JSON.parse(read('stories/harbour-bridge/analysis.json'));
    expect(() => storyExportSchema.parse(raw)).not.toThrow();
    // The JSON as read, not the parsed copy: every payload must come back exactly as typed.
    const data = raw as StoryExport;
    expect(data.story.title).toBe(TEXT.title);
    expect(data.story.dek).toBe(TEXT.dek);
    expect(data.story.events[1]!.label).toBe(TEXT.entityEvent);
    expect(data.story.topics[1]).toMatchObject({ id: 'constructor', label: TEXT.topicTemplate });
    const claim = data.claims.find((c) => c.id === 'repairs-cost-4-million')!;
    expect(claim.text).toBe(TEXT.yamlEscape);
    expect(claim.positions['gazette-report']!.note).toBe(TEXT.note);
    const quote = data.quotes.find((q) => q.id === 'tostring')!;
    expect(quote.context).toBe(TEXT.jsonBreak);
    expect(quote.venue!.programme).toBe(TEXT.programme);
    expect(data.people.find((p) => p.id === 'constructor')).toMatchObject({
      name: TEXT.longName,
      role: TEXT.role,
    });
    expect(data.reports.find((r) => r.id === 'gazette-report')!.url).toBe(TEXT.url);
    expect(Object.keys(data)).not.toContain('injected');
  });

  it('feed: well-formed XML with no DTD, whose item gives back the title and dek exactly', () => {
    const feed = read('feed.xml');
    expect(SyntaxValidator.validate(feed)).toBe(true);
    expect(feed).not.toMatch(/<!DOCTYPE|<!ENTITY|<!\[CDATA\[/);
    const { rss } = new XMLParser({ processEntities: true }).parse(feed) as {
      rss: { channel: { item: { title: string; description: string; category: string[] } } };
    };
    const item = rss.channel.item;
    expect(item.title).toBe(TEXT.title);
    expect(item.description).toBe(TEXT.dek);
    expect(item.category).toContain(TEXT.topicTemplate);
  });

  it('sitemap: well-formed XML listing the pages whose ids are prototype keys', () => {
    const index = read('sitemap-index.xml');
    expect(SyntaxValidator.validate(index)).toBe(true);
    const sitemap = read('sitemap-0.xml');
    expect(SyntaxValidator.validate(sitemap)).toBe(true);
    const { urlset } = new XMLParser().parse(sitemap) as { urlset: { url: { loc: string } | { loc: string }[] } };
    const locs = [urlset.url].flat().map((u) => u.loc);
    for (const path of [
      'people/constructor/',
      'outlets/prototype/',
      'stories/harbour-bridge/claims/constructor/',
      'stories/harbour-bridge/quotes/hasownproperty/',
      'stories/harbour-bridge/quotes/tostring/',
    ])
      expect(locs).toContain(`http://localhost:4321/${path}`);
    expect(locs.every((loc) => /^http:\/\/localhost:4321\/[a-z0-9/-]*$/.test(loc))).toBe(true);
  });

  it('search index: every fragment is JSON, holding the payloads as plain text under plain titles', () => {
    const dir = join(out, 'pagefind/fragment');
    const fragments = readdirSync(dir).map((name) => {
      const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
      expect(text.startsWith('pagefind_dcd')).toBe(true);
      return JSON.parse(text.slice('pagefind_dcd'.length)) as Pick<IndexedPage, 'url' | 'content' | 'anchors'> & {
        meta: { title: string };
      };
    });
    const built = new Set(pages.map((p) => `/${p.file.replace(/index\.html$/, '')}`));
    expect(fragments.length).toBeGreaterThan(10);
    for (const fragment of fragments) expect(built, fragment.url).toContain(fragment.url);
    // The story's record holds its claims' text and titles them as written: plain text, never markup.
    const story = fragments.find((f) => f.url === '/stories/harbour-bridge/')!;
    expect(story.content).toContain("</p><script>alert('claim-conflict')</script>The reports give 4 and 6 million.");
    expect(story.anchors.map((a) => a.title)).toContain(
      "<script>alert('claim-text')</script>The bridge reopens on Monday.",
    );
    const person = fragments.find((f) => f.url === '/people/constructor/')!;
    expect(person.meta.title).toBe(TEXT.longName);
    // The search page renders excerpts through DOMParser and keeps only text and <mark>: the
    // browser test tests/e2e/hostile.spec.ts searches these words and watches for any script.
  });

  it('_headers: exactly the project’s file, whatever the content says', () => {
    expect(read('_headers')).toBe(readFileSync(join(ROOT, 'public/_headers'), 'utf8'));
  });

  it('share images: one PNG of 1200 x 630 for every page that names one, the long names included', () => {
    const images = [...elements()]
      .filter(({ node }) => node.tagName === 'meta' && node.properties.property === 'og:image')
      .map(({ node }) => String(node.properties.content).replace('http://localhost:4321/', ''));
    expect(images).toContain('og/people/constructor.png');
    expect(images).toContain('og/outlets/prototype.png');
    for (const image of new Set(images)) {
      expect(existsSync(join(out, image)), image).toBe(true);
      const png = readFileSync(join(out, image));
      expect(png.subarray(1, 4).toString('latin1'), image).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([1200, 630]);
    }
  });
});
