/** Site-wide settings and the one place the deployment's base path and site URL are applied to links. */
export const site = {
  name: 'Parallax',
  tagline: 'News reports of one event, side by side',
  /** What Parallax does, in one line: shown under the header on the home page. */
  lede: 'Parallax sets news reports of the same event side by side, so you can see where they agree, where they conflict and what only one of them says.',
  description:
    'Parallax compares several news reports of the same event claim by claim, quote by quote and question by question.',
};

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** A site path (from `paths`) as a link that works at the domain root and under a sub-path. */
export function href(path: string, anchor?: string): string {
  return `${base}${path}${anchor ? `#${anchor}` : ''}`;
}

/** A site path as an absolute URL on the configured site (for canonical links, feeds, exports, cards). */
export function absolute(path: string, anchor?: string): string {
  return new URL(href(path, anchor), import.meta.env.SITE).href;
}
