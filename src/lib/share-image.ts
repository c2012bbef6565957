/**
 * Draws a share card as a 1200x630 PNG at build time: satori lays it out as SVG with fonts from
 * npm packages (no network fonts), resvg rasterises it. PNGs are cached on disk by a hash of the
 * card and the renderer version, so a rebuild redraws only cards whose text changed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori, { type SatoriOptions } from 'satori';
import sharp from 'sharp';
import type { ShareCard } from './share-cards.ts';

export const WIDTH = 1200;
export const HEIGHT = 630;
/** Bump when the drawing changes, so cached images are redrawn. */
const RENDERER_VERSION = '3';

let fonts: SatoriOptions['fonts'] | undefined;

function loadFonts(): SatoriOptions['fonts'] {
  // Resolve from the project root: this module may run from a bundled chunk elsewhere.
  const require = createRequire(join(process.cwd(), 'package.json'));
  const file = (pkg: string, name: string) => readFileSync(require.resolve(`@fontsource/${pkg}/files/${name}.woff`));
  fonts ??= [
    { name: 'Serif', data: file('source-serif-4', 'source-serif-4-latin-700-normal'), weight: 700, style: 'normal' },
    { name: 'Sans', data: file('inter', 'inter-latin-400-normal'), weight: 400, style: 'normal' },
    { name: 'Sans', data: file('inter', 'inter-latin-700-normal'), weight: 700, style: 'normal' },
  ];
  return fonts;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

/** Long titles get a smaller size so they fit in the card. */
function titleSize(title: string): number {
  if (title.length <= 60) return 60;
  if (title.length <= 120) return 48;
  if (title.length <= 200) return 38;
  return 30;
}

// Satori sizes boxes content-box: padding and border add to width and height.
const PAD_X = 64;
const PAD_Y = 48;
const RULE = 16;
const INNER = WIDTH - 2 * PAD_X;

function layout(card: ShareCard): Node {
  return el(
    'div',
    {
      width: INNER,
      height: HEIGHT - 2 * PAD_Y - RULE,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: `${PAD_Y}px ${PAD_X}px`,
      background: '#fbfaf7',
      color: '#1d1c1a',
      fontFamily: 'Sans',
      borderTop: `${RULE}px solid #1d1c1a`,
    },
    [
      el(
        'div',
        {
          display: 'flex',
          fontSize: 26,
          fontWeight: 700,
          color: '#57534e',
          textTransform: 'uppercase',
          letterSpacing: 2,
        },
        card.kicker,
      ),
      el('div', { display: 'flex', flexDirection: 'column', gap: 16, width: INNER }, [
        el(
          'div',
          { width: INNER, fontFamily: 'Serif', fontWeight: 700, fontSize: titleSize(card.title), lineHeight: 1.2 },
          card.title,
        ),
        ...card.lines.map((line) => el('div', { width: INNER, fontSize: 28, color: '#3f3b37' }, line)),
      ]),
      el('div', { display: 'flex', justifyContent: 'space-between', width: INNER, fontSize: 24, color: '#57534e' }, [
        el('div', { width: INNER - 200 }, card.footer),
        el('div', { display: 'flex', fontWeight: 700, color: '#1d1c1a' }, 'Parallax'),
      ]),
    ],
  );
}

/** Draws a card as PNG bytes. */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  const svg = await satori(layout(card), { width: WIDTH, height: HEIGHT, fonts: loadFonts() });
  // Rasterised and PNG-encoded on thread pools (resvg's, then sharp's): meanwhile the main thread
  // lays out the next card or renders HTML pages (Astro builds several pages at once), so the
  // build keeps both cores busy. resvg's own `asPng()` would encode on the main thread.
  const image = await renderAsync(svg, { fitTo: { mode: 'width', value: WIDTH } });
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .png()
    .toBuffer();
}

/** Draws a card, or reuses the PNG drawn for identical text earlier. */
export async function cachedShareImage(card: ShareCard, cacheDir: string): Promise<Buffer> {
  const key = createHash('sha256').update(RENDERER_VERSION).update(JSON.stringify(card)).digest('hex');
  const path = join(cacheDir, `${key}.png`);
  try {
    return readFileSync(path);
  } catch {
    const png = await renderShareImage(card);
    mkdirSync(cacheDir, { recursive: true });
    // Write then rename, so a build killed mid-write never leaves a truncated image in the cache.
    writeFileSync(`${path}.tmp`, png);
    renameSync(`${path}.tmp`, path);
    return png;
  }
}
