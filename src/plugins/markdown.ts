/** The Markdown pipeline for summaries and overviews: used by astro.config.mjs and by the plugin tests. */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkDirective from 'remark-directive';
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

export const rehypePlugins: RehypePlugins = [
  [rehypeSanitize, sanitizeSchema],
  rehypeSlug,
  [rehypeAutolinkHeadings, { behavior: 'wrap' }],
  [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }],
];

/** Options for `unified()` from @astrojs/markdown-remark: the whole pipeline of the site. */
export const markdownOptions = { remarkPlugins, rehypePlugins, smartypants: false } as const;
