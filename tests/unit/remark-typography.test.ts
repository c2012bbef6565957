import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { beforeAll, describe, expect, it } from 'vitest';
import { markdownOptions } from '../../src/plugins/markdown.ts';
import { needsTypography } from '../../src/plugins/remark-typography.ts';

let renderer: MarkdownRenderer;
beforeAll(async () => {
  renderer = await createMarkdownProcessor({ ...markdownOptions, syntaxHighlight: false });
});
const render = async (markdown: string) => (await renderer.render(markdown)).code;

describe('typography in the site’s Markdown pipeline', () => {
  it('curls straight quotes, across emphasis and links too', async () => {
    expect(await render(`He said "it's *done*" and 'left'.`)).toBe('<p>He said “it’s <em>done</em>” and ‘left’.</p>');
    expect(await render('"[The report](https://example.org)" says so.')).toContain('“<a');
  });

  it('turns double hyphens into dashes and three dots into an ellipsis, as Astro’s default does', async () => {
    expect(await render('Talks -- for now -- continue...')).toBe('<p>Talks — for now — continue…</p>');
  });

  it('leaves text already written with typographic characters exactly as it is', async () => {
    const text = 'The envoy’s “ceasefire” – as he put it – held… for now.';
    expect(await render(text)).toBe(`<p>${text}</p>`);
  });

  it('runs only when there is something to rewrite', () => {
    for (const text of [`a "quote"`, `it's`, 'a `tick`', 'a -- b', 'wait...', 'wait. . .']) {
      expect(needsTypography(text), text).toBe(true);
    }
    for (const text of ['The envoy’s “ceasefire” – held…', 'a - b', 'End. Next.']) {
      expect(needsTypography(text), text).toBe(false);
    }
  });
});
