/**
 * Draws one share card as a 1200x630 PNG: `share-image-layout.ts` lays out a card whose characters
 * are all in the base fonts (satori where it does not follow satori's layout: see there), satori
 * any other as SVG; `share-image-raster.ts` draws it into a reused buffer (its words from the
 * fonts through `share-image-text.ts`), `png.ts` encodes it. Cards with characters outside the
 * base fonts are laid out with satori's glyph outlines, and SVG the rasteriser does not cover goes
 * to resvg. Self-contained, so it runs in the worker threads of `share-image.ts` (or directly, in
 * tests).
 */
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { SITE_NAME } from '../model/labels.ts';
import type { ShareCard } from '../model/share-cards.ts';
import { baseFonts, fallbackFonts, family, needsFallback, type Font } from './share-image-fonts.ts';
import { encodePng } from './png.ts';
import { rasteriseCard, rasteriseFills, type Fill, type Pixels } from './share-image-raster.ts';
import { loadFaces } from './share-image-text.ts';
import { shareImageColours } from '../model/tokens.ts';
import {
  CORNER,
  CORNER_WIDTH,
  FOOTER,
  GAP,
  HEIGHT,
  INNER,
  KICKER,
  LINE,
  layoutCardFills,
  PAD_X,
  PAD_Y,
  RULE,
  titleStyle,
  WIDTH,
  type Style,
} from './share-image-layout.ts';

export { HEIGHT, WIDTH };

interface Node {
  type: string;
  props: { style?: Record<string, unknown>; children?: unknown };
}
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

// A text box's type as satori's style (the geometry and type live in share-image-layout.ts,
// which lays base-font cards out as satori lays out this template).
const type = ({ family: name, weight, size, letterSpacing, lineHeight, uppercase }: Style) => ({
  fontFamily: family(name).join(', '),
  // 400 is the default: left out, so satori writes the SVG it wrote before.
  ...(weight !== 400 && { fontWeight: weight }),
  fontSize: size,
  ...(letterSpacing && { letterSpacing }),
  ...(lineHeight && { lineHeight }),
  ...(uppercase && { textTransform: 'uppercase' }),
});

export function layout(card: ShareCard): Node {
  // The dark rule along the top is a box of its own, not a border: satori draws a border through
  // three nested clip paths, and resvg paints each clip as a full-size mask (a third of its time).
  return el(
    'div',
    {
      width: WIDTH,
      height: HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      background: shareImageColours.background,
    },
    [
      el('div', { width: WIDTH, height: RULE, background: shareImageColours.ink }),
      el(
        'div',
        {
          width: INNER,
          height: HEIGHT - 2 * PAD_Y - RULE,
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: `${PAD_Y}px ${PAD_X}px`,
          color: shareImageColours.ink,
          fontFamily: family('Sans').join(', '),
        },
        [
          el('div', { display: 'flex', ...type(KICKER), color: shareImageColours.muted }, card.kicker),
          el('div', { display: 'flex', flexDirection: 'column', gap: GAP, width: INNER }, [
            el('div', { width: INNER, ...type(titleStyle(card.title)) }, card.title),
            ...card.lines.map((line) =>
              el('div', { width: INNER, ...type(LINE), color: shareImageColours.lines }, line),
            ),
          ]),
          el(
            'div',
            { display: 'flex', justifyContent: 'space-between', width: INNER, color: shareImageColours.muted },
            [
              el('div', { width: INNER - CORNER_WIDTH, ...type(FOOTER) }, card.footer),
              el('div', { display: 'flex', ...type(CORNER), color: shareImageColours.ink }, SITE_NAME),
            ],
          ),
        ],
      ),
    ],
  );
}

let fonts: Font[] | undefined;

const text = (card: ShareCard) => [card.kicker, card.title, ...card.lines, card.footer].join('');

/**
 * The card as SVG. `outlines`: text drawn as glyph outlines (any card); without, words placed as
 * `<text>` elements for `share-image-raster.ts` to draw from the same fonts (cards whose characters
 * are all in the base fonts), which spares satori most of its work.
 */
export async function cardSvg(card: ShareCard, outlines = true): Promise<string> {
  fonts ??= baseFonts();
  if (!outlines) await loadFaces(fonts);
  return satori(layout(card) as Parameters<typeof satori>[0], {
    width: WIDTH,
    height: HEIGHT,
    fonts,
    embedFont: outlines,
    // Called only for characters the loaded fonts lack (Cyrillic, Arabic, CJK, emoji…). Offered
    // only to cards that have such characters: with it, satori checks every character first.
    ...(needsFallback(text(card)) && {
      loadAdditionalAsset: (_language: string, segment: string) => Promise.resolve(fallbackFonts(segment)),
    }),
  });
}

/** A laid-out card: its fills from our own layout, or satori's SVG. */
interface Laid {
  card: ShareCard;
  fills?: Fill[];
  svg?: string;
}

/**
 * Our own layout where it applies (base-font cards it follows satori for), else satori's: words
 * as `<text>` for base-font cards (see cardSvg), outlines for the rest.
 */
async function layoutCard(card: ShareCard): Promise<Laid> {
  if (needsFallback(text(card))) return { card, svg: await cardSvg(card) };
  fonts ??= baseFonts();
  await loadFaces(fonts);
  const fills = layoutCardFills(card);
  return fills ? { card, fills } : { card, svg: await cardSvg(card, false) };
}

/** Our own rasteriser's pixels for a laid-out card, or undefined where it does not draw it. */
const draw = ({ fills, svg }: Laid): Pixels | undefined =>
  fills ? rasteriseFills(fills, WIDTH, HEIGHT) : svg ? rasteriseCard(svg, WIDTH, HEIGHT) : undefined;

/** Cards drawn by resvg since the module loaded: its pixels live outside the JS heap (see the worker). */
export let resvgDraws = 0;

/** Rasterises a card's SVG to RGBA pixels with resvg: for SVG that `share-image-raster.ts` does not draw. */
async function resvg(svg: string): Promise<Pixels> {
  resvgDraws++;
  // No system fonts: every glyph is already an outline, and scanning them costs more than drawing.
  // renderAsync, not `new Resvg(svg).render()`: the synchronous API's pixel buffers are never
  // freed (resvg-js 2.6; 6 MB an image, 6 GiB in a 1,000-image build), the asynchronous one's are.
  const image = await renderAsync(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'width', value: WIDTH } });
  return { pixels: image.pixels, width: image.width, height: image.height };
}

// A card has few colours: a palette PNG (see png.ts) is lossless, smaller and quicker to write
// than resvg's or sharp's RGBA.
const encode = ({ pixels, width, height }: Pixels): Buffer => encodePng(pixels, width, height);

/**
 * Rasterises a card's SVG to RGBA pixels: our own rasteriser into a reused buffer, resvg for what
 * it does not draw (text as `<text>` is then laid out again as outlines). Encode the pixels before
 * the next call: the buffer is overwritten.
 */
async function rasterise(laid: Laid): Promise<Pixels> {
  const { svg, card } = laid;
  return draw(laid) ?? (await resvg(svg === undefined || svg.includes('<text') ? await cardSvg(card) : svg));
}

/** Draws a card as PNG bytes. */
export async function drawShareImage(card: ShareCard): Promise<Buffer> {
  const laid = await layoutCard(card);
  // No await between drawing into the shared buffer and encoding it.
  const drawn = draw(laid);
  return encode(drawn ?? (await rasterise(laid)));
}

/** The three stages one at a time, for `scripts/bench/images-stages.ts` to time. */
export const stages = {
  layout: layoutCard,
  rasterise,
  encode,
};
