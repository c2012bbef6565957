/**
 * Text of a share card as outlines, from satori's layout without embedded fonts (`embedFont:
 * false`: each word placed as a `<text>` element, not drawn). Each word is shaped with HarfBuzz as
 * satori shapes it and each glyph's outline is read from the font once, then placed and rounded
 * to a tenth of a pixel exactly as satori would have written it: the drawn card is the same,
 * without satori writing, and the rasteriser reading back, 130 KB of path data per card.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { Font } from './share-image-fonts.ts';

interface HbFont {
  glyphToPath(glyph: number): string;
  setScale(x: number, y: number): void;
}
interface HbGlyph {
  g: number;
  cl: number;
  ax: number;
  dx: number;
  dy: number;
}
interface Hb {
  createBlob(data: Uint8Array): { destroy(): void };
  createFace(blob: unknown, index: number): { upem: number; destroy(): void };
  createFont(face: unknown): HbFont;
  createBuffer(): {
    addText(text: string): void;
    guessSegmentProperties(): void;
    json(): HbGlyph[];
    destroy(): void;
  };
  shape(font: HbFont, buffer: unknown): void;
}

/** A WOFF 1.0 file as the plain OpenType font HarfBuzz reads (tables inflated, same order). */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const data = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (data.readUInt32BE(0) !== 0x774f4646) return woff; // not "wOFF": already plain
  const count = data.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const [offset, compressed, length] = [
      data.readUInt32BE(at + 4),
      data.readUInt32BE(at + 8),
      data.readUInt32BE(at + 12),
    ];
    const stored = data.subarray(offset, offset + compressed);
    return {
      tag: data.readUInt32BE(at),
      checksum: data.readUInt32BE(at + 16),
      body: compressed < length ? inflateSync(stored) : stored,
    };
  });
  const header = 12 + 16 * count;
  const size = tables.reduce((sum, t) => sum + ((t.body.length + 3) & ~3), header);
  const out = Buffer.alloc(size);
  const power = 2 ** Math.floor(Math.log2(count));
  out.writeUInt32BE(data.readUInt32BE(4), 0); // flavour
  out.writeUInt16BE(count, 4);
  out.writeUInt16BE(power * 16, 6);
  out.writeUInt16BE(Math.log2(power), 8);
  out.writeUInt16BE(count * 16 - power * 16, 10);
  let offset = header;
  tables.forEach((t, i) => {
    out.writeUInt32BE(t.tag, 12 + i * 16);
    out.writeUInt32BE(t.checksum, 16 + i * 16);
    out.writeUInt32BE(offset, 20 + i * 16);
    out.writeUInt32BE(t.body.length, 24 + i * 16);
    out.set(t.body, offset);
    offset += (t.body.length + 3) & ~3;
  });
  return out;
}

/** A loaded face: HarfBuzz's font, its units per em, and caches of shaped words and outlines. */
interface Face {
  /** The HarfBuzz instance that made `font`, which shapes with it. */
  hb: Hb;
  font: HbFont;
  upem: number;
  words: Map<string, HbGlyph[]>;
  outlines: Map<number, number[]>;
  /** hhea ascender and descender in font units, as satori's font reader (opentype.js) reads them. */
  ascender: number;
  descender: number;
}

let hb: Hb | undefined;
const faces = new Map<string, Face>();
// Per face: kickers, footers and report names recur across cards, titles rarely; a bound keeps
// the cache to a few MB per worker in a 10,000-card build.
const WORDS_KEPT = 2_000;

const key = (family: string, weight: number) => `${family.toLowerCase()} ${weight}`;

