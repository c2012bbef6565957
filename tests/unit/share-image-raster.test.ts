import { renderAsync } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import type { ShareCard } from '../../src/model/share-cards.ts';
import { cardSvg, HEIGHT, WIDTH } from '../../src/build/share-image-draw.ts';
import { baseFonts } from '../../src/build/share-image-fonts.ts';
import { clearGlyphCache, flatten, rasteriseCard } from '../../src/build/share-image-raster.ts';
import { woffToSfnt } from '../../src/build/share-image-text.ts';

// One card of each shape: a letter-spaced kicker, titles of one and of three lines (satori rounds
// the words' places only in boxes of several lines), curly quotes, a euro sign, an empty footer.
const cards: ShareCard[] = [
  {
    kicker: 'Claim · Reports disagree',
    title: 'The council set aside €59 million.',
    lines: ['Wire report: Hedges it', 'Local report: Contradicts it'],
    footer: 'Flood in Eastvale: three reports',
  },
  {
    kicker: 'Quote · Full quote',
    title:
      '“There will be consequences for anyone who cut corners, and we will find out who they were, however long it takes”',
    lines: ['Ulla Yilmaz, Mayor', 'In: Evening report'],
    footer: 'Factory fire in Dunmore',
  },
  { kicker: 'Stories', title: 'News reports of one event, side by side', lines: [], footer: '' },
];

/** Pixels that differ between two RGBA images, and the largest difference of any channel. */
function compare(a: Uint8Array, b: Uint8Array): { differing: number; max: number } {
  let [differing, max] = [0, 0];
  for (let i = 0; i < a.length; i += 4) {
    const d = Math.max(...[0, 1, 2, 3].map((c) => Math.abs((a[i + c] ?? 0) - (b[i + c] ?? 0))));
    if (d > 0) differing++;
    max = Math.max(max, d);
  }
  return { differing, max };
}

const colours = (rgba: Uint8Array) => new Set(new Uint32Array(rgba.buffer, rgba.byteOffset, rgba.length / 4)).size;

