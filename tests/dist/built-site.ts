/** Helpers for reading the built site: its files, pages and the content it was built from. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadCorpus } from '../../src/build/content-files.ts';
import { contentRoot } from '../../src/build/content-layout.ts';
import { deployment } from '../../src/model/deployment.ts';

export const DIST = process.env.PARALLAX_DIST ?? 'dist';
export const { corpus } = loadCorpus(contentRoot());

export const read = (path: string) => readFileSync(join(DIST, path), 'utf8');

/** Every file under dist/, relative to it. */
export function distFiles(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? distFiles(join(dir, entry.name)) : [relative(DIST, join(dir, entry.name))],
  );
}

/** Every built HTML page as its URL path (`/stories/x/`), the 404 page excluded. */
export function htmlPages(): string[] {
  return distFiles()
    .filter((f) => f.endsWith('.html') && f !== '404.html')
    .map((f) => `/${f.replace(/index\.html$/, '')}`)
    .sort();
}

/** The site path of a URL, without the deployment's base. */
export function sitePath(url: string): string {
  const { base } = deployment();
  return `/${new URL(url).pathname.slice(base.length)}`;
}

/** The JSON-LD objects of a built page. */
export function jsonLd(htmlFile: string): Record<string, unknown>[] {
  const html = read(htmlFile);
  return [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  );
}
