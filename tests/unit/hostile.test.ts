/**
 * Hostile content (tests/fixtures/content/hostile/) is built for real; every page is parsed as a
 * browser would parse it, and no planted attack may survive as live code.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THEME_INIT_SCRIPT } from '../../src/lib/theme-script.ts';
import { buildSite } from './build-site.ts';

/** A <style> holding nothing but @font-face and :root rules without nested blocks: Astro's <Font> output. */
const FONT_FACES = /^(?:\s*(?:@font-face|:root)\s*\{[^{}<]*\})+\s*$/;

const ROOT = resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'parallax-hostile-'));
const content = join(temp, 'content');
const out = join(ROOT, `dist-hostile-${process.pid}`);
const pages: { file: string; tree: ReturnType<typeof fromHtml> }[] = [];

beforeAll(() => {
  cpSync(join(ROOT, 'tests/fixtures/content/valid'), content, { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/content/hostile'), content, { recursive: true });
  rmSync(join(content, 'README.md'));
  const result = buildSite({ content, out, imageCache: join(temp, 'images') });
  expect(result.status, result.output).toBe(0);
  for (const file of readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
    pages.push({ file, tree: fromHtml(readFileSync(join(out, file), 'utf8')) });
  }
}, 120_000);

afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

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
      const type = String(node.properties.type ?? '');
      const body = toString(node);
      if (!type && inHead) {
        expect(body, file).toBe(THEME_INIT_SCRIPT);
      } else if (type === 'application/ld+json') {
        expect(() => JSON.parse(body), file).not.toThrow();
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
      const tags = ['iframe', 'object', 'embed', 'form', 'style', 'base'];
      const ownSearchForm = file === 'search/index.html' && node.properties.dataSearchForm !== undefined;
      const ownFonts = node.tagName === 'style' && FONT_FACES.test(toString(node));
      if (tags.includes(node.tagName) && !ownSearchForm && !ownFonts) found.push(`${file}: <${node.tagName}>`);
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
      const href = String(node.properties.href ?? '');
      if (node.tagName === 'a' && /^https?:\/\//.test(href) && !href.startsWith('http://localhost')) {
        expect(node.properties.rel, `${file}: ${href}`).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
      }
    }
  });
});
