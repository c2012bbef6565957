/**
 * Prerendering reads Astro's content store from its file on disk instead of bundling it.
 *
 * Astro bundles the whole content store (`data-store.json`) into the server build as one string
 * literal: 32 MB at 1,000 stories, which the bundler then parses, copies and writes, and which the
 * prerender step holds in memory twice (the module source and the parsed data). A static build
 * runs that bundle once, on this machine, right after writing the store file, so reading the file
 * at that point gives the same data without the copies. Dev and server output keep Astro's own
 * module. See BENCHMARKS.md for the memory this saves.
 *
 * It relies on four Astro internals, verified on Astro 7.3 (package.json pins `~7.3`; README,
 * "Upgrading Astro", says how to re-verify). Each is checked, and a mismatch stops the build with a
 * message naming what was expected, because Astro's reader (`ImmutableDataStore.fromModule`)
 * swallows any error into an empty store, which would build a site without its stories:
 * 1. the resolved id of the store's virtual module (`RESOLVED_STORE_ID`);
 * 2. the single-file store, `data-store.json` in `cacheDir` (not `experimental.collectionStorage`'s
 *    chunked store, whose manifest lists chunk files);
 * 3. its format: devalue's flattened array of a Map, which `fromModule` accepts as an array;
 * 4. our load hook running before Astro's for that id (Vite plugin order).
 */
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

const NAME = 'parallax:content-store-from-disk';
/** Astro's virtual module for the content store, as resolved (astro/dist/content/consts.js). */
export const RESOLVED_STORE_ID = '\0astro:data-layer-content';
/** Astro's file name for the store, in `cacheDir` during builds (astro/dist/content/paths.js). */
const STORE_FILE = 'data-store.json';
/** How `devalue.stringify` begins a Map of collections (astro/dist/content/data-store-writer.js). */
const STORE_START = '[["Map",';

/** Why this integration cannot go on, with where to look. */
export class ContentStoreMismatch extends Error {
  constructor(message: string) {
    super(
      `${NAME}: ${message}. Astro's content-store internals are not what this integration was verified ` +
        'on (see src/integrations/content-store-from-disk.ts and README, "Upgrading Astro").',
    );
    this.name = 'ContentStoreMismatch';
  }
}

/** The first bytes of `path`, enough to recognise its format without reading a 32 MB file. */
function head(path: string, bytes = 64): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}

/** The module source that reads the store file at `storePath`, after checking that it is one. */
export function storeModule(storePath: string): string {
  if (!existsSync(storePath)) {
    throw new ContentStoreMismatch(`expected Astro's content store at ${storePath}, and there is no such file`);
  }
  const start = head(storePath);
  if (!start.startsWith(STORE_START)) {
    throw new ContentStoreMismatch(
      `expected ${storePath} to hold a devalue-serialised Map (starting ${STORE_START}), ` +
        `but it starts ${JSON.stringify(start.slice(0, 24))}`,
    );
  }
  return [
    "import { readFileSync } from 'node:fs';",
    `export default JSON.parse(readFileSync(${JSON.stringify(storePath)}, 'utf8'));`,
  ].join('\n');
}

export function storeFromDisk(storePath: string): Plugin {
  let served = false;
  return {
    name: NAME,
    enforce: 'pre',
    load: {
      // Ahead of Astro's own load hook for the same id.
      order: 'pre',
      handler(id) {
        if (id !== RESOLVED_STORE_ID) return undefined;
        served = true;
        return storeModule(storePath);
      },
    },
    buildEnd() {
      // The store's module was part of this build but not from us: another hook loaded it first.
      if (!served && [...this.getModuleIds()].includes(RESOLVED_STORE_ID)) {
        throw new ContentStoreMismatch(`another plugin loaded ${JSON.stringify(RESOLVED_STORE_ID)} before this one`);
      }
    },
  };
}

/** The store layouts this integration can read: Astro's default single file only. */
export function checkStorage(storage: unknown): void {
  if (storage === undefined || storage === 'single-file') return;
  throw new ContentStoreMismatch(
    `expected the single-file content store (data-store.json), but experimental.collectionStorage is ` +
      `${JSON.stringify(storage)}, whose chunked store this integration cannot read; remove that option or this integration`,
  );
}

export default function contentStoreFromDisk(): AstroIntegration {
  return {
    name: NAME,
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build' || config.output !== 'static') return;
        checkStorage(config.experimental.collectionStorage);
        const storePath = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
        updateConfig({ vite: { plugins: [storeFromDisk(storePath)] } });
      },
    },
  };
}
