/**
 * Rasterises the SVG satori writes for a share card (filled rectangles and filled glyph outlines,
 * nothing else) into one RGBA buffer reused from card to card. resvg spent most of its time
 * faulting in a fresh 3 MB pixmap for every card (about 13 µs a page on this VM, see
 * BENCHMARKS.md); here each outline is scanned over its own rows only and anti-aliased as resvg
 * does it, so the pixels match resvg's up to rounding. Words are drawn from a glyph cache: each
 * glyph's coverage at a pen position bucketed to a tenth of a pixel across is scanned once per
 * worker, then added up per colour and blended once. Anything else in the SVG (a transform, a
 * mask in use, a curve type satori does not write for text) returns undefined: the caller falls
 * back to resvg.
 */

import {
  glyphBounds,
  glyphOutline,
  textGlyphs,
  textOutline,
  type GlyphFace,
  type TextRun,
} from './share-image-text.ts';

export interface Pixels {
  pixels: Uint8Array;
  width: number;
  height: number;
}

/** A glyph placed by `textGlyphs`: its pen position in pixels, before satori's rounding. */
interface Placed {
  face: GlyphFace;
  glyph: number;
  scale: number;
  left: number;
  base: number;
}

/**
 * A filled shape: rectangles, outlines as flattened line segments (x0 y0 x1 y1 in pixels), or
 * glyphs drawn from the glyph cache.
 */
export interface Fill {
  colour: number; // 0xRRGGBB
  rect?: [number, number, number, number];
  lines?: number[];
  glyphs?: Placed[];
}

/**
 * Adds a quadratic curve as line segments to `out`, split as resvg's rasteriser (tiny-skia) splits
 * it: at its vertical turning point, then each half in 2^n equal steps of t, n from how far the
 * control point bends it on the quarter-pixel grid of its anti-aliasing.
 */
function quadratic(out: number[], x0: number, y0: number, x1: number, y1: number, x2: number, y2: number): void {
  const denominator = y0 - 2 * y1 + y2;
  const t = denominator === 0 ? -1 : (y0 - y1) / denominator;
  if (t > 0 && t < 1) {
    const [ax, ay] = [x0 + (x1 - x0) * t, y0 + (y1 - y0) * t];
    const [bx, by] = [x1 + (x2 - x1) * t, y1 + (y2 - y1) * t];
    const [mx, my] = [ax + (bx - ax) * t, ay + (by - ay) * t];
    monotonicQuadratic(out, x0, y0, ax, ay, mx, my);
    monotonicQuadratic(out, mx, my, bx, by, x2, y2);
  } else monotonicQuadratic(out, x0, y0, x1, y1, x2, y2);
}

function monotonicQuadratic(out: number[], x0: number, y0: number, x1: number, y1: number, x2: number, y2: number) {
  // The bend in 26.6 fixed point on the 4x grid, and from it the number of steps, as tiny-skia.
  const dx = Math.abs((2 * x1 - x0 - x2) * 256) / 4;
  const dy = Math.abs((2 * y1 - y0 - y2) * 256) / 4;
  const distance = Math.trunc(dx > dy ? dx + dy / 2 : dy + dx / 2);
  const reduced = (distance + 16) >> 5;
  const n = 1 << Math.min(6, Math.max(1, (32 - Math.clz32(reduced)) >> 1));
  let px = x0;
  let py = y0;
  for (let i = 1; i <= n; i++) {
    const t = i / n;
    const u = 1 - t;
    const x = i === n ? x2 : u * u * x0 + 2 * u * t * x1 + t * t * x2;
    const y = i === n ? y2 : u * u * y0 + 2 * u * t * y1 + t * t * y2;
    out.push(px, py, x, y);
    px = x;
    py = y;
  }
}

// Character codes of satori's path data: commands, digits, sign, point, separators.
const [ZERO, NINE, MINUS, POINT, SPACE, COMMA] = [48, 57, 45, 46, 32, 44];

