/**
 * Summarises a V8 CPU profile (`node --cpu-prof … astro.mjs build`): self time by package or
 * source folder, the heaviest functions, and inclusive time of functions matching a filter, so
 * BENCHMARKS.md can say where build time goes.
 *
 *   node scripts/bench/profile.ts <file.cpuprofile> [--top N] [--match REGEX]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** `node_modules/@scope/pkg/…` → `@scope/pkg`; our files → their folder; Node internals → `(node)`. */
export function ownerOf(url: string): string {
  if (!url) return '(native / idle / gc)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1] ?? url;
  if (url.startsWith('node:')) return '(node)';
  // The site as Astro bundled it for prerendering: pages, components, src/model, src/build and src/data.
  const bundled = /\.prerender\/(?:chunks\/)?(.+?)(?:[_.][\w-]{8})?\.mjs$/.exec(url);
  if (bundled) return `site bundle: ${bundled[1] ?? url}`;
  const ours = /\/(src\/[^/]+|scripts|\.bench|dist|\.astro)\//.exec(url);
  return ours ? (ours[1] ?? url) : url.replace(/^file:\/\//, '');
}

export function summarise(profile: Profile, top: number, match: RegExp | undefined): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);

  const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);
  const owners = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, us] of self) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    add(owners, ownerOf(url), us);
    add(functions, `${functionName || '(anonymous)'} ${ownerOf(url)}:${lineNumber + 1}`, us);
  }

  // Inclusive time of matching functions: a node's subtree, counted once even when nested.
  const inclusive = new Map<string, number>();
  if (match) {
    const parents = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
    for (const [id, us] of self) {
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
        const frame = byId.get(at)?.callFrame;
        if (!frame) break;
        const key = `${frame.functionName || '(anonymous)'} ${ownerOf(frame.url)}:${frame.lineNumber + 1}`;
        if (match.test(key) && !seen.has(key)) {
          seen.add(key);
          add(inclusive, key, us);
        }
      }
    }
  }

  const rows = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, us]) => `| ${key} | ${(us / 1e6).toFixed(2)} | ${((100 * us) / total).toFixed(1)} % |`)
      .join('\n');
  const head = (what: string) => `| ${what} | seconds | share |\n| --- | --- | --- |`;
  return [
    `Sampled ${(total / 1e6).toFixed(1)} s on the main thread.`,
    '',
    head('self time by package or folder'),
    rows(owners),
    '',
    head('self time by function'),
    rows(functions),
    ...(match ? ['', head(`inclusive time, functions matching /${match.source}/`), rows(inclusive)] : []),
  ].join('\n');
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '15' }, match: { type: 'string' } },
  });
  const [file] = positionals;
  if (!file) {
    console.error('Usage: node scripts/bench/profile.ts <file.cpuprofile> [--top N] [--match REGEX]');
    process.exit(2);
  }
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  console.log(summarise(profile, Number(values.top), values.match ? new RegExp(values.match) : undefined));
}
