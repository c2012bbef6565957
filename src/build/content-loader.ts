/**
 * The build's content loader (Astro's content layer Loader API): lists files with the shared layout
 * and reads each with the same reader as `npm run validate` (`content-entry.ts`: our YAML reader
 * with its alias limits, our schemas, ids from names checked), so the build accepts exactly what
 * validation accepts, even when run as a bare `astro build`. Markdown bodies are rendered with the
 * context's `renderMarkdown`, so the project's remark and rehype plugins apply as before.
 */
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { listEntries, strayFiles } from './content-files.ts';
import { readEntry, schemas } from './content-entry.ts';
import { contentRoot, layout, type CollectionName } from './content-layout.ts';
import { ContentError, type ContentIssue } from '../model/errors.ts';

/**
 * Prefixed to every body handed to `renderMarkdown`, which reads a leading `---` block as
 * frontmatter (with another YAML parser): an empty block of our own goes first, so a body that
 * happens to begin with `---` is rendered as Markdown, never parsed as YAML.
 */
const EMPTY_FRONTMATTER = '---\n---\n';

/** Markdown bodies rendered at once: Astro's glob loader uses 10. */
const RENDER_CONCURRENCY = 10;

/** `fn` over `items`, at most `limit` at a time, results in the items' order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export function contentLoader(collection: CollectionName): Loader {
  return {
    name: `parallax:${collection}`,
    schema: schemas[collection],
    load: async (context) => {
      const root = resolve(fileURLToPath(context.config.root), contentRoot());
      await sync(context, collection, root);
      const { watcher, logger } = context;
      if (!watcher) return;
      const base = join(root, layout[collection].base);
      watcher.add(base);
      const reload = (changed: string) => {
        if (relative(base, changed).startsWith('..')) return;
        sync(context, collection, root).then(
          () => logger.info(`Reloaded ${collection} after a change to ${relative(root, changed)}`),
          (error: unknown) => logger.error(error instanceof Error ? error.message : String(error)),
        );
      };
      for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, reload);
    },
  };
}

/** Reads every file of the collection into the store; throws a ContentError listing every problem. */
async function sync(context: LoaderContext, collection: CollectionName, root: string): Promise<void> {
  const { store, config } = context;
  const projectRoot = fileURLToPath(config.root);
  // Files the layout has no place for are errors here as in validation; one collection reports them.
  const issues: ContentIssue[] = collection === 'stories' ? strayFiles(root) : [];
  const seen = new Set<string>();
  const changed: { read: ReturnType<typeof readEntry>; path: string; digest: string }[] = [];
  for (const entry of listEntries(root, collection)) {
    const path = join(root, layout[collection].base, entry);
    const read = readEntry(collection, entry, path, relative(process.cwd(), path) || path);
    issues.push(...read.issues);
    if (!read.data) continue;
    seen.add(read.id);
    const digest = context.generateDigest(read.text);
    if (store.get(read.id)?.digest !== digest) changed.push({ read, path, digest });
  }
  // Bodies render a few at a time, as Astro's glob loader does; entries are stored in file order,
  // so the store (and every page built from it) does not depend on which render finished first.
  const rendered = await mapLimited(changed, RENDER_CONCURRENCY, ({ read, path }) =>
    path.endsWith('.md')
      ? context.renderMarkdown(EMPTY_FRONTMATTER + read.body.trim(), { fileURL: pathToFileURL(path) })
      : Promise.resolve(undefined),
  );
  changed.forEach(({ read, path, digest }, i) => {
    const html = rendered[i];
    // `body` is not kept: pages use the rendered HTML, and the raw text would add a quarter to the
    // content store every build bundles (12 MB of 49 MB at 1,000 stories).
    store.set({
      id: read.id,
      data: read.data as Record<string, unknown>,
      filePath: relative(projectRoot, path).split('\\').join('/'),
      digest,
      ...(html && { rendered: html, assetImports: html.metadata?.imagePaths ?? [] }),
    });
  });
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
  if (issues.length > 0) throw new ContentError(issues);
}
