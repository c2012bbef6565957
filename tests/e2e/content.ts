/** What the built site should show, read from the same content the build used. */
import { loadCorpus } from '../../src/build/content-files.ts';
import { contentRoot } from '../../src/build/content-layout.ts';
import { deployedUrl } from '../../src/model/deployment.ts';
import { sitePaths } from '../../src/model/routes.ts';

export const { corpus } = loadCorpus(contentRoot());

export const rel = (p: string) => p.replace(/^\//, '');

/** Every page the site builds (the route table's, src/model/routes.ts), as paths relative to the base URL (no leading slash). */
export function allPages(): string[] {
  return sitePaths(corpus).map(rel);
}

/** The absolute URL the site publishes for a path: its configured site and base, as in canonical links. */
export function siteUrl(path: string): string {
  return deployedUrl(path);
}
