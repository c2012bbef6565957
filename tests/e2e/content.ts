/** What the built site should show, read from the same content the build used. */
import { loadCorpus } from '../../src/lib/content-files.ts';
import { contentRoot } from '../../src/lib/content-layout.ts';
import { paths } from '../../src/lib/paths.ts';

export const { corpus } = loadCorpus(contentRoot());

/** Every page the site builds, as paths relative to the base URL (no leading slash). */
export function allPages(): string[] {
  const rel = (p: string) => p.replace(/^\//, '');
  return [
    rel(paths.home()),
    ...corpus.stories.flatMap((story) => [
      rel(paths.story(story.id)),
      ...story.reportViews.map((report) => rel(paths.report(story.id, report.id))),
    ]),
  ];
}

export const rel = (p: string) => p.replace(/^\//, '');

/** The absolute URL the site publishes for a path: its configured site and base, as in canonical links. */
export function siteUrl(path: string): string {
  const base = (process.env.PARALLAX_BASE ?? '/').replace(/\/?$/, '/');
  return new URL(`${base}${rel(path)}`, process.env.PARALLAX_SITE ?? 'http://localhost:4321').href;
}
