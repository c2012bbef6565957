// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { rehypePlugins, remarkPlugins } from './src/plugins/markdown.ts';

// The public URL and base path are set per deployment (see README, "Deploying").
export default defineConfig({
  site: process.env.PARALLAX_SITE ?? 'http://localhost:4321',
  base: process.env.PARALLAX_BASE ?? '/',
  trailingSlash: 'always',
  // Every public page; the 404 page is not one.
  integrations: [sitemap({ filter: (page) => !/\/404\/?$/.test(page) })],
  markdown: {
    // Astro 7's default processor runs no remark/rehype plugins: ours need the unified pipeline.
    processor: unified({ remarkPlugins, rehypePlugins }),
  },
  vite: { plugins: [tailwindcss()] },
});
