/**
 * Finds the passages of plain text that stand inside quotation marks: “double”, ‘single’ and
 * straight "double" or 'single' marks (SmartyPants curls straight marks on the page, so a reader
 * sees them as quotation marks too). Pure: used by the prose check of `verify:sources` and by the
 * hedge check, which reads the words a note quotes.
 *
 * The single closing mark ’ is also the apostrophe. It is read as an apostrophe when it stands
 * between two letters or digits (Russia’s, isn’t), and when no single quotation is open (the
 * reports’ view, ’90s); otherwise it closes the open single quotation. An opening single mark ‘
 * right after a letter or digit is an apostrophe too. Straight ' follows the same rules.
 */

/** One quoted passage: its words without the marks, and where they start and end in the text. */
export interface QuotedPassage {
  text: string;
  /** Offset of the first character inside the opening mark. */
  start: number;
  /** Offset just past the last character before the closing mark (or the end of the text). */
  end: number;
  /** True when the text ends before the closing mark: a typo the checks report. */
  unclosed: boolean;
}

type Kind = 'double' | 'single' | 'straight-double' | 'straight-single';

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * The outermost quoted passages of `text`, in order. A quotation nested inside another
 * (“… ‘game changing’ …”) is part of the outer passage and is not returned on its own.
 */
export function quotedPassages(text: string): QuotedPassage[] {
  const passages: QuotedPassage[] = [];
  const open: { kind: Kind; start: number }[] = [];

  const close = (kind: Kind, at: number): boolean => {
    const index = open.findLastIndex((o) => o.kind === kind);
    if (index < 0) return false;
    // Anything opened inside and never closed was not a quotation after all (a stray mark).
    const [outer] = open.splice(index);
    if (outer && open.length === 0) {
      passages.push({ text: text.slice(outer.start, at), start: outer.start, end: at, unclosed: false });
    }
    return true;
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const before = text[i - 1];
    const after = text[i + 1];
    const between = isWordChar(before) && isWordChar(after);
    if (c === '\u201C') open.push({ kind: 'double', start: i + 1 });
    else if (c === '\u201D') close('double', i);
    else if (c === '"') {
      if (!close('straight-double', i)) open.push({ kind: 'straight-double', start: i + 1 });
    } else if (c === '\u2018') {
      if (!isWordChar(before)) open.push({ kind: 'single', start: i + 1 });
    } else if (c === '\u2019') {
      if (!between) close('single', i);
    } else if (c === "'") {
      if (between) continue;
      // Opens only where a quotation can start: not after a letter, and before a word.
      if (!close('straight-single', i) && !isWordChar(before) && after !== undefined && !/\s/.test(after)) {
        open.push({ kind: 'straight-single', start: i + 1 });
      }
    }
  }
  const [outer] = open;
  if (outer) passages.push({ text: text.slice(outer.start), start: outer.start, end: text.length, unclosed: true });
  return passages;
}

/** `text` without its quoted passages (each replaced by a space): our own words around them. */
export function unquotedText(text: string): string {
  let rest = '';
  let from = 0;
  for (const p of quotedPassages(text)) {
    rest += `${text.slice(from, Math.max(from, p.start - 1))} `;
    from = p.unclosed ? text.length : p.end + 1;
  }
  return rest + text.slice(from);
}
