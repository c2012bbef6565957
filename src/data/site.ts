/** Site-wide settings and the one place the deployment's base path and site URL are applied to links. */
import { siteText } from '../model/labels.ts';

/** The site's name, tagline and descriptions (their words live in src/model/labels.ts). */
export const site = siteText;

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** A site path (from `paths`) as a link that works at the domain root and under a sub-path. */
export function href(path: string, anchor?: string): string {
  return `${base}${path}${anchor ? `#${anchor}` : ''}`;
}

/** A site path as an absolute URL on the configured site (for canonical links, feeds, exports, cards). */
export function absolute(path: string, anchor?: string): string {
  return new URL(href(path, anchor), import.meta.env.SITE).href;
}