/**
 * satori's path data (absolute M, L, Q and Z, plain decimals) as line segments, or undefined for
 * anything else. Read by character code: a card has about 130 KB of it.
 */
export function flatten(d: string): number[] | undefined {
  const out: number[] = [];
  const end = d.length;
  let i = 0;
  const skip = () => {
    for (let c = d.charCodeAt(i); c === SPACE || c === COMMA; c = d.charCodeAt(++i));
  };
  // NaN when there is no plain decimal number here.
  const num = (): number => {
    skip();
    let negative = false;
    if (d.charCodeAt(i) === MINUS) {
      negative = true;
      i++;
    }
    let value = 0;
    let digits = 0;
    let c = d.charCodeAt(i);
    for (; c >= ZERO && c <= NINE; c = d.charCodeAt(++i), digits++) value = value * 10 + (c - ZERO);
    if (c === POINT) {
      let scale = 1;
      for (c = d.charCodeAt(++i); c >= ZERO && c <= NINE; c = d.charCodeAt(++i), digits++) {
        value = value * 10 + (c - ZERO);
        scale *= 10;
      }
      value /= scale;
    }
    if (digits === 0) return NaN;
    return negative ? -value : value;
  };
  let [sx, sy, cx, cy] = [0, 0, 0, 0];
  let command = 0;
  for (;;) {
    skip();
    if (i >= end) break;
    const c = d.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      command = c;
      i++;
    } else if (command === 77) command = 76; // number pairs after a move are lines
    if (command === 77) {
      // M: a new contour; close the previous one
      if (cx !== sx || cy !== sy) out.push(cx, cy, sx, sy);
      sx = cx = num();
      sy = cy = num();
    } else if (command === 76) {
      const x = num();
      const y = num();
      out.push(cx, cy, x, y);
      [cx, cy] = [x, y];
    } else if (command === 81) {
      const [x1, y1, x, y] = [num(), num(), num(), num()];
      quadratic(out, cx, cy, x1, y1, x, y);
      [cx, cy] = [x, y];
    } else if (command === 90 || command === 122) {
      if (cx !== sx || cy !== sy) out.push(cx, cy, sx, sy);
      [cx, cy] = [sx, sy];
      command = 0;
    } else return undefined;
    if (Number.isNaN(cx) || Number.isNaN(cy)) return undefined;
  }
  if (cx !== sx || cy !== sy) out.push(cx, cy, sx, sy);
  return out.some(Number.isNaN) ? undefined : out;
}

const ATTRIBUTE = /([\w-]+)="([^"]*)"/g;
function attributes(text: string): Record<string, string | undefined> {
  const found: Record<string, string | undefined> = {};
  for (const [, name = '', value] of text.matchAll(ATTRIBUTE)) found[name] = value;
  return found;
}

