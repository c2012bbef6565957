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
