/** The Markdown pipeline for summaries and overviews: used by astro.config.mjs and by the plugin tests. */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkDirective from 'remark-directive';
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import remarkOutsideContext from './remark-outside-context.ts';
import remarkTypography from './remark-typography.ts';

/** Our Markdown syntax, and where content can be refused: the pre-build check runs these too. */
export const remarkContentPlugins: RemarkPlugins = [remarkDirective, remarkOutsideContext];

/** SmartyPants first, where Astro would run its own (switched off in `markdownOptions`). */
export const remarkPlugins: RemarkPlugins = [remarkTypography, ...remarkContentPlugins];

/**
 * GitHub's sanitising rules (no scripts, no event handlers, only http(s)/mailto links), plus the
 * classes and label our outside-context plugin puts on its own elements. Runs before the heading
 * ids are added, so they keep their plain names.
 */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'aside'],
  attributes: {
    ...defaultSchema.attributes,
    aside: [['className', 'outside-context'], 'ariaLabel'],
    p: [['className', 'outside-context-label']],
    span: [['className', 'outside-context-inline', 'outside-context-marker']],
  },
};

/**
 * Ids the pages give their own elements: `main`, `*-heading`, `search-*`, `claim-text`, the
 * `claim-`, `quote-`, `question-` and `topic-` anchors (src/model/paths.ts) and their `-text` and
 * `-h` labels. A summary heading named like one ("## Main", "## Claim reopens Monday") would
 * duplicate it and take over its links; such a heading's id gets `part-` in front (and so does one
 * already starting so, which keeps every id unique).
 */
const PAGE_IDS = /^(?:main|part-.*|search-.+|(?:claim|quote|question|topic)-.+|.+-(?:heading|text|h))$/;

/** Moves summary heading ids out of the page's own id names (after rehype-slug). */
export function rehypeHeadingIdsApart() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const id = node.properties.id;
      if (/^h[1-6]$/.test(node.tagName) && typeof id === 'string' && PAGE_IDS.test(id)) {
        node.properties.id = `part-${id}`;
      }
    });
  };
}

/**
 * Pages load nothing from another origin (the CSP's img-src is 'self'): an image in a summary may
 * only be the site's own, by a relative address. A remote one (`https:`, `//host`) loses its
 * address and shows its alt text. (The sanitiser cannot say this: an empty protocol list allows all.)
 */
export function rehypeNoRemoteImages() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'img') return;
      const remote = (value: string | undefined) => /^[a-z][a-z\d+.-]*:|^[\\/]{2}/i.test((value ?? '').trim());
      if (remote(node.properties.src)) delete node.properties.src;
      // A srcset is a comma-separated list of candidates ("a.png 1x, b.png 2x"): every one must be local.
      if (node.properties.srcSet?.split(',').some(remote)) delete node.properties.srcSet;
    });
  };
}

export const rehypePlugins: RehypePlugins = [
  [rehypeSanitize, sanitizeSchema],
  rehypeNoRemoteImages,
  rehypeSlug,
  rehypeHeadingIdsApart,
  [rehypeAutolinkHeadings, { behavior: 'wrap' }],
  [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }],
];

/** Options for `unified()` from @astrojs/markdown-remark: the whole pipeline of the site. */
export const markdownOptions = { remarkPlugins, rehypePlugins, smartypants: false } as const;
