/**
 * The fonts share images are drawn with, all from npm `@fontsource/*` packages (no network fonts):
 * the site's two faces for Latin text, and fallbacks for everything else, loaded only when a card
 * needs them. Each package lists its subset files' Unicode ranges in `unicode.json`, so a
 * character outside Latin loads just the one subset file that holds it: the same face's Cyrillic,
 * Greek or Vietnamese subset first, then Noto Emoji, Noto Sans SC (Chinese, Japanese kana, arrows
 * and other symbols), Noto Sans Arabic. `uncovered` names the characters none of them can draw.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export interface Font {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

interface Subset {
  /** "cyrillic", or "12" for a numbered slice of a large face. */
  key: string;
  ranges: [number, number][];
}

/**
 * Faces in the order a missing character is looked for. A subset is loaded as "<name> <subset>"
 * (satori keeps one font per name and weight); `family` lists the site faces' subset names, so
 * that a Sans line finds Inter's Cyrillic before Source Serif's.
 */
const FALLBACKS: { pkg: string; name: string }[] = [
  { pkg: 'source-serif-4', name: 'Serif' },
  { pkg: 'inter', name: 'Sans' },
  // Emoji before the CJK face, whose ranges also list emoji it draws poorly; the CJK face before
  // the Arabic one, whose "math" subset lists arrows and symbols (→) it has no glyphs for.
  { pkg: 'noto-emoji', name: 'Noto' },
  { pkg: 'noto-sans-sc', name: 'Noto' },
  { pkg: 'noto-sans-arabic', name: 'Noto' },
];

// Resolve from the project root: these modules may run from a bundled chunk elsewhere.
const require = createRequire(join(process.cwd(), 'package.json'));
const fontFile = (pkg: string, file: string) => readFileSync(require.resolve(`@fontsource/${pkg}/files/${file}`));

/** The faces every card uses (Latin subsets only: most cards need nothing else). */
export function baseFonts(): Font[] {
  return [
    {
      name: 'Serif',
      data: fontFile('source-serif-4', 'source-serif-4-latin-700-normal.woff'),
      weight: 700,
      style: 'normal',
    },
    { name: 'Sans', data: fontFile('inter', 'inter-latin-400-normal.woff'), weight: 400, style: 'normal' },
    { name: 'Sans', data: fontFile('inter', 'inter-latin-700-normal.woff'), weight: 700, style: 'normal' },
  ];
}

/** "U+1f1e6-1f1ff,U+200d" → [[0x1f1e6, 0x1f1ff], [0x200d, 0x200d]] */
function parseRanges(text: string): [number, number][] {
  return text.split(',').map((part) => {
    const [from = '0', to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from, 16), parseInt(to, 16)];
  });
}

let subsets: { pkg: string; name: string; subsets: Subset[] }[] | undefined;

function allSubsets() {
  subsets ??= FALLBACKS.map(({ pkg, name }) => {
    const table = JSON.parse(readFileSync(require.resolve(`@fontsource/${pkg}/unicode.json`), 'utf8')) as Record<
      string,
      string
    >;
    return {
      pkg,
      name,
      // Keys are subset names ("cyrillic") or numbered slices ("[12]") of a large face.
      subsets: Object.entries(table).map(([key, ranges]) => ({
        key: key.replace(/^\[(\d+)\]$/, '$1'),
        ranges: parseRanges(ranges),
      })),
    };
  });
  return subsets;
}

const inRanges = (code: number, ranges: [number, number][]) => ranges.some(([a, b]) => code >= a && code <= b);

interface Found {
  pkg: string;
  name: string;
  file: string;
}

/** A site face's name followed by its subsets' names: a `fontFamily` list for satori. */
export function family(name: 'Serif' | 'Sans'): string[] {
  const face = allSubsets().find((f) => f.name === name);
  return [name, ...(face?.subsets ?? []).filter((s) => s.key !== 'latin').map((s) => `${name} ${s.key}`)];
}