/** Loads the faces (satori's family names lower-cased, as it writes them in `font-family`). */
export async function loadFaces(fonts: Font[]): Promise<void> {
  // Required, not imported: the package's export is a promise, which bundlers' interop wraps.
  hb ??= await (createRequire(join(process.cwd(), 'package.json'))('harfbuzzjs') as Promise<Hb>);
  for (const f of fonts) {
    const k = key(f.name, f.weight);
    if (faces.has(k)) continue;
    const sfnt = woffToSfnt(f.data);
    const blob = hb.createBlob(sfnt);
    const face = hb.createFace(blob, 0);
    const font = hb.createFont(face);
    const upem = face.upem;
    font.setScale(upem, upem);
    face.destroy();
    blob.destroy();
    const [ascender, descender] = hhea(sfnt);
    faces.set(k, { hb, font, upem, words: new Map(), outlines: new Map(), ascender, descender });
  }
}

/** The ascender and descender of a plain OpenType font's hhea table. */
function hhea(sfnt: Uint8Array): [number, number] {
  const data = Buffer.from(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  for (let i = 0; i < data.readUInt16BE(4); i++) {
    if (data.readUInt32BE(12 + i * 16) !== 0x68686561) continue; // "hhea"
    const at = data.readUInt32BE(20 + i * 16);
    return [data.readInt16BE(at + 4), data.readInt16BE(at + 6)];
  }
  throw new Error('font without an hhea table');
}

function shape(face: Face, text: string): HbGlyph[] {
  let glyphs = face.words.get(text);
  if (!glyphs) {
    const buffer = face.hb.createBuffer();
    try {
      buffer.addText(text);
      buffer.guessSegmentProperties();
      face.hb.shape(face.font, buffer);
      glyphs = buffer.json();
    } finally {
      buffer.destroy();
    }
    if (face.words.size >= WORDS_KEPT) face.words.clear();
    face.words.set(text, glyphs);
  }
  return glyphs;
}

/**
 * A glyph's outline in font units (y up) as commands: 0 x y (move), 1 x y (line), 2 cx cy x y
 * (quadratic), 3 cx1 cy1 cx2 cy2 x y (cubic), 4 (close).
 */
function outline(face: Face, glyph: number): number[] {
  let commands = face.outlines.get(glyph);
  if (!commands) {
    commands = [];
    for (const m of face.font.glyphToPath(glyph).matchAll(/([MLQCZ])([^MLQCZ]*)/g)) {
      const numbers = (m[2] ?? '').split(/[ ,]+/).filter(Boolean).map(Number);
      commands.push('MLQCZ'.indexOf(m[1] ?? ''), ...numbers);
    }
    face.outlines.set(glyph, commands);
  }
  return commands;
}

/** satori's rounding of path coordinates: to a tenth, halves away from zero. */
const tenth = (v: number) => (v < 0 ? -Math.round(-v * 10) : Math.round(v * 10)) / 10;

export interface TextRun {
  text: string;
  x: number;
  y: number;
  size: number;
  family: string;
  weight: number;
  letterSpacing: number;
}

export type Segments = (out: number[], x0: number, y0: number, x1: number, y1: number, x2: number, y2: number) => void;

/** A face as `textGlyphs` hands it out: opaque but for identity (a key of the glyph cache). */
export type GlyphFace = Face;

/** One glyph of a word, placed as satori places it: its pen position before rounding. */
export type GlyphVisit = (face: GlyphFace, glyph: number, scale: number, left: number, base: number) => boolean;

/**
 * Visits the word's glyphs, placed as satori places them. False when no loaded face has this
 * family and weight, or `visit` refuses a glyph.
 */
export function textGlyphs(run: TextRun, visit: GlyphVisit): boolean {
  const face = faces.get(key(run.family, run.weight));
  if (!face) return false;
  const scale = run.size / face.upem;
  const glyphs = shape(face, run.text);
  let pen = run.x;
  for (const [i, g] of glyphs.entries()) {
    if (!visit(face, g.g, scale, pen + g.dx * scale, run.y + g.dy * scale)) return false;
    pen += g.ax * scale;
    if (glyphs[i + 1]?.cl !== g.cl) pen += run.letterSpacing;
  }
  return true;
}

/** A glyph's extent in font units (y up, control points included): x0 y0 x1 y1. */
export function glyphBounds(face: GlyphFace, glyph: number): [number, number, number, number] {
  const c = outline(face, glyph);
  const widths = [0, 2, 4, 6, 0]; // numbers after each command
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let j = 0; j < c.length;) {
    const n = widths[c[j] ?? 0] ?? 0;
    for (let k = j + 1; k < j + 1 + n; k += 2) {
      const [x, y] = [c[k] ?? 0, c[k + 1] ?? 0];
      [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
    }
    j += 1 + n;
  }
  return x0 <= x1 ? [x0, y0, x1, y1] : [0, 0, 0, 0];
}

/**
 * Appends one glyph's outline at pen position (left, base), each point rounded to a tenth of a
 * pixel as satori writes it, as line segments to `out` (curves through `quadratic`). False for a
 * cubic curve (which satori's fonts here do not have).
 */
export function glyphOutline(
  out: number[],
  face: GlyphFace,
  glyph: number,
  scale: number,
  left: number,
  base: number,
  quadratic: Segments,
): boolean {
  const c = outline(face, glyph);
  let sx = 0;
  let sy = 0;
  let cx = 0;
  let cy = 0;
  let open = false;
  for (let j = 0; j < c.length;) {
    const op = c[j] ?? -1;
    if (op === 0) {
      if (open && (cx !== sx || cy !== sy)) out.push(cx, cy, sx, sy);
      sx = cx = tenth(left + (c[j + 1] ?? 0) * scale);
      sy = cy = tenth(base - (c[j + 2] ?? 0) * scale);
      open = true;
      j += 3;
    } else if (op === 1) {
      const x = tenth(left + (c[j + 1] ?? 0) * scale);
      const y = tenth(base - (c[j + 2] ?? 0) * scale);
      out.push(cx, cy, x, y);
      cx = x;
      cy = y;
      j += 3;
    } else if (op === 2) {
      const x = tenth(left + (c[j + 3] ?? 0) * scale);
      const y = tenth(base - (c[j + 4] ?? 0) * scale);
      quadratic(out, cx, cy, tenth(left + (c[j + 1] ?? 0) * scale), tenth(base - (c[j + 2] ?? 0) * scale), x, y);
      cx = x;
      cy = y;
      j += 5;
    } else if (op === 4) {
      if (cx !== sx || cy !== sy) out.push(cx, cy, sx, sy);
      cx = sx;
      cy = sy;
      open = false;
      j += 1;
    } else return false;
  }
  if (open && (cx !== sx || cy !== sy)) out.push(cx, cy, sx, sy);
  return true;
}

/**
 * Appends the word's glyph outlines, placed as satori places them, as line segments to `out`
 * (curves through `quadratic`). False when no loaded face has this family and weight, or a glyph
 * has a cubic curve.
 */
export function textOutline(out: number[], run: TextRun, quadratic: Segments): boolean {
  return textGlyphs(run, (face, glyph, scale, left, base) =>
    glyphOutline(out, face, glyph, scale, left, base, quadratic),
  );
}

/** A loaded face's metrics for layout: units per em, hhea ascender and descender. */
export function faceMetrics(
  family: string,
  weight: number,
): { upem: number; ascender: number; descender: number } | undefined {
  return faces.get(key(family, weight));
}

/**
 * The advance of `text` in one face, computed as satori's font engine measures it: HarfBuzz's
 * advances summed in font units, scaled once, plus the letter spacing after every cluster.
 * Undefined when no loaded face has this family and weight, or it lacks a glyph of `text` (satori
 * then measures the character in another face).
 */
export function measureText(
  family: string,
  weight: number,
  text: string,
  size: number,
  letterSpacing: number,
): number | undefined {
  const face = faces.get(key(family, weight));
  if (!face) return undefined;
  const glyphs = shape(face, text);
  let units = 0;
  let clusters = 0;
  for (const [i, g] of glyphs.entries()) {
    if (g.g === 0) return undefined;
    units += g.ax;
    if (glyphs[i + 1]?.cl !== g.cl) clusters++;
  }
  return (units / face.upem) * size + letterSpacing * clusters;
}
