/**
 * The shapes the pictures draw, as SVG path data on a 16×16 box. Shape carries the meaning and
 * colour only repeats it (the editorial rule: never colour alone), so every shape differs.
 */
import type { Stance } from '../../schemas/index.ts';

/** How one report treats one claim; `silent` when it does not mention it. */
export type CellStance = Stance | 'silent';
export const CELL_STANCES: readonly CellStance[] = ['asserts', 'attributes', 'hedges', 'contradicts', 'silent'];

/** One part of a glyph: a filled area or a stroked line. */
export interface GlyphPart {
  d: string;
  paint: 'fill' | 'stroke';
  /** A stroke drawn dashed. */
  dashed?: boolean;
}

export const stanceGlyph: Record<CellStance, readonly GlyphPart[]> = {
  // A full disc: the report says it in its own voice.
  asserts: [{ d: 'M8 2a6 6 0 1 1 0 12A6 6 0 1 1 8 2z', paint: 'fill' }],
  // A speech bubble: the report says someone else said it.
  attributes: [
    {
      d: 'M3 2.5h10a1.5 1.5 0 0 1 1.5 1.5v6a1.5 1.5 0 0 1-1.5 1.5H8.5L5 14.5v-3H3A1.5 1.5 0 0 1 1.5 10V4A1.5 1.5 0 0 1 3 2.5z',
      paint: 'fill',
    },
  ],
  // A half disc: the report says it with reservations.
  hedges: [
    { d: 'M8 2.5a5.5 5.5 0 1 1 0 11a5.5 5.5 0 1 1 0-11z', paint: 'stroke' },
    { d: 'M8 2.5a5.5 5.5 0 0 0 0 11z', paint: 'fill' },
  ],
  // A cross: the report says otherwise.
  contradicts: [{ d: 'M3.5 3.5l9 9M12.5 3.5l-9 9', paint: 'stroke' }],
  // A short dash: nothing said.
  silent: [{ d: 'M5 8h6', paint: 'stroke' }],
};

/** Provenance links, on a wider 24×16 box: solid where words are cited directly, dashed through an intermediary. */
const arrowHead: GlyphPart = { d: 'M18 4.5L21.5 8L18 11.5', paint: 'stroke' };
export const linkGlyph: Record<'direct' | 'relayed', readonly GlyphPart[]> = {
  direct: [{ d: 'M1.5 8h19', paint: 'stroke' }, arrowHead],
  relayed: [{ d: 'M1.5 8h19', paint: 'stroke', dashed: true }, arrowHead],
};

export type DateSource = 'stated' | 'outside-context';

/** Timeline markers: a solid disc for a date a report states, a hollow diamond for one from outside. */
export const dateGlyph: Record<DateSource, readonly GlyphPart[]> = {
  stated: [{ d: 'M8 2a6 6 0 1 1 0 12A6 6 0 1 1 8 2z', paint: 'fill' }],
  'outside-context': [{ d: 'M8 1.5L14.5 8L8 14.5L1.5 8z', paint: 'stroke' }],
};
