/**
 * Characters that change how text reads without being seen: bidirectional controls (a U+202E in a
 * title reverses it, and the page chrome around it), C0 and C1 controls, zero-width and other
 * invisible format characters. Content refuses them in every text field and Markdown body. Joiners
 * (U+200C, U+200D) stay allowed: scripts such as Persian and emoji sequences need them. Pure.
 */

/** Names for the message, so an editor can find the character their editor does not show. */
const NAMES: Record<number, string> = {
  0x061c: 'ARABIC LETTER MARK',
  0x200b: 'ZERO WIDTH SPACE',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (BOM)',
};

// C0 controls but tab and line feed; DEL and C1; Arabic letter mark; zero-width space; LRM, RLM;
// line and paragraph separators; embeddings and overrides; word joiner, invisible operators and
// isolates and the deprecated format controls; BOM; interlinear annotation; tag characters.
const INVISIBLE =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u180E\u200B\u200E\u200F\u2028-\u202E\u2060-\u206F\uFEFF\uFFF9-\uFFFB]|[\u{E0000}-\u{E007F}]/u;

export interface InvisibleChar {
  /** 0-based index in the string. */
  index: number;
  /** `U+202E RIGHT-TO-LEFT OVERRIDE`. */
  description: string;
}

/** The first invisible or control character in `text`, if any. */
export function findInvisible(text: string): InvisibleChar | undefined {
  const match = INVISIBLE.exec(text);
  if (!match) return undefined;
  const code = match[0].codePointAt(0) ?? 0;
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  const name = NAMES[code] ?? (code < 0xa0 ? 'CONTROL CHARACTER' : 'INVISIBLE FORMAT CHARACTER');
  return { index: match.index, description: `U+${hex} ${name}` };
}

/** The message content errors give for it. */
export function invisibleMessage(found: InvisibleChar): string {
  return `contains an invisible control character, ${found.description}, at character ${found.index + 1}: delete it (it can reorder or hide the text around it)`;
}
