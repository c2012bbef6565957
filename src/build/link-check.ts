/**
 * Checks a built site for broken internal links: every `href`, `src` and `srcset` that points into
 * the site must name a file that exists, and every `#fragment` an element id on the target page.
 * Works on the files alone (no server), for a site built at the domain root or under a base path.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

export interface BrokenLink {
  /** The page holding the link, relative to the site folder. */
  page: string;
  /** The link as written. */
  link: string;
  reason: string;
}

export interface LinkReport {
  pages: number;
  links: number;
  fragments: number;
  broken: BrokenLink[];
}

export interface LinkCheckOptions {
  /** The built site. */
  dir: string;
  /** The base path the site was built for, e.g. `/` or `/parallax/`. */
  base: string;
  /** The site's own origin, so absolute links to it (canonical, og:image) are checked too. */
  origin: string;
}

const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  image: ['href'],
  use: ['href'],
};

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/** The links of a parsed page: URL attributes, plus `content` of og/twitter image and URL metas. */
function linksOf(tree: Root): string[] {
  const links: string[] = [];
  visit(tree, 'element', (node: Element) => {
    for (const attribute of URL_ATTRIBUTES[node.tagName] ?? []) {
      const value = node.properties[attribute === 'srcset' ? 'srcSet' : attribute];
      if (typeof value !== 'string' && !Array.isArray(value)) continue;
      const raw = Array.isArray(value) ? value.join(',') : value;
      if (attribute === 'srcset') links.push(...raw.split(',').map((part) => part.trim().split(/\s+/)[0] ?? ''));
      else links.push(raw);
    }
    const property = String(node.properties.property ?? node.properties.name ?? '');
    if (node.tagName === 'meta' && /^(og:(image|url)|twitter:image)$/.test(property)) {
      links.push(node.properties.content ?? '');
    }
  });
  return links.filter(Boolean);
}

function idsOf(tree: Root): Set<string> {
  const ids = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    if (node.tagName === 'a' && typeof node.properties.name === 'string') ids.add(node.properties.name);
  });
  return ids;
}

/** The file a site path names: `/x/` → `x/index.html`, `/x.png` → `x.png`. */
function fileFor(dir: string, sitePath: string): string | undefined {
  const decoded = decodeURIComponent(sitePath);
  const candidates = decoded.endsWith('/')
    ? [`${decoded}index.html`]
    : [decoded, `${decoded}/index.html`, `${decoded}.html`];
  return candidates.map((c) => join(dir, c)).find((f) => existsSync(f) && statSync(f).isFile());
}

export function checkLinks({ dir, base, origin }: LinkCheckOptions): LinkReport {
  const pages = htmlFiles(dir);
  const trees = new Map<string, Root>();
  const parse = (file: string) => {
    let tree = trees.get(file);
    if (!tree) {
      tree = fromHtml(readFileSync(file, 'utf8'));
      trees.set(file, tree);
    }
    return tree;
  };
  const ids = new Map<string, Set<string>>();
  const idsIn = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = idsOf(parse(file));
      ids.set(file, set);
    }
    return set;
  };

  const report: LinkReport = { pages: pages.length, links: 0, fragments: 0, broken: [] };
  for (const page of pages) {
    const file = join(dir, page);
    // The URL this page is served at, so relative links resolve as a browser resolves them.
    const pageUrl = new URL(`${base}${page.replace(/(^|\/)index\.html$/, '$1')}`, origin);
    for (const link of linksOf(parse(file))) {
      const url = new URL(link, pageUrl);
      if (url.origin !== new URL(origin).origin || !/^https?:$/.test(url.protocol)) continue;
      report.links++;
      const broken = (reason: string) => report.broken.push({ page, link, reason });
      if (!url.pathname.startsWith(base)) {
        broken(`points outside the base path ${base}`);
        continue;
      }
      const target = fileFor(dir, url.pathname.slice(base.length - 1));
      if (!target) {
        broken('no such file in the build');
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !fragment.startsWith(':~:') && target.endsWith('.html')) {
        report.fragments++;
        if (!idsIn(target).has(fragment)) broken(`no element with id "${fragment}" on ${relative(dir, target)}`);
      }
    }
  }
  return report;
}
