/**
 * `node --experimental-strip-types scripts/bench/index-stages.ts <built site> [--rounds R]`:
 * where the search index's time goes on a built site (`npm run bench` leaves one per corpus in
 * `.bench/`): each stage of src/build/search-index.ts (start, add the pages, write the files) in wall
 * time, and the CPU time of Node and of the Pagefind binary (a child process, read from /proc before
 * it exits); then the indexed text by kind of page, from the fragments written. Medians with min-max
 * over rounds; the index is written to a temporary folder, never into the site.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { indexStages, readIndexedPages } from '../../src/build/search-index.ts';
import { dirBytes } from './dist.ts';
import { show, spread } from './stats.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string', default: '3' } },
});
const site = positionals[0];
if (!site) throw new Error('usage: index-stages.ts <built site> [--rounds R]');

const TICKS = 100; // USER_HZ on Linux
/** CPU seconds of this process's Pagefind children, still running (utime + stime in /proc). */
function childCpuSeconds(): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[1]) !== process.pid || !stat.includes('(pagefind')) continue;
      total += (Number(fields[11]) + Number(fields[12])) / TICKS;
    } catch {
      // The process ended between listing and reading.
    }
  }
  return total;
}
const nodeCpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

const rows: Record<string, number[]> = {};
const add = (name: string, value: number) => (rows[name] ??= []).push(value);
let out = '';
for (let round = 0; round < Number(values.rounds); round++) {
  if (out) rmSync(out, { recursive: true, force: true });
  out = mkdtempSync(join(tmpdir(), 'parallax-index-'));
  const cpu0 = nodeCpu();
  let last = performance.now();
  let lastChild = 0;
  for await (const stage of indexStages(site, join(out, 'pagefind'))) {
    const now = performance.now();
    const child = childCpuSeconds();
    add(`${stage} wall (s)`, (now - last) / 1000);
    add(`${stage} pagefind CPU (s)`, child - lastChild);
    last = now;
    lastChild = child;
  }
  add('node CPU (s)', nodeCpu() - cpu0);
  await pagefind.close();
}
for (const [name, list] of Object.entries(rows)) console.log(`${name}: ${show(spread(list), 2)}`);

// What the index holds, by kind of page (the first segments of its URL).
const kinds = new Map<string, { pages: number; chars: number }>();
for (const fragment of readIndexedPages(join(out, 'pagefind'))) {
  const parts = fragment.url.split('/').filter(Boolean);
  const kind = parts[0] === 'stories' ? (parts[2] ?? 'story') : (parts[0] ?? 'home');
  const entry = kinds.get(kind) ?? { pages: 0, chars: 0 };
  entry.pages += 1;
  entry.chars += fragment.content.length;
  kinds.set(kind, entry);
}
for (const [kind, { pages, chars }] of kinds)
  console.log(
    `${kind}: ${pages} pages, ${Math.round(chars / pages)} characters each, ${(chars / 1e6).toFixed(1)} M in all`,
  );
const files = readdirSync(join(out, 'pagefind'), { recursive: true }).length;
console.log(`index: ${files} files, ${(dirBytes(join(out, 'pagefind')) / 1e6).toFixed(1)} MB`);
rmSync(out, { recursive: true, force: true });