/**
 * The subset files holding a character: each of the site's faces that has it (so a Sans line
 * stays Sans and a Serif title stays Serif), else the first Noto face that has it; empty if none.
 */
function subsetsFor(code: number): Found[] {
  const found: Found[] = [];
  for (const face of allSubsets()) {
    if (face.name === 'Noto' && found.length > 0) break;
    const subset = face.subsets.find((s) => inRanges(code, s.ranges));
    if (subset) found.push({ pkg: face.pkg, name: `${face.name} ${subset.key}`, file: `${face.pkg}-${subset.key}` });
    if (subset && face.name === 'Noto') break;
  }
  return found;
}

const loaded = new Map<string, Font[]>();

/** Both weights of the subsets holding these characters (each file read once per thread). */
export function fallbackFonts(text: string): Font[] {
  const fonts: Font[] = [];
  const seen = new Set<string>();
  for (const char of text) {
    for (const subset of subsetsFor(char.codePointAt(0) ?? 0)) {
      if (seen.has(subset.file)) continue;
      seen.add(subset.file);
      let pair = loaded.get(subset.file);
      if (!pair) {
        pair = ([400, 700] as const).flatMap((weight) => {
          try {
            const data = fontFile(subset.pkg, `${subset.file}-${weight}-normal.woff`);
            return [{ name: subset.name, data, weight, style: 'normal' as const }];
          } catch {
            return []; // Some faces ship one weight only.
          }
        });
        loaded.set(subset.file, pair);
      }
      fonts.push(...pair);
    }
  }
  return fonts;
}

// Joiners, variation selectors and tag characters shape emoji sequences; they draw nothing alone.
const INVISIBLE = /[\s\u200b-\u200f\u2060\ufe00-\ufe0f\u{e0000}-\u{e007f}]/u;

let latin: [number, number][] | undefined;

/** True when some character of `text` is outside the Latin subsets every card loads. */
export function needsFallback(text: string): boolean {
  latin ??= allSubsets()
    .filter((face) => face.name === 'Serif' || face.name === 'Sans')
    .map((face) => face.subsets.find((s) => s.key === 'latin')?.ranges ?? [])
    // A character must be in both faces' Latin subsets: a card sets text in each.
    .reduce((a, b) => a.filter(([from, to]) => b.some(([x, y]) => from >= x && to <= y)));
  const ranges = latin;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (!(code >= 0x20 && code < 0x7f) && !inRanges(code, ranges)) return true;
  }
  return false;
}

const drawable = new Map<number, boolean>();

/** Characters of `text` that no bundled face can draw (they would come out as empty boxes). */
/**
 * Emoji written as a sequence (a flag's two regional indicators, a skin tone, a keycap, a ZWJ
 * family): the emoji font's pieces sit in separate subset files, so satori cannot combine them and
 * draws each piece apart or as a box. Named at build like characters no font draws.
 */
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const JOINS = /[\u200d\u20e3\u{1f3fb}-\u{1f3ff}]|\p{Regional_Indicator}{2}/u;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

export function emojiSequences(text: string): string[] {
  // Every sequence holds a joiner, keycap, skin tone or flag pair: most card text has none, and
  // splitting it into graphemes only to find that was a second of a 250-story build.
  if (!JOINS.test(text)) return [];
  const found = new Set<string>();
  for (const { segment } of graphemes.segment(text)) {
    if (EMOJI.test(segment) && JOINS.test(segment)) found.add(segment);
  }
  return [...found];
}

export function uncovered(text: string): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    // Printable ASCII is in every face's Latin subset; the rest is looked up once per character.
    if ((code >= 0x20 && code < 0x7f) || INVISIBLE.test(char)) continue;
    let ok = drawable.get(code);
    if (ok === undefined) drawable.set(code, (ok = subsetsFor(code).length > 0));
    if (!ok) missing.add(char);
  }
  return [...missing];
}
