/**
 * Where content lives under the content root and how file paths become ids. Shared by Astro's
 * loaders (`src/content.config.ts`) and the plain reader used by scripts, so they cannot drift.
 */
import { resolve } from 'node:path';

/** The content root: `content/` unless `PARALLAX_CONTENT_DIR` points elsewhere (fixtures, generated corpora). */
export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  return env.PARALLAX_CONTENT_DIR ?? './content';
}

/**
 * The source archive: `PARALLAX_SOURCES_DIR`, by default `../shared/sources`. Licensed material kept
 * outside the repository; the tools and the build only read it.
 */
export function sourcesDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(env.PARALLAX_SOURCES_DIR ?? '../shared/sources');
}

/** Glob patterns, relative to the content root, one per collection. */
export const layout = {
  stories: { base: 'stories', pattern: '*/story.md' },
  reports: { base: 'stories', pattern: '*/reports/*.md' },
  analyses: { base: 'stories', pattern: '*/analysis.yaml' },
  people: { base: 'people', pattern: '*.yaml' },
  outlets: { base: 'outlets', pattern: '*.yaml' },
} as const;

export type CollectionName = keyof typeof layout;

/** Drafts (`npm run draft`) sit beside `analysis.yaml`: the build never reads them, validate lists them as pending. */
export const DRAFT_SUFFIX = '.draft.yaml';
export const isDraftFile = (name: string) => name.endsWith(DRAFT_SUFFIX);

/** `<story>/story.md` and `<story>/analysis.yaml` → `<story>`. */
export function storyIdOf(entry: string): string {
  return entry.split('/')[0] ?? entry;
}

/** `<story>/reports/<report>.md` → `<story>/<report>`: report file names need only be unique within a story. */
export function reportKeyOf(entry: string): string {
  const [story = '', , file = ''] = entry.split('/');
  return `${story}/${file.replace(/\.md$/, '')}`;
}

/** `<person>.yaml` → `<person>`; also `<outlet>.yaml` → `<outlet>`. */
export function personIdOf(entry: string): string {
  return entry.replace(/\.ya?ml$/, '');
}

/** `<outlet>.yaml` → `<outlet>`: outlets share the people's id space, and their rule. */
export const outletIdOf = personIdOf;
