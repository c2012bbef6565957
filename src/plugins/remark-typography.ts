/**
 * SmartyPants typography (curly quotes, dashes, ellipses), run only on documents that have
 * something for it to change. remark-smartypants re-parses a document's whole text into a
 * natural-language tree, and was half of the Markdown rendering time of a large corpus (see
 * BENCHMARKS.md), while most summaries are already written with typographic characters.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkSmartypants from 'remark-smartypants';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';

/** Everything SmartyPants rewrites: straight quotes, backticks, `--`, `---`, `...` and `. . .`. */
const REWRITABLE = /["'`]|--|\.\s?\.\s?\./;

/** Whether SmartyPants could change anything in this text. */
export function needsTypography(text: string): boolean {
  return REWRITABLE.test(text);
}

export default function remarkTypography(this: Processor) {
  const smartypants = remarkSmartypants.call(this);
  return (tree: Root, file: VFile) => {
    if (!smartypants || !needsTypography(toString(tree))) return;
    // Its transformer edits the tree in place and returns nothing (it never calls `next`). Should an
    // upgrade make it return a promise, fail rather than leave the promise unawaited.
    const result = smartypants(tree, file, () => undefined);
    if (result !== undefined) throw new Error('remark-smartypants no longer transforms synchronously.');
  };
}
