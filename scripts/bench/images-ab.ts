/**
 * `node --experimental-strip-types scripts/bench/images-ab.ts [--base COMMIT] [--cards N] [--rounds R] [--content DIR]`:
 * the share-image renderer of another commit (default 0c7b156, resvg and satori's outlines on two
 * worker threads) against this checkout's, on the same cards in the same run: interleaved rounds, medians with min-max of
 * images per second and CPU ms per image, bytes per image, and every pixel of every card compared.
 * The old renderer's modules are copied out of git into `.bench/`; nothing else is written.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { loadCorpus } from '../../src/build/content-files.ts';
import { shareCards } from '../../src/model/routes.ts';
import type { ShareCard } from '../../src/model/share-cards.ts';
import { renderShareImage } from '../../src/build/share-image.ts';
import { show, spread } from './stats.ts';

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: '0c7b156' },
    cards: { type: 'string', default: '60' },
    rounds: { type: 'string', default: '3' },
    content: { type: 'string', default: '.bench/corpus-20x3-seed1/content' },
  },
});

// The old renderer's modules (share-image*.ts, png.ts) are copied out of git into their own folder;
// the worker path (resolved from the project root) points at the copies, and every other module
// they import at this checkout's, wherever it now lives (src/lib became src/model and src/build).
const current = (name: string) =>
  [resolve('src/build', name), resolve('src/model', name)].find((path) => existsSync(path)) ?? resolve('src/lib', name);
const oldDir = resolve(`.bench/renderer-${values.base}`);
mkdirSync(oldDir, { recursive: true });
const files = execFileSync('git', ['ls-tree', '--name-only', values.base, 'src/lib/', 'src/build/'], {
  encoding: 'utf8',
})
  .split('\n')
  .filter((path) => /\/(share-image[\w-]*|png)\.ts$/.test(path));
for (const path of files) {
  const source = execFileSync('git', ['show', `${values.base}:${path}`], { encoding: 'utf8' })
    // Modules not copied (share-cards.ts, labels.ts, tokens.ts…) are this checkout's.
    .replace(/from '\.{1,2}\/(?:model\/|build\/)?([\w-]+\.ts)'/g, (whole, name: string) =>
      files.some((f) => basename(f) === name) ? whole : `from '${current(name)}'`,
    )
    .replace(
      /join\(process\.cwd\(\), 'src\/(lib|build)\/share-image-worker\.ts'\)/,
      `'${join(oldDir, 'share-image-worker.ts')}'`,
    );
  writeFileSync(join(oldDir, basename(path)), source);
}
const old = (await import(join(oldDir, 'share-image.ts'))) as {
  renderShareImage: (card: ShareCard) => Promise<Buffer>;
};

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

// Every pixel compared: how many differ, by how much at most, and how many by more than 16 (a
// sixteenth of coverage on the darkest text, the step of resvg's anti-aliasing).
let [differing, over16, largest, cardsDiffering] = [0, 0, 0, 0];
for (const card of cards) {
  const [a, b] = await Promise.all([old.renderShareImage(card), renderShareImage(card)]);
  const [pa, pb] = await Promise.all([a, b].map((png) => sharp(png).removeAlpha().raw().toBuffer()));
  let here = 0;
  for (let i = 0; i < (pa?.length ?? 0); i += 3) {
    const d = Math.max(...[0, 1, 2].map((c) => Math.abs((pa?.[i + c] ?? 0) - (pb?.[i + c] ?? 0))));
    if (d > 0) here++;
    if (d > 16) over16++;
    largest = Math.max(largest, d);
  }
  differing += here;
  if (here > 0) cardsDiffering++;
}

for (const [name, f] of Object.entries(figures)) {
  console.log(
    `${name}: ${show(spread(f.rate), 1)} images/s, ${show(spread(f.cpu), 1)} CPU ms/image, ${Math.round(f.bytes)} bytes/image`,
  );
}
const ratio = spread(figures.new.rate).median / spread(figures.old.rate).median;
const cpuRatio = spread(figures.old.cpu).median / spread(figures.new.cpu).median;
console.log(`new/old: ×${ratio.toFixed(2)} images/s, ×${cpuRatio.toFixed(2)} less CPU per image`);
console.log(
  `pixels differing over ${cards.length} cards (${cards.length * 1200 * 630} pixels): ${differing} in ${cardsDiffering} cards, ${over16} by more than 16, at most ${largest}`,
);
process.exit(0);
