/**
 * Lays out a base-font share card without satori: the fixed card template of
 * `share-image-draw.ts` (`layout()`), computed the way satori 0.63 computes it (its text flow in
 * `src/text/index.ts`, its font engine's measure, height and baseline in `src/font.ts`), and
 * handed to the rasteriser as the same fills it builds from satori's SVG. satori's element walk
 * and style resolution, most of a card's layout time, are skipped.
 *
 * Only the common case is laid out here; anything else returns undefined and the card goes to
 * satori: text that does not fit the card, a word wider than its box, a required line break, an
 * empty line, characters outside the base fonts (the caller checks `needsFallback`).
 * `tests/unit/share-image-layout.test.ts` holds every card of the site and hundreds of the
 * benchmark corpus to satori's fills, number for number.
 */
import LineBreaker from 'linebreak';
import { SITE_NAME } from '../model/labels.ts';
import type { ShareCard } from '../model/share-cards.ts';
import { shareImageColours } from '../model/tokens.ts';
import { CardFills, type Fill } from './share-image-raster.ts';
import { faceMetrics, measureText } from './share-image-text.ts';

export const WIDTH = 1200;
export const HEIGHT = 630;
// Satori sizes boxes content-box: padding adds to width and height.
export const PAD_X = 64;
export const PAD_Y = 48;
export const RULE = 16;
export const INNER = WIDTH - 2 * PAD_X;
/** Between the title and each line under it. */
export const GAP = 16;
/** The footer's width leaves this much to the site's name in the corner. */
export const CORNER_WIDTH = 200;

/** Long titles get a smaller size so they fit in the card. */
export function titleSize(title: string): number {
  if (title.length <= 60) return 60;
  if (title.length <= 120) return 48;
  if (title.length <= 200) return 38;
  return 30;
}

/** A text box's type, as `layout()` in share-image-draw.ts gives it to satori. */
export interface Style {
  family: 'Sans' | 'Serif';
  weight: 400 | 700;
  size: number;
  letterSpacing: number;
  /** A multiple of the size, or the font's own (ascender − descender). */
  lineHeight?: number;
  uppercase?: boolean;
}

/** A piece of text as satori places it: x from its box's left, on line `line`. */
interface Piece {
  text: string;
  x: number;
  line: number;
}

interface Flowed {
  pieces: Piece[];
  lines: number;
  /** One line's height, rounded as satori rounds it, and its baseline from the line's top. */
  lineHeight: number;
  baseline: number;
  /** The widest line (as satori's max-content width when the text is one line). */
  width: number;
}

const words = new Intl.Segmenter(undefined, { granularity: 'word' });

/** satori's word segments: Intl's, with a no-break space joining the words either side. */
function wordSegments(text: string): string[] {
  const segmented = [...words.segment(text)].map((s) => s.segment);
  const out: string[] = [];
  for (let i = 0; i < segmented.length;) {
    const s = segmented[i] ?? '';
    if (s === '\u00a0') {
      const previous = i === 0 ? '' : (out.pop() ?? '');
      const next = i === segmented.length - 1 ? '' : (segmented[i + 1] ?? '');
      out.push(previous + '\u00a0' + next);
      i += 2;
    } else {
      out.push(s);
      i++;
    }
  }
  return out;
}

/**
 * Flows `content` into lines `width` wide as satori does (white space collapsed, break
 * opportunities of UAX #14, a word that does not fit starting a line), or undefined where this
 * does not follow satori.
 */
function flow(content: string, style: Style, width: number): Flowed | undefined {
  const metrics = faceMetrics(style.family, style.weight);
  if (!metrics) return undefined;
  const { size, letterSpacing } = style;
  const measure = (text: string) => measureText(style.family, style.weight, text, size, letterSpacing) ?? NaN;
  if (style.uppercase) content = content.toLocaleUpperCase(undefined);
  content = content
    .replace(/\n/g, ' ')
    .replace(/([ ]|\t)+/g, ' ')
    .replace(/^[ ]|[ ]$/g, '');
  if (content === '') return undefined;

  // satori's font engine: ascender and descender scaled, the line height `normal` or a multiple.
  const ascender = (metrics.ascender / metrics.upem) * size;
  const descender = (metrics.descender / metrics.upem) * size;
  const height =
    style.lineHeight === undefined ? ascender - descender + (0 / metrics.upem) * size : size * style.lineHeight;
  const baseline = Math.round(ascender) + Math.floor((height - Math.round(ascender) - Math.round(-descender)) / 2);
  const lineHeight = Math.round(height);

  const breaker = new LineBreaker(content);
  const segments: string[] = [];
  let last = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    // A required break (a line or paragraph separator) starts a line: left to satori.
    if (bk.required && bk.position < content.length) return undefined;
    segments.push(content.slice(last, bk.position));
    last = bk.position;
  }

  const pieces: Piece[] = [];
  let lines = 0;
  let top = 0;
  let currentWidth = 0;
  let currentLineHeight = 0;
  let maxWidth = 0;
  for (const [i, word] of segments.entries()) {
    const w = measure(word);
    const trimmed = word.trimEnd();
    const endingSpaces = trimmed === word ? w - w : w - measure(trimmed);
    // A glyph missing from the face, a word satori would break, or a lone space (which it measures
    // as nothing): left to satori.
    if (!Number.isFinite(w) || w > width || word === ' ') return undefined;
    const wraps = i > 0 && currentWidth + w > width - 0 + endingSpaces;
    if (wraps) {
      lines++;
      top += currentLineHeight;
      currentWidth = w;
      currentLineHeight = lineHeight;
      maxWidth = Math.max(maxWidth, width);
    } else {
      currentWidth += w;
      if (lineHeight > currentLineHeight) currentLineHeight = lineHeight;
    }
    maxWidth = Math.max(maxWidth, currentWidth + 0);
    let x = currentWidth - w;
    for (const text of wordSegments(word)) {
      pieces.push({ text, x, line: lines });
      x += measure(text);
    }
  }
  if (currentWidth) {
    top += currentLineHeight;
    lines++;
  }
  if (top !== lines * lineHeight) return undefined;
  return { pieces, lines, lineHeight, baseline, width: maxWidth };
}

