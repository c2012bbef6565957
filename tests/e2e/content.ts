/** What the built site should show, read from the same content the build used. */
import { loadCorpus } from '../../src/lib/content-files.ts';
import { contentRoot } from '../../src/lib/content-layout.ts';
import { paths } from '../../src/lib/paths.ts';
import { deployedUrl } from '../../src/lib/deployment.ts';

export const { corpus } = loadCorpus(contentRoot());

export const rel = (p: string) => p.replace(/^\//, '');

/** Every page the site builds, as paths relative to the base URL (no leading slash). */
export function allPages(): string[] {
  return [
    paths.home(),
    paths.people(),
    ...corpus.people.map((person) => paths.person(person.id)),
    paths.outlets(),
    ...corpus.outlets.map((outlet) => paths.outlet(outlet.id)),
    ...corpus.stories.flatMap((story) => [
      paths.story(story.id),
      ...story.reportViews.map((report) => paths.report(story.id, report.id)),
      ...story.claims.map((claim) => paths.claim(story.id, claim.id)),
      ...story.quotes.map((quote) => paths.quote(story.id, quote.id)),
    ]),
  ].map(rel);
}

/** The absolute URL the site publishes for a path: its configured site and base, as in canonical links. */
export function siteUrl(path: string): string {
  return deployedUrl(path);
}
