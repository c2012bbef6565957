// @ts-check
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import remarkDirective from 'remark-directive';
import remarkOutsideContext from './src/plugins/remark-outside-context.ts';

// The public URL and base path are set per deployment (see README, "Deploying").
export default defineConfig({
  site: process.env.PARALLAX_SITE ?? 'http://localhost:4321',
  base: process.env.PARALLAX_BASE ?? '/',
  trailingSlash: 'always',
  markdown: {
    // Astro 7's default processor runs no remark/rehype plugins: ours need the unified pipeline.
    processor: unified({
      remarkPlugins: [remarkDirective, remarkOutsideContext],
      rehypePlugins: [rehypeSlug, [rehypeAutolinkHeadings, { behavior: 'wrap' }]],
    }),
  },
  vite: { plugins: [tailwindcss()] },
});
