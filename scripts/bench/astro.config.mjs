// @ts-check
/**
 * The project's Astro config, as the benchmark builds it: the same integrations and Markdown
 * pipeline, with a cache directory of the benchmark's own (so runs never share or disturb the
 * project's content cache), and, unless PARALLAX_BENCH_IMAGES=1, without the share images: the
 * issue's per-page HTML goals exclude them, and they are measured as the difference.
 */
import project from '../../astro.config.mjs';
import { NAME as SHARE_IMAGES } from '../../src/integrations/share-images.ts';

const images = process.env.PARALLAX_BENCH_IMAGES === '1';
const cache = process.env.PARALLAX_BENCH_CACHE ?? '.bench/cache';

/** @type {typeof project} */
export default {
  ...project,
  integrations: (project.integrations ?? []).filter((i) => images || !i || Array.isArray(i) || i.name !== SHARE_IMAGES),
  // Astro's content store and Vite's dependency cache would otherwise live in node_modules,
  // shared with every other build in this checkout.
  cacheDir: cache,
  vite: { ...project.vite, cacheDir: `${cache}/vite` },
};
