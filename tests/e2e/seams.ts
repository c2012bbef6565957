/**
 * Finds words run together where two elements meet: "Witkoff,US", "quote ·Said", "(JSON,schema)".
 * Runs in the page. It walks the text in document order and looks only at seams, the points where
 * one text node ends and the next begins with an element boundary between them and no white
 * space on either side, inside one line of text (the same block container). A seam is a defect
 * when it joins two words ("Fullquote"), a lowercase letter to a capital ("reportWeekend") or
 * closing punctuation to a letter ("Witkoff,US"); the same punctuation-capital join inside one
 * text node ("Witkoff,US" written by a template) counts too. Ordinary words never meet a seam, so
 * they are never flagged; a link ending before a full stop ("report</a>.") is not a defect.
 */
import { expect, type Page } from '@playwright/test';

export interface Seam {
  /** Up to 24 characters either side, with ⟂ at the seam. */
  text: string;
}

export function findSeams(): Seam[] {
  const blockOf = (node: Node): Element | null => {
    let el = node.parentElement;
    while (el && getComputedStyle(el).display.startsWith('inline')) el = el.parentElement;
    return el;
  };
  const word = /[\p{L}\p{N}]/u;
  const defect = (a: string, b: string) =>
    (word.test(a) && word.test(b)) ||
    (/[,;:·)]/.test(a) && /\p{L}/u.test(b)) ||
    (/\p{Ll}/u.test(a) && /\p{Lu}/u.test(b));

  const seams: Seam[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) => {
      if (node instanceof Element) {
        const skip = ['SCRIPT', 'STYLE', 'TEMPLATE', 'svg', 'NOSCRIPT'].includes(node.tagName);
        return skip || !node.checkVisibility() ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  let previous: Text | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const value = text.data;
    // Inside one text node: punctuation glued to a capital, as a template writes ",{role}".
    for (const match of value.matchAll(/[,;·][\p{Lu}]/gu)) {
      seams.push({
        text: `${value.slice(Math.max(0, match.index - 24), match.index + 1)}⟂${value.slice(match.index + 1, match.index + 25)}`,
      });
    }
    if (value.trim() === '') {
      if (value.length > 0) previous = null; // White space separates what comes before from what follows.
      continue;
    }
    if (previous && text.parentNode !== previous.parentNode && blockOf(previous) === blockOf(text)) {
      const a = previous.data.at(-1)!;
      const b = value[0]!;
      if (!/\s/.test(a) && !/\s/.test(b) && defect(a, b)) {
        seams.push({ text: `${previous.data.slice(-24)}⟂${value.slice(0, 24)}` });
      }
    }
    previous = /\s$/.test(value) ? null : text;
  }
  return seams;
}

/** Fails, naming each seam, when words run together anywhere on the page Playwright has open. */
export async function expectNoSeams(page: Page): Promise<void> {
  expect((await page.evaluate(findSeams)).map((s) => s.text)).toEqual([]);
}
