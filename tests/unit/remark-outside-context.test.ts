import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMarkdownProcessor, parseFrontmatter, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { markdownOptions } from '../../src/plugins/markdown.ts';
import { checkMarkdownBodies } from '../../src/build/markdown-check.ts';
import type { ContentFiles } from '../../src/build/content-files.ts';

// The same plugin lists astro.config.mjs hands to Astro's unified processor. Syntax highlighting is
// off because no test renders code, and loading Shiki would only slow the tests down.
let renderer: MarkdownRenderer;
beforeAll(async () => {
  renderer = await createMarkdownProcessor({ ...markdownOptions, syntaxHighlight: false });
});

const render = async (markdown: string) => (await renderer.render(markdown)).code;

/** Renders `markdown` expecting a failure; returns the error (Astro's renderer also logs it, silenced here). */
async function renderError(markdown: string, file?: string): Promise<Error & { line?: number; column?: number }> {
  const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    await renderer.render(markdown, file ? { fileURL: new URL(`file://${file}`) } : undefined);
  } catch (error) {
    expect(log).toHaveBeenCalled();
    return error as Error;
  }
  throw new Error('expected the Markdown to fail to render');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('remark-outside-context through the site’s Markdown pipeline', () => {
  it('renders an outside-context container as a labelled aside', async () => {
    expect(await render(':::outside-context\nThe summit took place on 15 August 2025.\n:::')).toBe(
      '<aside class="outside-context" aria-label="Outside context">' +
        '<p class="outside-context-label">Outside context</p>' +
        '<p>The summit took place on 15 August 2025.</p>' +
        '</aside>',
    );
  });

  it('keeps Markdown inside the container', async () => {
    expect(await render(':::outside-context\nOne *two*\n\n- three\n:::')).toBe(
      '<aside class="outside-context" aria-label="Outside context">' +
        '<p class="outside-context-label">Outside context</p>' +
        '<p>One <em>two</em></p><ul>\n<li>three</li>\n</ul>' +
        '</aside>',
    );
  });

  it('renders an inline outside-context directive as a span with a marker', async () => {
    expect(await render('They met on :outside-context[15 August] in Alaska.')).toBe(
      '<p>They met on <span class="outside-context-inline">15 August ' +
        '<span class="outside-context-marker">(outside context)</span></span> in Alaska.</p>',
    );
  });

  it('renders the valid fixture’s overview with its outside-context aside', async () => {
    const { content } = parseFrontmatter(
      readFileSync('tests/fixtures/content/valid/stories/harbour-bridge/story.md', 'utf8'),
    );
    const html = await render(content);
    expect(html).toContain(
      '<aside class="outside-context" aria-label="Outside context"><p class="outside-context-label">Outside context</p>' +
        '<p>This test story is invented.</p></aside>',
    );
    expect(html).not.toContain(':::');
  });

  it('fails on an unknown container directive, naming the directive and the file', async () => {
    const error = await renderError('Intro.\n\n:::callout\nText\n:::', '/content/stories/x/story.md');
    expect(error.message).toContain('Failed to parse Markdown file "/content/stories/x/story.md"');
    expect(error.message).toContain(
      'Unknown directive "callout": the only directive in summaries is "outside-context"',
    );
    expect([error.line, error.column]).toEqual([3, 1]);
  });

  it('fails on an unknown leaf directive, naming it', async () => {
    const error = await renderError('::video[clip]{src=x}');
    expect(error.message).toContain('Unknown directive "video"');
  });

  it('fails on a misspelt outside-context container rather than printing raw colons', async () => {
    const error = await renderError(':::outside-contxt\nA fact.\n:::');
    expect(error.message).toContain('Unknown directive "outside-contxt"');
  });

  it('fails on a fence that shares its line with text (a rewrapped block) instead of printing raw colons', async () => {
    const error = await renderError('Intro.\n\n:::outside-context The summit took place on 15 August.\nMore. :::');
    expect(error.message).toContain('A ":::" fence that is not on a line of its own');
    expect(error.line).toBe(3);
    expect(await render('A ratio of 3:::4 in the middle of a line stays text.')).toBe(
      '<p>A ratio of 3:::4 in the middle of a line stays text.</p>',
    );
  });

  it('puts an unknown text directive back as text', async () => {
    expect(await render('Some cases, e.g.:note this one, stay as written.')).toBe(
      '<p>Some cases, e.g.:note this one, stay as written.</p>',
    );
    expect(await render('Ratio:unknown')).toBe('<p>Ratio:unknown</p>');
    expect(await render('A :term[with a label] stays whole.')).toBe('<p>A :term[with a label] stays whole.</p>');
  });

  it('warns about an unknown text directive written with a label or attributes, not a bare one', async () => {
    const files = (body: string) =>
      ({ stories: [], reports: [{ file: 'r.md', body, bodyLine: 4 }] }) as unknown as ContentFiles;
    expect(await checkMarkdownBodies(files('Some cases, e.g.:note this one.\n\nRatio:unknown'))).toEqual([]);
    expect(await checkMarkdownBodies(files('Intro.\n\nSee :a[the council]{href=https://example.org}.'))).toEqual([
      {
        file: 'r.md',
        field: 'body',
        line: 7,
        message: 'Unknown inline directive ":a", shown as text: the only directive in summaries is "outside-context"',
      },
    ]);
    expect(await checkMarkdownBodies(files('A :term[with a label] stays whole.'))).toHaveLength(1);
  });

  it('gives headings ids and wraps them in self-links', async () => {
    const { code, metadata } = await renderer.render('## What it says\n\nText.\n\n## What it says');
    expect(code).toBe(
      '<h2 id="what-it-says"><a href="#what-it-says">What it says</a></h2>\n<p>Text.</p>\n' +
        '<h2 id="what-it-says-1"><a href="#what-it-says-1">What it says</a></h2>',
    );
    expect(metadata.headings.map((h) => h.slug)).toEqual(['what-it-says', 'what-it-says-1']);
  });
});
