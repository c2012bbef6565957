// @ts-check
/**
 * The project's Astro config, as the benchmark builds it: the same integrations and Markdown
 * pipeline, with a cache directory of the benchmark's own (so runs never share or disturb the
 * project's content cache), and, unless PARALLAX_BENCH_IMAGES=1, every PNG endpoint stubbed out:
 * the per-page HTML goals exclude share images, which are measured on their own.
 */
import project from '../../astro.config.mjs';

/** @returns {import('vite').Plugin} */
function withoutPngEndpoints() {
  return {
    name: 'parallax-bench-without-png-endpoints',
    enforce: 'pre',
    load(id) {
      if (/\/src\/pages\/.+\.png\.[jt]s$/.test(id.split('?')[0] ?? '')) {
        return 'export const getStaticPaths = () => [];\nexport const GET = () => new Response(null);\n';
      }
      return undefined;
    },
  };
}

const images = process.env.PARALLAX_BENCH_IMAGES === '1';
const cache = process.env.PARALLAX_BENCH_CACHE ?? '.bench/cache';

/** @type {typeof project} */
export default {
  ...project,
  // Astro's content store and Vite's dependency cache would otherwise live in node_modules,
  // shared with every other build in this checkout.
  cacheDir: cache,
  vite: {
    ...project.vite,
    cacheDir: `${cache}/vite`,
    plugins: [...(project.vite?.plugins ?? []), ...(images ? [] : [withoutPngEndpoints()])],
  },
};
