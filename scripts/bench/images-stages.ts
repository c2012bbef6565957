/**
 * `node --experimental-strip-types scripts/bench/images-stages.ts [--cards N] [--rounds R] [--content DIR] [--renderer FILE]`:
 * CPU milliseconds per image of each stage of the share-image renderer (layout, rasterise, encode),
 * one thread, cards drawn one after another; medians with min-max over rounds. Writes nothing.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../../src/build/content-files.ts';
import { shareCards } from '../../src/model/routes.ts';
import * as current from '../../src/build/share-image-draw.ts';
import { show, spread } from './stats.ts';

const { values } = parseArgs({
  options: {
    cards: { type: 'string', default: '40' },
    rounds: { type: 'string', default: '3' },
    content: { type: 'string', default: '.bench/corpus-20x3-seed1/content' },
    // Another renderer's share-image-draw.ts, such as the copy images-ab.ts makes of an older commit's.
    renderer: { type: 'string' },
  },
});
const draw = values.renderer
  ? ((await import(pathToFileURL(resolve(values.renderer)).href)) as typeof current)
  : current;
const { stages } = draw;

const { corpus } = loadCorpus(values.content);
const all = shareCards(corpus);
const step = Math.max(1, Math.floor(all.length / Number(values.cards)));
const cards = all
  .filter((_, i) => i % step === 0)
  .slice(0, Number(values.cards))
  .map((c) => c.card);
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

let collectedAt = 0;
const gc = (globalThis as { gc?: () => void }).gc;
const names = Object.keys(stages) as (keyof typeof stages)[];
const perRound: Record<string, number[]> = Object.fromEntries([...names, 'total', 'wall'].map((n) => [n, []]));
let bytes = 0;
for (const card of cards.slice(0, 3)) stages.encode(await stages.rasterise(await stages.layout(card))); // warm up
for (let round = 0; round < Number(values.rounds); round++) {
  const sums: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
  const start = performance.now();
  bytes = 0;
  for (const card of cards) {
    let value: unknown = card;
    for (const name of names) {
      const before = cpu();
      value = await (stages[name] as (v: unknown) => unknown)(value);
      sums[name] = (sums[name] ?? 0) + cpu() - before;
    }
    bytes += (value as Buffer).length;
    // The worker threads collect after every fourth card drawn by resvg; here, none is.
    if (draw.resvgDraws - collectedAt >= 4) {
      collectedAt = draw.resvgDraws;
      gc?.();
    }
  }
  for (const name of names) perRound[name]?.push((sums[name] ?? 0) / cards.length);
  perRound.total?.push(names.reduce((s, n) => s + (sums[n] ?? 0), 0) / cards.length);
  perRound.wall?.push((performance.now() - start) / cards.length);
}
for (const [name, list] of Object.entries(perRound)) console.log(`${name}: ${show(spread(list), 2)} ms/image`);
console.log(`bytes/image: ${Math.round(bytes / cards.length)}; ${cards.length} cards`);
const total = spread(perRound.total ?? []).median;
console.log(`idle-equivalent on 2 cores: ${Math.round(2000 / total)} images/s`);
process.exit(0);
