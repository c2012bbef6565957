/** Site-wide settings and the one place the deployment's base path is applied to links. */
export const site = {
  name: 'Parallax',
  tagline: 'News reports of one event, side by side',
  description:
    'Parallax compares several news reports of the same event claim by claim, quote by quote and question by question.',
};

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** A site path (from `paths`) as a link that works at the domain root and under a sub-path. */
export function href(path: string, anchor?: string): string {
  return `${base}${path}${anchor ? `#${anchor}` : ''}`;
}