function colour(fill: string | undefined): number | undefined {
  const m = /^#([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(fill ?? '');
  if (!m?.[1]) return undefined;
  const hex = m[1].length === 3 ? m[1].replace(/./g, (c) => c + c) : m[1];
  return parseInt(hex, 16);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** A `<text>` element's words, or undefined for an attribute or entity this does not know. */
function textRun(a: Record<string, string | undefined>, content: string): TextRun | undefined {
  const known = ['x', 'y', 'width', 'height', 'font-weight', 'font-style', 'font-size', 'font-family', 'fill'];
  if (Object.keys(a).some((k) => !known.includes(k) && k !== 'letter-spacing')) return undefined;
  if ((a['font-style'] ?? 'normal') !== 'normal') return undefined;
  const entity = /&([#\w]+);/g;
  if ([...content.matchAll(entity)].some(([, name = '']) => ENTITIES[name] === undefined)) return undefined;
  const text = content.replace(entity, (_, name: string) => ENTITIES[name] ?? '');
  const weight = a['font-weight'] === 'bold' ? 700 : a['font-weight'] === 'normal' ? 400 : Number(a['font-weight']);
  const run = {
    text,
    x: Number(a.x),
    y: Number(a.y),
    size: Number(a['font-size']),
    family: (a['font-family'] ?? '').split(',')[0]?.trim() ?? '',
    weight,
    letterSpacing: Number(a['letter-spacing'] ?? 0),
  };
  const numbers = [run.x, run.y, run.size, run.weight, run.letterSpacing];
  return numbers.every(Number.isFinite) ? run : undefined;
}

// Segments satori never joins to the next one on a line (space, no-break space and other breaks).
const BREAKS = new Set([32, 160, 4961, 65792, 65793, 4153, 4241, 10].map((c) => String.fromCodePoint(c)));

/**
 * Builds a card's fills from its shapes in paint order: rectangles, outlines, and each text box's
 * words (ended by `endBox`, as the next element of satori's SVG ends one). Shared by
 * `parseCardSvg` and by `share-image-layout.ts`, which lays base-font cards out without satori:
 * the same words in the same order make the same fills.
 */
export class CardFills {
  readonly fills: Fill[] = [];
  // One text box's words, drawn when the box ends.
  private words: { run: TextRun; colour: number }[] = [];

  private readonly glyphCache: boolean;

  constructor(glyphCache = true) {
    this.glyphCache = glyphCache;
  }

  rect(colour: number, rect: [number, number, number, number]): void {
    this.fills.push({ colour, rect });
  }

  path(colour: number, lines: number[]): void {
    this.fills.push({ colour, lines });
  }

  word(run: TextRun, colour: number): void {
    this.words.push({ run, colour });
  }

  /**
   * Draws the box's words; false if a word cannot be drawn. With its fonts embedded, satori
   * draws a line's words up to and including a space as one string from the first word's x,
   * which it rounds to a whole pixel when the box has more than one line: shaped and placed the
   * same way here, the outlines come out identical.
   */
  endBox(): boolean {
    const fills = this.fills;
    const words = this.words;
    this.words = [];
    const multiline = new Set(words.map((w) => w.run.y)).size > 1;
    let pending: TextRun | undefined;
    let lines: number[] = [];
    let glyphs: Placed[] | undefined;
    const draw = () => {
      const run = pending;
      pending = undefined;
      if (!run) return true;
      const into = glyphs;
      if (!into) return textOutline(lines, run, quadratic);
      return textGlyphs(run, (face, glyph, scale, left, base) => into.push({ face, glyph, scale, left, base }) > 0);
    };
    for (const { run, colour: c } of words) {
      const p = pending;
      const same =
        p?.y === run.y &&
        p.size === run.size &&
        p.family === run.family &&
        p.weight === run.weight &&
        p.letterSpacing === run.letterSpacing &&
        fills.at(-1)?.colour === c;
      if (same) p.text += run.text;
      else {
        if (!draw()) return false;
        // Words of one colour in a row are filled as one outline, as satori writes one path.
        const last = fills.at(-1);
        if (last?.colour === c && (last.lines ?? last.glyphs)) {
          lines = last.lines ?? [];
          glyphs = last.glyphs;
        } else if (this.glyphCache) {
          glyphs = [];
          fills.push({ colour: c, glyphs });
        } else {
          [lines, glyphs] = [[], undefined];
          fills.push({ colour: c, lines });
        }
        pending = { ...run, x: multiline ? Math.round(run.x) : run.x };
      }
      if (BREAKS.has(run.text) && !draw()) return false;
    }
    return draw();
  }
}

/**
 * The fills of satori's SVG in paint order, or undefined if it has anything else. Words are
 * glyphs for the glyph cache, or with `glyphCache` false outlines to scan as before.
 */
export function parseCardSvg(svg: string, width: number, height: number, glyphCache = true): Fill[] | undefined {
  const out = new CardFills(glyphCache);
  let inMask = 0;
  for (const m of svg.matchAll(/<(\/?)(\w+)((?:\s+[\w-]+="[^"]*")*)\s*(\/?)>([^<]*)/g)) {
    const [, close, tag, attrText = '', selfClosing, content = ''] = m;
    if (tag === 'mask') {
      if (!out.endBox()) return undefined; // a text box's mask comes before its words
      if (close) inMask--;
      else if (!selfClosing) inMask++;
      continue;
    }
    if (inMask > 0 || close) continue; // masks are only defined: nothing below refers to them
    const a = attributes(attrText);
    const keys = Object.keys(a).sort().join(' ');
    if (tag === 'text' && !selfClosing) {
      const c = colour(a.fill);
      const run = textRun(a, content);
      if (c === undefined || !run) return undefined;
      out.word(run, c);
      continue;
    }
    if (!out.endBox()) return undefined;
    if (tag === 'svg') {
      if (a.width !== String(width) || a.height !== String(height) || a.viewBox !== `0 0 ${width} ${height}`) {
        return undefined;
      }
    } else if (tag === 'g') {
      if (keys !== '') return undefined;
    } else if (tag === 'rect' && keys === 'fill height width x y') {
      const c = colour(a.fill);
      if (c === undefined) return undefined;
      out.rect(c, [Number(a.x), Number(a.y), Number(a.width), Number(a.height)]);
    } else if (tag === 'path' && keys === 'd fill') {
      const c = colour(a.fill);
      const lines = flatten(a.d ?? '');
      if (c === undefined || !lines) return undefined;
      out.path(c, lines);
    } else return undefined;
  }
  return out.endBox() ? out.fills : undefined;
}

let canvas: { words: Uint32Array; bytes: Uint8Array } | undefined;

/** Little-endian RGBA word of an opaque 0xRRGGBB colour. */
const word = (rgb: number) => (0xff000000 | ((rgb & 0xff) << 16) | (rgb & 0xff00) | ((rgb >>> 16) & 0xff)) >>> 0;

function fillRect(words: Uint32Array, width: number, height: number, rgb: number, r: number[]): void {
  const [x, y, w, h] = r as [number, number, number, number];
  if (![x, y, w, h].every(Number.isInteger)) throw new Error('fractional rectangle');
  const value = word(rgb);
  for (let row = Math.max(0, y); row < Math.min(height, y + h); row++) {
    words.fill(value, row * width + Math.max(0, x), row * width + Math.min(width, x + w));
  }
}

// Anti-aliasing as resvg's rasteriser (tiny-skia, after Skia) does it: each pixel row is sampled
// on 4 sub-rows and each span's ends are rounded to a quarter pixel, so a pixel's coverage is a
// multiple of 16 (17 levels). A card's colours stay few, which the palette PNG relies on.
const SUB = 4;

// Per outline: its edges (x at the first sub-row, slope, first and last sub-row, winding).
let edgeX = new Float64Array(0);
let edgeSlope = new Float64Array(0);
let edgeFirst = new Int32Array(0);
let edgeLast = new Int32Array(0);
let edgeWinding = new Int8Array(0);
let crossing = new Float64Array(0);
let buckets = new Int32Array(0);
let order = new Uint32Array(0);
let rowAlpha = new Uint16Array(0);
// The columns a pixel row's spans touched: blending visits only those.
let touchedFrom = Infinity;
let touchedTo = -1;

function grow(edges: number, width: number): void {
  if (edgeX.length < edges) {
    const n = Math.max(edges, edgeX.length * 2);
    [edgeX, edgeSlope] = [new Float64Array(n), new Float64Array(n)];
    [edgeFirst, edgeLast] = [new Int32Array(n), new Int32Array(n)];
    [edgeWinding, order, crossing] = [new Int8Array(n), new Uint32Array(2 * n), new Float64Array(n)];
  }
  if (rowAlpha.length < width + 2) rowAlpha = new Uint16Array(width + 2);
}

/** Adds a sub-row's span [left, right) (in quarter pixels) to its pixel row's coverage. */
function span(left: number, right: number, sub: number): void {
  let fb = left & (SUB - 1);
  let fe = right & (SUB - 1);
  let n = (right >> 2) - (left >> 2) - 1;
  if (n < 0) {
    fb = fe - fb;
    n = 0;
    fe = 0;
  } else if (fb === 0) n += 1;
  else fb = SUB - fb;
  // Four fully covered sub-rows add up to 255, not 256: the last one counts 63.
  const full = 64 - (((sub & (SUB - 1)) + 1) >> 2);
  let x = left >> 2;
  if (x < touchedFrom) touchedFrom = x;
  if (x + n + 1 > touchedTo) touchedTo = x + n + 1;
  if (fb !== 0) {
    rowAlpha[x] = (rowAlpha[x] ?? 0) + fb * 16;
    x++;
  }
  for (const end = x + n; x < end; x++) rowAlpha[x] = (rowAlpha[x] ?? 0) + full;
  if (fe !== 0) rowAlpha[x] = (rowAlpha[x] ?? 0) + fe * 16;
}

/** Blends a finished pixel row's coverage in `rgb` over the canvas and clears the coverage. */
function blendRow(bytes: Uint8Array, width: number, y: number, rgb: number): void {
  if (maskOut) {
    maskRow(maskOut, width, y);
    return;
  }
  const r = (rgb >>> 16) & 0xff;
  const g = (rgb >>> 8) & 0xff;
  const b = rgb & 0xff;
  const end = Math.min(touchedTo, width - 1);
  const start = Math.max(0, touchedFrom);
  touchedFrom = Infinity;
  touchedTo = -1;
  for (let x = start; x <= end; x++) {
    const a = Math.min(255, rowAlpha[x] ?? 0);
    if (a === 0) continue;
    rowAlpha[x] = 0;
    blendPixel(bytes, (y * width + x) * 4, r, g, b, a);
  }
}

/** Paints one pixel at byte offset `o` with colour r, g, b at coverage `a` (1-255). */
function blendPixel(bytes: Uint8Array, o: number, r: number, g: number, b: number, a: number): void {
  if (a === 255) {
    bytes[o] = r;
    bytes[o + 1] = g;
    bytes[o + 2] = b;
    return;
  }
  // tiny-skia's 8-bit pipeline: a lerp, divided by 255 as (v + 255) >> 8.
  const k = 255 - a;
  bytes[o] = ((bytes[o] ?? 0) * k + r * a + 255) >> 8;
  bytes[o + 1] = ((bytes[o + 1] ?? 0) * k + g * a + 255) >> 8;
  bytes[o + 2] = ((bytes[o + 2] ?? 0) * k + b * a + 255) >> 8;
}

// While a glyph's mask is drawn: the coverage goes there instead of being blended.
let maskOut: Uint8Array | undefined;

/** Stores a finished pixel row's coverage in `mask` (one byte a pixel) and clears it. */
function maskRow(mask: Uint8Array, width: number, y: number): void {
  const end = Math.min(touchedTo, width - 1);
  const start = Math.max(0, touchedFrom);
  touchedFrom = Infinity;
  touchedTo = -1;
  for (let x = start; x <= end; x++) {
    const a = rowAlpha[x] ?? 0;
    if (a === 0) continue;
    rowAlpha[x] = 0;
    mask[y * width + x] = Math.min(255, a);
  }
}

/** A glyph's coverage (0-255 a pixel) and where its top left pixel goes from the pen's whole pixel. */
interface Mask {
  alpha: Uint8Array;
  width: number;
  height: number;
  dx: number;
  dy: number;
}

// Pen positions are bucketed to a tenth of a pixel across (the grid satori rounds outlines to)
// and a thousandth down (a card's lines sit at a few fixed heights, so this is nearly exact).
const X_STEPS = 10;
const Y_STEPS = 1000;
// By face, then size (its scale), then glyph and offsets as one number.
const masks = new Map<GlyphFace, Map<number, Map<number, Mask>>>();
// Measured: about 1,700 masks, 1 MB, after 600 cards of the 250-story corpus. The bound only keeps a
// pathological corpus from growing it without end; masks depend on their key alone, so clearing
// changes no pixel.
const MASK_BYTES_KEPT = 32 * 2 ** 20;
let maskBytes = 0;

/**
 * The coverage of one glyph at a pen position `fx` (tenths) and `fy` (thousandths) of a pixel
 * past whole pixels, scanned once as `fillPath` scans a whole outline; undefined for an outline
 * this does not draw.
 */
function glyphMask(face: GlyphFace, glyph: number, scale: number, fx: number, fy: number): Mask | undefined {
  let byFace = masks.get(face);
  if (!byFace) masks.set(face, (byFace = new Map<number, Map<number, Mask>>()));
  let bySize = byFace.get(scale);
  if (!bySize) byFace.set(scale, (bySize = new Map<number, Mask>()));
  const key = (glyph * X_STEPS + fx) * Y_STEPS + fy;
  const known = bySize.get(key);
  if (known) return known;
  const [x0, y0, x1, y1] = glyphBounds(face, glyph);
  // Whole pixels of margin, so that no edge is clipped and rounding to tenths stays inside.
  const ox = Math.ceil(-x0 * scale) + 2;
  const oy = Math.ceil(y1 * scale) + 2;
  const width = Math.ceil(ox + x1 * scale) + 4;
  const height = Math.ceil(oy - y0 * scale) + 4;
  const lines: number[] = [];
  if (!glyphOutline(lines, face, glyph, scale, ox + fx / X_STEPS, oy + fy / Y_STEPS, quadratic)) return undefined;
  const full = new Uint8Array(width * height);
  maskOut = full;
  try {
    fillPath(full, width, height, 0, lines);
  } finally {
    maskOut = undefined;
  }
  // Trimmed to the pixels it covers: blitting skips the margins.
  let [left, top, right, bottom] = [width, height, -1, -1];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (full[y * width + x] === 0) continue;
      [left, right] = [Math.min(left, x), Math.max(right, x)];
      [top, bottom] = [Math.min(top, y), Math.max(bottom, y)];
    }
  }
  const w = Math.max(0, right - left + 1);
  const h = Math.max(0, bottom - top + 1);
  const alpha = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) alpha.set(full.subarray((top + y) * width + left, (top + y) * width + left + w), y * w);
  if (maskBytes > MASK_BYTES_KEPT) {
    masks.clear();
    masks.set(face, (byFace = new Map<number, Map<number, Mask>>()));
    byFace.set(scale, (bySize = new Map<number, Mask>()));
    maskBytes = 0;
  }
  const mask = { alpha, width: w, height: h, dx: left - ox, dy: top - oy };
  maskBytes += alpha.length + 64;
  bySize.set(key, mask);
  return mask;
}

/** How many glyph masks are kept and their bytes (for benchmarks). */
export function glyphCacheSize(): { masks: number; bytes: number } {
  let count = 0;
  for (const byFace of masks.values()) for (const bySize of byFace.values()) count += bySize.size;
  return { masks: count, bytes: maskBytes };
}

/** Forgets every glyph's mask (for tests: a card drawn on a cold cache must come out the same). */
export function clearGlyphCache(): void {
  masks.clear();
  maskBytes = 0;
}

// One colour's glyphs add their coverage here before it is blended, as one outline's spans add
// up in `rowAlpha`: where glyphs share a pixel it is blended once, as when scanned together.
let cover = new Uint16Array(0);
let coverFrom = new Int32Array(0);
let coverTo = new Int32Array(0);

/** Fills glyphs from the glyph cache in `rgb` over the canvas; throws for one it cannot draw. */
function fillGlyphs(bytes: Uint8Array, width: number, height: number, rgb: number, glyphs: Placed[]): void {
  if (cover.length !== width * height) {
    cover = new Uint16Array(width * height);
    coverFrom = new Int32Array(height).fill(width);
    coverTo = new Int32Array(height).fill(-1);
  }
  let [top, bottom] = [height, -1];
  for (const g of glyphs) {
    let px = Math.floor(g.left);
    let fx = Math.round((g.left - px) * X_STEPS);
    if (fx === X_STEPS) [px, fx] = [px + 1, 0];
    let py = Math.floor(g.base);
    let fy = Math.round((g.base - py) * Y_STEPS);
    if (fy === Y_STEPS) [py, fy] = [py + 1, 0];
    const mask = glyphMask(g.face, g.glyph, g.scale, fx, fy);
    if (!mask) throw new Error('glyph not drawn');
    const { alpha, width: w, height: h } = mask;
    const x0 = px + mask.dx;
    const y0 = py + mask.dy;
    const from = Math.max(0, -x0);
    const to = Math.min(w, width - x0);
    if (to <= from) continue;
    for (let my = Math.max(0, -y0); my < Math.min(h, height - y0); my++) {
      const y = y0 + my;
      const row = y * width + x0;
      const at = my * w;
      for (let mx = from; mx < to; mx++) {
        const a = alpha[at + mx] ?? 0;
        if (a !== 0) cover[row + mx] = (cover[row + mx] ?? 0) + a;
      }
      if (x0 + from < (coverFrom[y] ?? width)) coverFrom[y] = x0 + from;
      if (x0 + to - 1 > (coverTo[y] ?? -1)) coverTo[y] = x0 + to - 1;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
    }
  }
  const r = (rgb >>> 16) & 0xff;
  const g = (rgb >>> 8) & 0xff;
  const b = rgb & 0xff;
  for (let y = top; y <= bottom; y++) {
    const end = coverTo[y] ?? -1;
    for (let x = coverFrom[y] ?? width, i = y * width + x; x <= end; x++, i++) {
      const c = cover[i] ?? 0;
      if (c === 0) continue;
      cover[i] = 0;
      blendPixel(bytes, i * 4, r, g, b, Math.min(255, c));
    }
    coverFrom[y] = width;
    coverTo[y] = -1;
  }
}

/** Fills an outline (line segments, non-zero winding) in `rgb` over the canvas. */
function fillPath(bytes: Uint8Array, width: number, height: number, rgb: number, lines: number[]): void {
  grow(lines.length / 4, width);
  let count = 0;
  let top = Infinity;
  let bottom = -Infinity;
  for (let i = 0; i < lines.length; i += 4) {
    // In quarter pixels, truncated to 26.6 fixed point as tiny-skia does.
    let x0 = Math.trunc((lines[i] ?? 0) * SUB * 64) / 64;
    let y0 = Math.trunc((lines[i + 1] ?? 0) * SUB * 64) / 64;
    let x1 = Math.trunc((lines[i + 2] ?? 0) * SUB * 64) / 64;
    let y1 = Math.trunc((lines[i + 3] ?? 0) * SUB * 64) / 64;
    let winding = 1;
    if (y0 > y1) {
      [x0, y0, x1, y1] = [x1, y1, x0, y0];
      winding = -1;
    }
    // Sub-rows are sampled at their centres.
    const first = Math.floor(y0 + 0.5);
    const last = Math.floor(y1 + 0.5) - 1;
    if (last < first) continue;
    const slope = (x1 - x0) / (y1 - y0);
    edgeX[count] = x0 + slope * (first + 0.5 - y0);
    edgeSlope[count] = slope;
    edgeFirst[count] = first;
    edgeLast[count] = last;
    edgeWinding[count] = winding;
    count++;
    top = Math.min(top, first);
    bottom = Math.max(bottom, last);
  }
  if (count === 0) return;
  // order[0, count) lists the edges by first sub-row; order[count, 2 count) holds the active ones.
  // (a counting sort: sub-rows are few and whole).
  const rows = bottom - top + 2;
  if (buckets.length < rows) buckets = new Int32Array(Math.max(rows, buckets.length * 2));
  buckets.fill(0, 0, rows);
  for (let e = 0; e < count; e++) {
    const r = (edgeFirst[e] ?? 0) - top + 1;
    buckets[r] = (buckets[r] ?? 0) + 1;
  }
  for (let r = 1; r < rows; r++) buckets[r] = (buckets[r] ?? 0) + (buckets[r - 1] ?? 0);
  for (let e = 0; e < count; e++) {
    const r = (edgeFirst[e] ?? 0) - top;
    const at = buckets[r] ?? 0;
    buckets[r] = at + 1;
    order[at] = e;
  }
  const sorted = order;
  top = Math.max(top, 0);
  bottom = Math.min(bottom, height * SUB - 1);
  // Edges crossing the current sub-row, kept in order of x: from one sub-row to the next the
  // order hardly changes, so an insertion sort restores it in about one pass.
  let active = 0;
  let next = 0;
  for (let sub = top; sub <= bottom; sub++) {
    let kept = 0;
    for (let i = 0; i < active; i++) {
      const e = order[count + i] ?? 0;
      if ((edgeLast[e] ?? 0) >= sub) order[count + kept++] = e;
    }
    active = kept;
    while (next < count && (edgeFirst[sorted[next] ?? 0] ?? 0) <= sub) order[count + active++] = sorted[next++] ?? 0;
    for (let i = 0; i < active; i++) {
      const e = order[count + i] ?? 0;
      const x = (edgeX[e] ?? 0) + (edgeSlope[e] ?? 0) * (sub - (edgeFirst[e] ?? 0));
      crossing[e] = x;
      let j = i;
      while (j > 0 && (crossing[order[count + j - 1] ?? 0] ?? 0) > x) {
        order[count + j] = order[count + j - 1] ?? 0;
        j--;
      }
      order[count + j] = e;
    }
    let w = 0;
    let left = 0;
    for (let i = 0; i < active; i++) {
      const e = order[count + i] ?? 0;
      const x = Math.floor((crossing[e] ?? 0) + 0.5);
      if (w === 0) left = x;
      w += edgeWinding[e] ?? 0;
      if (w === 0 && x > left) span(Math.max(0, left), Math.min(width * SUB, x), sub);
    }
    if ((sub & (SUB - 1)) === SUB - 1 || sub === bottom) blendRow(bytes, width, sub >> 2, rgb);
  }
}

/**
 * Draws satori's SVG of a card, or returns undefined if it holds anything this does not draw.
 * The pixels are a view of a buffer the next call overwrites: encode them before drawing again.
 */
export function rasteriseCard(svg: string, width: number, height: number, glyphCache = true): Pixels | undefined {
  const fills = parseCardSvg(svg, width, height, glyphCache);
  return fills && rasteriseFills(fills, width, height);
}

/** Draws a card's fills (see `rasteriseCard`), or undefined if this does not draw them. */
export function rasteriseFills(fills: Fill[], width: number, height: number): Pixels | undefined {
  // Blending below assumes an opaque canvas: satori's first shape is the card's background.
  const first = fills[0]?.rect;
  if (first?.join(' ') !== `0 0 ${width} ${height}`) return undefined;
  if (canvas?.words.length !== width * height) {
    const words = new Uint32Array(width * height);
    canvas = { words, bytes: new Uint8Array(words.buffer) };
  }
  const { words, bytes } = canvas;
  // No clearing first: the first fill, checked above, is an opaque rectangle over every pixel.
  try {
    for (const fill of fills) {
      if (fill.rect) fillRect(words, width, height, fill.colour, fill.rect);
      else if (fill.lines) fillPath(bytes, width, height, fill.colour, fill.lines);
      else if (fill.glyphs) fillGlyphs(bytes, width, height, fill.colour, fill.glyphs);
    }
  } catch {
    cover = new Uint16Array(0); // a glyph refused midway may have left coverage behind
    return undefined;
  }
  return { pixels: bytes, width, height };
}
