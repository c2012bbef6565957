/**
 * Prerendering reads Astro's content store from its file on disk instead of bundling it.
 *
 * Astro bundles the whole content store (`data-store.json`) into the server build as one string
 * literal: 32 MB at 1,000 stories, which the bundler then parses, copies and writes, and which the
 * prerender step holds in memory twice (the module source and the parsed data). A static build
 * runs that bundle once, on this machine, right after writing the store file, so reading the file
 * at that point gives the same data without the copies. Dev and server output keep Astro's own
 * module. See BENCHMARKS.md for the memory this saves.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** Astro's virtual module for the content store, as resolved (astro/dist/content/consts.js). */
const RESOLVED_STORE_ID = '\0astro:data-layer-content';
/** Astro's file name for the store, in `cacheDir` during builds (astro/dist/content/paths.js). */
const STORE_FILE = 'data-store.json';

function storeFromDisk(storePath: string): Plugin {
  return {
    name: 'parallax:content-store-from-disk',
    enforce: 'pre',
    load: {
      // Ahead of Astro's own load hook for the same id.
      order: 'pre',
      handler(id) {
        // Without a store file, Astro's hook supplies its empty store.
        if (id !== RESOLVED_STORE_ID || !existsSync(storePath)) return undefined;
        return [
          "import { readFileSync } from 'node:fs';",
          `export default JSON.parse(readFileSync(${JSON.stringify(storePath)}, 'utf8'));`,
        ].join('\n');
      },
    },
  };
}

export default function contentStoreFromDisk(): AstroIntegration {
  return {
    name: 'parallax:content-store-from-disk',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build' || config.output !== 'static') return;
        const storePath = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
        updateConfig({ vite: { plugins: [storeFromDisk(storePath)] } });
      },
    },
  };
}
