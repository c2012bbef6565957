/**
 * Splits an archived report into paragraphs, quoted passages and sentences, all as offsets into the
 * archive's own text, so anything built on them is verbatim by construction.
 */

/** A stretch of the archive: `text === archive.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

export interface QuoteSpan extends Span {
  /** Offsets of the quote marks themselves: `open` is the opening mark, `close` the closing one. */
  open: number;
  close: number;
  marks: 'double' | 'single';
  /** Index (in the returned list) of the quote this one sits inside, for nested quotes. */
  parent?: number;
  paragraph: number;
}

/**
 * Paragraphs: blank-line separated when the archive has blank lines (hard-wrapped text, so a quote
 * may run across a line break), one per line otherwise.
 */
export function paragraphsOf(archive: string): Span[] {
  const separator = /\n[ \t]*\n/.test(archive) ? /\n[ \t]*\n\s*/g : /\n\s*/g;
  const spans: Span[] = [];
  let start = 0;
  for (const match of archive.matchAll(separator)) {
    spans.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  spans.push({ start, end: archive.length });
  return spans.map(trim(archive)).filter((s) => s.end > s.start);
}

const trim = (archive: string) => (span: Span) => {
  let { start, end } = span;
  while (start < end && /\s/.test(archive[start] ?? '')) start++;
  while (end > start && /\s/.test(archive[end - 1] ?? '')) end--;
  return { start, end };
};

const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const OPENERS_BEFORE = /[\s([{“"‘'—–-]/;

/**
 * Every quoted passage: curly and straight, double and single marks, nested ones linked to the
 * quote they sit in. An apostrophe (a mark between letters, or closing a word with no quote open)
 * is not a quote mark. A quote left open at the end of its paragraph is dropped.
 */
export function quotesOf(archive: string, paragraphs: Span[] = paragraphsOf(archive)): QuoteSpan[] {
  const found: QuoteSpan[] = [];
  paragraphs.forEach((paragraph, p) => {
    const stack: { marks: 'double' | 'single'; open: number; index: number }[] = [];
    for (let i = paragraph.start; i < paragraph.end; i++) {
      const ch = archive[i];
      const before = i === paragraph.start ? ' ' : archive[i - 1];
      const after = archive[i + 1];
      const top = stack.at(-1);
      const openDouble = stack.findLastIndex((s) => s.marks === 'double');
      const closeAt = (depth: number) => {
        const open = stack[depth];
        if (!open) return;
        stack.length = depth;
        const quote = found[open.index];
        if (quote) Object.assign(quote, { end: i, close: i });
      };
      const push = (marks: 'double' | 'single') => {
        const parent = stack.at(-1)?.index;
        found.push({
          start: i + 1,
          end: -1,
          open: i,
          close: -1,
          marks,
          paragraph: p,
          ...(parent === undefined ? {} : { parent }),
        });
        stack.push({ marks, open: i, index: found.length - 1 });
      };
      if (ch === '“' || ch === '„') push('double');
      else if (ch === '”') closeAt(openDouble);
      else if (ch === '"') {
        if (openDouble >= 0) closeAt(openDouble);
        else push('double');
      } else if (ch === '‘' || (ch === "'" && OPENERS_BEFORE.test(before ?? ' ') && isLetter(after))) {
        push('single');
      } else if (
        (ch === '’' || ch === "'") &&
        top?.marks === 'single' &&
        !isLetter(after) &&
        !/\s/.test(before ?? ' ')
      ) {
        closeAt(stack.length - 1);
      }
    }
  });
  const kept = found.filter((q) => q.end >= 0);
  // Re-link parents to indices in the kept list.
  const newIndex = new Map(found.map((q, i) => [i, kept.indexOf(q)]));
  return kept.map((q) => {
    if (q.parent === undefined) return q;
    const parent = newIndex.get(q.parent);
    const rest = { ...q };
    delete rest.parent;
    return parent !== undefined && parent >= 0 ? { ...rest, parent } : rest;
  });
}

/**
 * Sentences within each paragraph, never split inside a quote: a break follows `.`, `?` or `!`
 * (and any closing marks) before white space and a capital or an opening mark, or a colon before a
 * capitalised question ("questions remain: How firm …?").
 */
export function sentencesOf(
  archive: string,
  paragraphs: Span[],
  quotes: QuoteSpan[],
): (Span & { paragraph: number })[] {
  const insideQuote = (i: number) => quotes.some((q) => q.open < i && i < q.close);
  const sentences: (Span & { paragraph: number })[] = [];
  paragraphs.forEach((paragraph, p) => {
    const text = archive.slice(paragraph.start, paragraph.end);
    let start = 0;
    for (const match of text.matchAll(/[.?!][”’"')\]]*(\s+)(?=[\p{Lu}“‘"'])|:(\s+)(?=\p{Lu}[^.!?]*\?)/gu)) {
      const cut = match.index + match[0].length - (match[1] ?? match[2] ?? '').length;
      if (insideQuote(paragraph.start + cut)) continue;
      sentences.push({ start: paragraph.start + start, end: paragraph.start + cut, paragraph: p });
      start = match.index + match[0].length;
    }
    sentences.push({ start: paragraph.start + start, end: paragraph.end, paragraph: p });
  });
  return sentences.map((s) => ({ ...trim(archive)(s), paragraph: s.paragraph })).filter((s) => s.end > s.start);
}

/** White space collapsed, as the verbatim check compares: the text an editor pastes. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
