/**
 * `npm run build` (scripts/build.ts) refuses every bad-content case with the line `validate` gives,
 * leaving the previous site byte for byte as it was. A bare `astro build`, and the editorial
 * warnings: bad-content-astro-build.test.ts (two files, so the two run side by side).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cases, contentWith, expectCaseLine, ROOT, temps } from '../fixtures/bad-content-cases.ts';
import { buildSite } from './build-site.ts';
import { siteHashes } from './site-hash.ts';

describe('npm run build (scripts/build.ts)', () => {
  // A good site first; every failed build must leave it byte for byte as it was.
  const out = join(ROOT, `dist-bad-${process.pid}`);
  const images = mkdtempSync(join(tmpdir(), 'parallax-bad-images-'));
  temps.push(out, images);
  let good: Record<string, string>;
  beforeAll(() => {
    const first = buildSite({ content: contentWith(), out, imageCache: images });
    expect(first.status, first.output).toBe(0);
    good = siteHashes(out);
  }, 120_000);

  it.each(cases)('refuses $name with the same line as validate, leaving dist/ byte-identical', (c) => {
    const content = contentWith(c.name);
    const result = buildSite({ content, out, imageCache: images });
    expect(result.status).toBe(1);
    expect(result.output).toContain('Invalid content (1 problem):');
    expectCaseLine(result.output, content, c);
    expect(result.output).toContain(`Build failed: the previous site in ${out} is unchanged.`);
    expect(siteHashes(out)).toEqual(good);
  });
});
