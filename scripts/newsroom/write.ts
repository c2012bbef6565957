/**
 * Writes a generated corpus to disk, and refuses anything that could touch real content: the
 * project's `content/` (or a folder holding it), and any existing folder that is not a generated corpus.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusFiles, MANIFEST, type CorpusOptions } from './generate.ts';

/** The real content roots: the project's own, and `./content` of the working directory. */
const REAL_CONTENT = [fileURLToPath(new URL('../../content', import.meta.url)), resolve('content')];

/** True when `path` is `dir` or inside it. */
function within(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (rel.split(sep)[0] !== '..' && !isAbsolute(rel));
}

/** Why `out` must not be written, or undefined when it may. */
export function unsafeOutput(out: string): string | undefined {
  const target = resolve(out);
  for (const content of REAL_CONTENT) {
    if (within(target, content) || within(content, target)) {
      return `refusing to write into ${out}: it is or holds the real content directory ${content}`;
    }
  }
  if (existsSync(target) && readdirSync(target).length > 0 && !existsSync(join(target, MANIFEST))) {
    return `refusing to replace ${out}: it is not empty and holds no ${MANIFEST}, so it is not a generated corpus`;
  }
  return undefined;
}

/** Replaces `out` with the corpus for `options`. */
export function writeCorpus(out: string, options: CorpusOptions): { files: number; bytes: number } {
  const problem = unsafeOutput(out);
  if (problem) throw new Error(problem);
  rmSync(out, { recursive: true, force: true });
  const made = new Set<string>();
  let files = 0;
  let bytes = 0;
  for (const [path, text] of corpusFiles(options)) {
    const full = join(out, path);
    const dir = dirname(full);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(full, text);
    files++;
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes };
}
