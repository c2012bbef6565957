// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { themeInitHash } from './src/lib/theme-script.ts';
import { rehypePlugins, remarkPlugins } from './src/plugins/markdown.ts';

// The public URL and base path are set per deployment (see README, "Deploying").
export default defineConfig({
  site: process.env.PARALLAX_SITE ?? 'http://localhost:4321',
  base: process.env.PARALLAX_BASE ?? '/',
  trailingSlash: 'always',
  // The stylesheet is small (about 7 KB compressed): inlined, it costs no render-blocking request.
  build: { inlineStylesheets: 'always' },
  // Every public page; the 404 page is not one.
  integrations: [sitemap({ filter: (page) => !/\/404\/?$/.test(page) })],
  // A strict Content-Security-Policy in a <meta> on every page: Astro hashes the scripts and styles
  // it bundles; nothing else may run, and nothing loads from another origin.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // The theme script in <head> runs before first paint, so it is inline: allowed by its hash.
      scriptDirective: { hashes: [themeInitHash()] },
    },
  },
  markdown: {
    // Astro 7's default processor runs no remark/rehype plugins: ours need the unified pipeline.
    processor: unified({ remarkPlugins, rehypePlugins }),
    // Summaries hold no code; Shiki's inline styles would also clash with the CSP.
    syntaxHighlight: false,
  },
  vite: { plugins: [tailwindcss()] },
});
