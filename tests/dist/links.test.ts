import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/build/link-check.ts';
import { deployment, TEST_SUB_PATH } from '../../src/model/deployment.ts';

const origin = deployment().site;
const builds = [
  { dir: 'dist', base: '/' },
  { dir: 'dist-sub', base: TEST_SUB_PATH },
];

describe.each(builds)('the $base build in $dir', ({ dir, base }) => {
  const report = checkLinks({ dir, base, origin });

  it('has no broken internal link or #fragment', () => {
    expect(report.broken).toEqual([]);
    expect(report.pages).toBeGreaterThan(10);
    expect(report.links).toBeGreaterThan(report.pages);
    expect(report.fragments).toBeGreaterThan(0);
  });

  it('links every page with a trailing slash, under its base path', () => {
    const html = readFileSync(`${dir}/index.html`, 'utf8');
    const pageLinks = [...html.matchAll(/<a [^>]*href="([^"#]+)"/g)].map((m) => m[1]!).filter((h) => !/^https?:/.test(h));
    expect(pageLinks.length).toBeGreaterThan(0);
    for (const link of pageLinks) {
      expect(link.startsWith(base)).toBe(true);
      expect(link.endsWith('/') || /\.[a-z]+$/.test(link)).toBe(true);
    }
  });
});

describe('the link checker', () => {
  it('reports links that do not resolve for the base path given', () => {
    const wrong = checkLinks({ dir: 'dist-sub', base: '/', origin });
    expect(wrong.broken.length).toBeGreaterThan(0);
    expect(wrong.broken[0]).toMatchObject({ reason: expect.stringMatching(/no such file|outside the base/) as unknown });
  });
});
