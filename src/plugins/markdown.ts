/** The Markdown pipeline for summaries and overviews: used by astro.config.mjs and by the plugin tests. */
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import remarkDirective from 'remark-directive';
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkOutsideContext from './remark-outside-context.ts';

export const remarkPlugins: RemarkPlugins = [remarkDirective, remarkOutsideContext];

export const rehypePlugins: RehypePlugins = [rehypeSlug, [rehypeAutolinkHeadings, { behavior: 'wrap' }]];
