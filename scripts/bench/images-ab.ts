/**
 * `node --experimental-strip-types scripts/bench/images-ab.ts [--base COMMIT] [--cards N] [--rounds R] [--content DIR]`:
 * the share-image renderer of another commit (default 6cd4781, before the worker threads) against
 * this checkout's, on the same cards in the same run: interleaved rounds, medians with min-max of
 * images per second and CPU ms per image, bytes per image, and every pixel of every card compared.
 * The old renderer is copied out of git into `.bench/`; nothing else is written.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { loadCorpus } from '../../src/lib/content-files.ts';
import { shareCards } from '../../src/lib/routes.ts';
import type { ShareCard } from '../../src/lib/share-cards.ts';
import { renderShareImage } from '../../src/lib/share-image.ts';
import { show, spread } from './stats.ts';

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: '6cd4781' },
    cards: { type: 'string', default: '60' },
    rounds: { type: 'string', default: '3' },
    content: { type: 'string', default: '.bench/corpus-20x3-seed1/content' },
  },
});

// The old module imports its card type from a sibling: point it at this checkout's.
const oldSource = execFileSync('git', ['show', `${values.base}:src/lib/share-image.ts`], { encoding: 'utf8' }).replace(
  /from '\.\/share-cards\.ts'/,
  `from '${resolve('src/lib/share-cards.ts')}'`,
);
mkdirSync('.bench', { recursive: true });
const oldFile = resolve(`.bench/share-image-${values.base}.ts`);
writeFileSync(oldFile, oldSource);
const old = (await import(oldFile)) as { renderShareImage: (card: ShareCard) => Promise<Buffer> };

const { corpus } = loadCorpus(values.content);
const all = shareCards(corpus);
const step = Math.max(1, Math.floor(all.length / Number(values.cards)));
const cards = all
  .filter((_, i) => i % step === 0)
  .slice(0, Number(values.cards))
  .map((c) => c.card);
const renderers = { old: old.renderShareImage, new: renderShareImage };
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const empty = () => ({ rate: [] as number[], cpu: [] as number[], bytes: 0 });
const figures = { old: empty(), new: empty() };
await Promise.all(cards.slice(0, 2).flatMap((card) => [old.renderShareImage(card), renderShareImage(card)])); // warm up
for (let round = 0; round < Number(values.rounds); round++) {
  const order = round % 2 === 0 ? (['old', 'new'] as const) : (['new', 'old'] as const);
  for (const name of order) {
    const [start, startCpu] = [performance.now(), cpu()];
    const pngs = await Promise.all(cards.map((card) => renderers[name](card)));
    figures[name].rate.push(cards.length / ((performance.now() - start) / 1000));
    figures[name].cpu.push((cpu() - startCpu) / cards.length);
    figures[name].bytes = pngs.reduce((sum, png) => sum + png.length, 0) / cards.length;
  }
}

let differing = 0;
for (const card of cards) {
  const [a, b] = await Promise.all([old.renderShareImage(card), renderShareImage(card)]);
  const [pa, pb] = await Promise.all([a, b].map((png) => sharp(png).removeAlpha().raw().toBuffer()));
  for (let i = 0; i < (pa?.length ?? 0); i += 3) {
    if (pa?.[i] !== pb?.[i] || pa?.[i + 1] !== pb?.[i + 1] || pa?.[i + 2] !== pb?.[i + 2]) differing++;
  }
}

for (const [name, f] of Object.entries(figures)) {
  console.log(
    `${name}: ${show(spread(f.rate), 1)} images/s, ${show(spread(f.cpu), 1)} CPU ms/image, ${Math.round(f.bytes)} bytes/image`,
  );
}
const ratio = spread(figures.new.rate).median / spread(figures.old.rate).median;
console.log(`new/old: ×${ratio.toFixed(2)} images/s; pixels differing over ${cards.length} cards: ${differing}`);
process.exit(0);
