// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, fontProviders } from 'astro/config';
import contentCheckInDev from './src/integrations/content-check-in-dev.ts';
import contentCheckOnBuild from './src/integrations/content-check-on-build.ts';
import contentStoreFromDisk from './src/integrations/content-store-from-disk.ts';
import searchIndex from './src/integrations/search-index.ts';
import shareImages from './src/integrations/share-images.ts';
import { deployment } from './src/model/deployment.ts';
import { themeInitHash } from './src/build/theme-script.ts';
import { markdownOptions } from './src/plugins/markdown.ts';

/** A Latin, normal-style weight of an installed @fontsource package, served from /_astro/fonts/. */
const fontsourceFile = (/** @type {string} */ pkg, /** @type {number} */ weight) =>
  `./node_modules/@fontsource/${pkg}/files/${pkg}-latin-${weight}-normal.woff2`;

// Validates the content at the start of `astro build`; the share images are drawn from what it read.
const contentCheck = contentCheckOnBuild();

// The public URL and base path are set per deployment (see README, "Deploying"); scripts/build.ts
// warns when PARALLAX_SITE is missing, since canonical links, the feed and JSON-LD are absolute on it.
export default defineConfig({
  site: deployment().site,
  base: deployment().base,
  trailingSlash: 'always',
  build: {
    // One stylesheet file, cached across pages, rather than the same 37 KB inlined (and hashed for
    // the CSP) on every page: a third of a large site's output and build time. See BENCHMARKS.md.
    inlineStylesheets: 'never',
    // Render the next pages while earlier ones are written: one at a time, the build waited on the
    // disk for a third of its page-writing time.
    concurrency: 8,
  },
  integrations: [
    // `astro build` validates the content first (file:line:column of every problem, exit 1) and
    // checks afterwards that every story got its page.
    contentCheck,
    // Every public page; the 404 page is not one.
    sitemap({ filter: (page) => !/\/404\/?$/.test(page) }),
    contentStoreFromDisk(),
    // `npm run dev` shows content errors (file, line:column, field) in the browser and the terminal.
    contentCheckInDev(),
    // A share image for every page (/og/), drawn from the content the check above validated.
    shareImages(contentCheck.corpus),
    // Last: the Pagefind index of the finished pages, so `astro build` and `astro preview` have search.
    searchIndex(),
  ],
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
    processor: unified(markdownOptions),
    // Summaries hold no code; Shiki's inline styles would also clash with the CSP.
    syntaxHighlight: false,
  },
  // The reading face (serif) and the interface face (sans), self-hosted from npm packages. One
  // weight per face keeps the story page within its 80 KB budget. After Astro's metric-matched
  // fallback (on Times New Roman, Arial) comes ours from global.css: the same metrics on the
  // metric-compatible faces Linux ships (Liberation, Tinos, Arimo), so the swap moves little.
  // `optional`: a font that is not there for the first layout (it is preloaded, so it nearly always
  // is) is not swapped in later, so nothing reflows under a reader or under a link's scroll to
  // its #fragment; the next page has it from the cache.
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Source Serif 4',
      cssVariable: '--font-source-serif-4',
      fallbacks: ['Source Serif 4 fallback', 'serif'],
      display: 'optional',
      options: { variants: [{ src: [fontsourceFile('source-serif-4', 400)], weight: 400, style: 'normal' }] },
    },
    {
      provider: fontProviders.local(),
      name: 'Inter',
      cssVariable: '--font-inter',
      fallbacks: ['Inter fallback', 'sans-serif'],
      display: 'optional',
      options: { variants: [{ src: [fontsourceFile('inter', 400)], weight: 400, style: 'normal' }] },
    },
  ],
  vite: { plugins: [tailwindcss()] },
});