describe('rasteriseCard', () => {
  it.each(cards.map((card) => [card.kicker, card]))(
    'draws a %s card as resvg does, up to one step of anti-aliasing on a few edge pixels',
    async (_, card) => {
      const svg = await cardSvg(card);
      const expected = (await renderAsync(svg, { font: { loadSystemFonts: false } })).pixels;
      const drawn = rasteriseCard(svg, WIDTH, HEIGHT);
      expect(drawn).toBeDefined();
      const { differing, max } = compare(new Uint8Array(drawn?.pixels ?? []), expected);
      // Measured: a few hundred of 756,000 pixels, by 10-14 (one sixteenth of coverage) for most.
      expect(differing).toBeLessThan(1500);
      expect(max).toBeLessThan(64);
      expect(colours(drawn?.pixels ?? new Uint8Array())).toBeLessThanOrEqual(256);
    },
  );

  it.each(cards.map((card) => [card.kicker, card]))(
    'draws the words of a %s card laid out without fonts as satori draws them with fonts',
    async (_, card) => {
      const outlines = new Uint8Array(rasteriseCard(await cardSvg(card, true), WIDTH, HEIGHT)?.pixels ?? []);
      const svg = await cardSvg(card, false);
      expect(svg).toContain('<text');
      expect(svg).not.toContain('<path');
      const words = rasteriseCard(svg, WIDTH, HEIGHT, false);
      expect(words).toBeDefined();
      // Measured: 0-30 pixels a card, where HarfBuzz and satori's font reader start a contour at
      // different points and a curve is split into other steps.
      expect(compare(new Uint8Array(words?.pixels ?? []), outlines).differing).toBeLessThan(120);
    },
  );

  it.each(cards.map((card) => [card.kicker, card]))(
    'draws a %s card from the glyph cache as from outlines, but for edge pixels of glyphs moved under a twentieth of a pixel',
    async (_, card) => {
      const svg = await cardSvg(card, false);
      const outlines = new Uint8Array(rasteriseCard(svg, WIDTH, HEIGHT, false)?.pixels ?? []);
      const cached = rasteriseCard(svg, WIDTH, HEIGHT);
      expect(cached).toBeDefined();
      const { differing, max } = compare(new Uint8Array(cached?.pixels ?? []), outlines);
      // Measured over 60 cards of the 250-story corpus: 2,339 pixels a card at most 3,301, none by 64 or more.
      expect(differing).toBeLessThan(4000);
      expect(max).toBeLessThan(64);
      expect(colours(cached?.pixels ?? new Uint8Array())).toBeLessThanOrEqual(256);
    },
  );

  it('draws the same pixels from a cold glyph cache as from a warm one, whatever came before', async () => {
    const [a, b] = await Promise.all(cards.slice(0, 2).map((card) => cardSvg(card, false)));
    clearGlyphCache();
    const cold = Buffer.from(rasteriseCard(a ?? '', WIDTH, HEIGHT)?.pixels ?? []);
    rasteriseCard(b ?? '', WIDTH, HEIGHT);
    const warm = Buffer.from(rasteriseCard(a ?? '', WIDTH, HEIGHT)?.pixels ?? []);
    clearGlyphCache();
    rasteriseCard(b ?? '', WIDTH, HEIGHT);
    const afterOther = Buffer.from(rasteriseCard(a ?? '', WIDTH, HEIGHT)?.pixels ?? []);
    expect(cold.length).toBe(WIDTH * HEIGHT * 4);
    expect(warm.equals(cold)).toBe(true);
    expect(afterOther.equals(cold)).toBe(true);
  });

  it('gives each card its own pixels though the buffer is reused', async () => {
    const [a, b] = await Promise.all(cards.slice(0, 2).map((card) => cardSvg(card, false)));
    const first = new Uint8Array(rasteriseCard(a ?? '', WIDTH, HEIGHT)?.pixels ?? []);
    const other = new Uint8Array(rasteriseCard(b ?? '', WIDTH, HEIGHT)?.pixels ?? []);
    const again = new Uint8Array(rasteriseCard(a ?? '', WIDTH, HEIGHT)?.pixels ?? []);
    expect(compare(first, other).differing).toBeGreaterThan(1000);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
  });

  it.each([
    ['a transform', '<g transform="scale(2)"><rect x="0" y="0" width="10" height="10" fill="#000"/></g>'],
    ['a shape it does not draw', '<circle cx="5" cy="5" r="5" fill="#000"/>'],
    ['a cubic curve', '<path fill="#000" d="M0 0C1 1 2 2 3 0Z"/>'],
    ['a mask in use', '<path fill="#000" d="M0 0L9 0L9 9Z" mask="url(#m)"/>'],
    ['a colour by name', '<path fill="red" d="M0 0L9 0L9 9Z"/>'],
    [
      'an unknown entity',
      '<text x="0" y="9" font-size="9" font-family="sans" font-weight="400" fill="#000">&nbsp;</text>',
    ],
  ])('leaves SVG with %s to resvg', (_, element) => {
    const svg = `<svg width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" xmlns="http://www.w3.org/2000/svg"><rect x="0" y="0" width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>${element}</svg>`;
    expect(rasteriseCard(svg, WIDTH, HEIGHT)).toBeUndefined();
  });

  it('needs an opaque background first', () => {
    const svg = `<svg width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" xmlns="http://www.w3.org/2000/svg"><path fill="#000" d="M0 0L9 0L9 9Z"/></svg>`;
    expect(rasteriseCard(svg, WIDTH, HEIGHT)).toBeUndefined();
  });
});

describe('flatten', () => {
  it("reads satori's path data as closed line segments", () => {
    expect(flatten('M0 0L10 0L10 10ZM1.5 -2L3 4')).toEqual([
      0, 0, 10, 0, 10, 0, 10, 10, 10, 10, 0, 0, 1.5, -2, 3, 4, 3, 4, 1.5, -2,
    ]);
    expect(flatten('M0 0L1')).toBeUndefined();
  });
});

describe('woffToSfnt', () => {
  it('unpacks every table of a WOFF font', () => {
    const woff = baseFonts()[0]?.data ?? Buffer.alloc(0);
    const sfnt = Buffer.from(woffToSfnt(woff));
    const tables = woff.readUInt16BE(12);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    expect(sfnt.readUInt16BE(4)).toBe(tables);
    for (let i = 0; i < tables; i++) {
      const [tag, offset, length] = [0, 8, 12].map((at) => sfnt.readUInt32BE(12 + i * 16 + at));
      expect(tag).toBe(woff.readUInt32BE(44 + i * 20));
      expect(length).toBe(woff.readUInt32BE(44 + i * 20 + 12));
      expect((offset ?? 0) + (length ?? 0)).toBeLessThanOrEqual(sfnt.length);
    }
  });
});
