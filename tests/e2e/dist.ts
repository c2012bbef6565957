/** Reading the built site from disk: the sitemap's pages, as paths relative to the base URL. */
import { readFileSync } from 'node:fs';
import { deployment } from '../../src/model/deployment.ts';

const DIST = process.env.PARALLAX_DIST ?? 'dist';

export function readDist(path: string): string {
  return readFileSync(`${DIST}/${path}`, 'utf8');
}

/** Every page the sitemap lists, relative to the site's base URL (no leading slash). */
export function sitemapPages(): string[] {
  const index = readDist('sitemap-index.xml');
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.split('/').pop()!);
  const { base } = deployment();
  return files.flatMap((file) =>
    [...readDist(file).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.slice(base.length)),
  );
}
