/**
 * `npm run merge-shards -- --out DIR PART…`: joins the parts of a sharded build (each
 * `PARALLAX_SHARD=i/N npm run build -- --out PART`, src/model/shard.ts) into one site with
 * src/build/shard-merge.ts, indexes the whole for search once, and swaps it in only when complete.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex } from '../src/build/search-index.ts';
import { copyParts, writeSitemaps } from '../src/build/shard-merge.ts';

const { values, positionals } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true });
if (!values.out || positionals.length === 0) {
  console.error('Usage: merge-shards.ts --out DIR PART…');
  process.exit(2);
}
const out = resolve(values.out);
const next = `${out}-next`;
const parts = positionals.map((part) => resolve(part));
for (const part of parts) {
  if (!existsSync(join(part, '_astro'))) {
    console.error(`${relative(process.cwd(), part) || part}: not a built site (no _astro/ folder).`);
    process.exit(1);
  }
}

rmSync(next, { recursive: true, force: true });
try {
  const { files, urls } = copyParts(parts, next);
  writeSitemaps(next, urls, parts);
  const { pages, milliseconds } = await buildSearchIndex(next);
  console.log(
    `Merged ${parts.length} parts: ${files} files, ${urls.size} sitemap entries; indexed ${pages} pages for search in ${milliseconds} ms.`,
  );
} catch (error) {
  rmSync(next, { recursive: true, force: true });
  console.error(`Merge failed: ${(error as Error).message}`);
  process.exit(1);
}
rmSync(`${out}-previous`, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, `${out}-previous`);
renameSync(next, out);
rmSync(`${out}-previous`, { recursive: true, force: true });
console.log(`Merged site in ${out}.`);
