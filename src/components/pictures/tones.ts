/**
 * Colour classes for the pictures' glyphs, as whole class names so Tailwind finds them. Colour
 * only repeats what the shape says; the tokens are redefined by a dark theme, so nothing is hard-coded.
 */
import type { Agreement } from '../../model/classify';
import type { CellStance, DateSource } from '../../model/pictures/glyphs';

export const stanceTone: Record<CellStance, string> = {
  asserts: 'text-shared',
  attributes: 'text-accent',
  hedges: 'text-outside',
  contradicts: 'text-conflicting',
  silent: 'text-muted',
};

export const agreementTone: Record<Agreement, string> = {
  shared: 'border-shared bg-shared-soft text-shared',
  conflicting: 'border-conflicting bg-conflicting-soft text-conflicting',
  single: 'border-single bg-single-soft text-single',
};

/** The coverage bar's segments. */
export const agreementFill: Record<Agreement, string> = {
  shared: 'fill-shared',
  conflicting: 'fill-conflicting',
  single: 'fill-single',
};

export const dateTone: Record<DateSource, string> = {
  stated: 'text-ink',
  'outside-context': 'text-outside',
};

/** The timeline list's note on where a date comes from: one from outside the reports stands out. */
export const dateNoteTone: Record<DateSource, string> = {
  stated: 'text-muted',
  'outside-context': 'font-semibold text-outside',
};
