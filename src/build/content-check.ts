/**
 * Reads and checks the content as every entry point does (validate, the build, `npm run build`'s
 * early refusal, the dev overlay): files, schemas and cross-references, then the Markdown bodies.
 * Throws a ContentError naming file, line:column and field.
 */
import { loadCorpus } from './content-files.ts';
import { checkMarkdownBodies } from './markdown-check.ts';

export async function checkContent(root: string) {
  const read = loadCorpus(root);
  return { ...read, markdown: await checkMarkdownBodies(read.files) };
}

export type CheckedContent = Awaited<ReturnType<typeof checkContent>>;

// `npm run build` checks the content before starting Astro, in the same process; the build's own
// check then takes that result once instead of reading the corpus again (about 3 s at 250 stories).
// A global, because Astro loads the integration as a module instance of its own.
const HANDOFF = Symbol.for('parallax.checkedContent');
type Handoff = Record<typeof HANDOFF, { root: string; checked: CheckedContent } | undefined>;

/** Leaves a check's result for the build that starts next in this process. */
export function handOffCheckedContent(root: string, checked: CheckedContent): void {
  (globalThis as unknown as Handoff)[HANDOFF] = { root, checked };
}

/** The result `npm run build` just handed off for this root, once; otherwise a fresh check. */
export async function checkContentOnce(root: string): Promise<CheckedContent> {
  const store = globalThis as unknown as Handoff;
  const handed = store[HANDOFF];
  store[HANDOFF] = undefined;
  return handed?.root === root ? handed.checked : checkContent(root);
}
