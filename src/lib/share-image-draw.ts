/**
 * Draws one share card as a 1200x630 PNG: satori lays it out as SVG (text as glyph outlines),
 * resvg rasterises it, `png.ts` encodes it. Self-contained, so it runs in the worker threads of
 * `share-image.ts` (or directly, in tests).
 */
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import type { ShareCard } from './share-cards.ts';
import { baseFonts, fallbackFonts, family, needsFallback, type Font } from './share-image-fonts.ts';
import { encodePng } from './png.ts';

export const WIDTH = 1200;
export const HEIGHT = 630;

interface Node {
  type: string;
  props: { style?: Record<string, unknown>; children?: unknown };
}
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

// Satori sizes boxes content-box: padding adds to width and height.
const PAD_X = 64;
const PAD_Y = 48;
const RULE = 16;
const INNER = WIDTH - 2 * PAD_X;

export function layout(card: ShareCard): Node {
  // The dark rule along the top is a box of its own, not a border: satori draws a border through
  // three nested clip paths, and resvg paints each clip as a full-size mask (a third of its time).
  return el('div', { width: WIDTH, height: HEIGHT, display: 'flex', flexDirection: 'column', background: '#fbfaf7' }, [
    el('div', { width: WIDTH, height: RULE, background: '#1d1c1a' }),
    el(
      'div',
      {
        width: INNER,
        height: HEIGHT - 2 * PAD_Y - RULE,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: `${PAD_Y}px ${PAD_X}px`,
        color: '#1d1c1a',
        fontFamily: family('Sans').join(', '),
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
            {
              width: INNER,
              fontFamily: family('Serif').join(', '),
              fontWeight: 700,
              fontSize: titleSize(card.title),
              lineHeight: 1.2,
            },
            card.title,
          ),
          ...card.lines.map((line) => el('div', { width: INNER, fontSize: 28, color: '#3f3b37' }, line)),
        ]),
        el('div', { display: 'flex', justifyContent: 'space-between', width: INNER, fontSize: 24, color: '#57534e' }, [
          el('div', { width: INNER - 200 }, card.footer),
          el('div', { display: 'flex', fontWeight: 700, color: '#1d1c1a' }, 'Parallax'),
        ]),
      ],
    ),
  ]);
}

let fonts: Font[] | undefined;

/** The card as SVG, text drawn as outlines. */
export function cardSvg(card: ShareCard): Promise<string> {
  fonts ??= baseFonts();
  return satori(layout(card) as Parameters<typeof satori>[0], {
    width: WIDTH,
    height: HEIGHT,
    fonts,
    // Called only for characters the loaded fonts lack (Cyrillic, Arabic, CJK, emoji…). Offered
    // only to cards that have such characters: with it, satori checks every character first.
    ...(needsFallback([card.kicker, card.title, ...card.lines, card.footer].join('')) && {
      loadAdditionalAsset: (_language: string, segment: string) => Promise.resolve(fallbackFonts(segment)),
    }),
  });
}

/** Rasterises a card's SVG and encodes it as PNG. */
export async function svgToPng(svg: string): Promise<Buffer> {
  // No system fonts: every glyph is already an outline, and scanning them costs more than drawing.
  // renderAsync, not `new Resvg(svg).render()`: the synchronous API's pixel buffers are never
  // freed (resvg-js 2.6; 6 MB an image, 6 GiB in a 1,000-image build), the asynchronous one's are.
  const image = await renderAsync(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'width', value: WIDTH } });
  // A card has few colours: a palette PNG (see png.ts) is lossless, smaller and quicker to write
  // than resvg's or sharp's RGBA.
  return encodePng(image.pixels, image.width, image.height);
}

/** Draws a card as PNG bytes. */
export async function drawShareImage(card: ShareCard): Promise<Buffer> {
  return await svgToPng(await cardSvg(card));
}