const hex = (colour: string): number | undefined =>
  /^#[0-9a-f]{6}$/i.test(colour) ? parseInt(colour.slice(1), 16) : undefined;

/** A flowed text box's words, at (left, top) of the card, as satori writes them. */
function place(out: CardFills, flowed: Flowed, style: Style, colour: number, left: number, top: number): boolean {
  for (const piece of flowed.pieces) {
    const y = top + (piece.line * flowed.lineHeight + (flowed.baseline + 0));
    out.word(
      {
        text: piece.text,
        x: left + piece.x,
        y,
        size: style.size,
        family: style.family,
        weight: style.weight,
        letterSpacing: style.letterSpacing,
      },
      colour,
    );
  }
  return out.endBox();
}

export const KICKER: Style = { family: 'Sans', weight: 700, size: 26, letterSpacing: 2, uppercase: true };
export const LINE: Style = { family: 'Sans', weight: 400, size: 28, letterSpacing: 0 };
export const FOOTER: Style = { family: 'Sans', weight: 400, size: 24, letterSpacing: 0 };
export const CORNER: Style = { family: 'Sans', weight: 700, size: 24, letterSpacing: 0 };
export const titleStyle = (title: string): Style => ({
  family: 'Serif',
  weight: 700,
  size: titleSize(title),
  letterSpacing: 0,
  lineHeight: 1.2,
});

/**
 * The card's fills as `parseCardSvg` reads them from satori's SVG of `layout(card)`, or undefined
 * where this layout does not follow satori's. The base faces must be loaded (`loadFaces`).
 */
export function layoutCardFills(card: ShareCard): Fill[] | undefined {
  const colours = {
    background: hex(shareImageColours.background),
    ink: hex(shareImageColours.ink),
    muted: hex(shareImageColours.muted),
    lines: hex(shareImageColours.lines),
  };
  const { background, ink, muted, lines: lineColour } = colours;
  if (background === undefined || ink === undefined || muted === undefined || lineColour === undefined) {
    return undefined;
  }
  const inner = INNER;
  const left = PAD_X;
  const contentTop = RULE + PAD_Y;
  const contentHeight = HEIGHT - 2 * PAD_Y - RULE;
  const titleType = titleStyle(card.title);

  const kicker = flow(card.kicker, KICKER, inner);
  const title = flow(card.title, titleType, inner);
  const lines = card.lines.map((line) => flow(line, LINE, inner));
  const corner = flow(SITE_NAME, CORNER, inner);
  const footer = card.footer === '' ? undefined : flow(card.footer, FOOTER, inner - CORNER_WIDTH);
  if (kicker?.lines !== 1 || !title || corner?.lines !== 1) return undefined;
  if (card.footer !== '' && !footer) return undefined;
  const drawnLines = lines.filter((l): l is Flowed => l !== undefined);
  if (drawnLines.length !== lines.length) return undefined;

  const height = (f: Flowed) => f.lines * f.lineHeight;
  const kickerHeight = height(kicker);
  const middleHeight = drawnLines.reduce((sum, l) => sum + GAP + height(l), height(title));
  const footerHeight = Math.max(footer ? height(footer) : 0, height(corner));
  const free = contentHeight - kickerHeight - middleHeight - footerHeight;
  // Text taller than the card: satori shrinks boxes, which is not followed here.
  if (free < 0) return undefined;
  const middleTop = Math.round(contentTop + kickerHeight + free / 2);
  const footerTop = contentTop + contentHeight - footerHeight;

  const out = new CardFills();
  out.rect(background, [0, 0, WIDTH, HEIGHT]);
  out.rect(ink, [0, 0, WIDTH, RULE]);
  let drawn = place(out, kicker, KICKER, muted, left, contentTop);
  drawn &&= place(out, title, titleType, ink, left, middleTop);
  let top = middleTop + height(title);
  for (const line of drawnLines) {
    top += GAP;
    drawn &&= place(out, line, LINE, lineColour, left, top);
    top += height(line);
  }
  if (footer) drawn &&= place(out, footer, FOOTER, muted, left, footerTop);
  // The site's name is as wide as its text, rounded up, at the right of the footer's row.
  drawn &&= place(out, corner, CORNER, ink, left + inner - Math.ceil(corner.width), footerTop);
  return drawn ? out.fills : undefined;
}
