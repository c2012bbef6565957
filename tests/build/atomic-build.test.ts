/** A failed build loses nothing: the previous good site stays exactly as it was. */
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from './build-site.ts';
import { siteHashes } from './site-hash.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'parallax-atomic-'));
const out = join(ROOT, `dist-atomic-${process.pid}`);
const content = join(temp, 'content');
let good: Record<string, string>;

beforeAll(() => {
  cpSync(join(ROOT, 'tests/fixtures/content/valid'), content, { recursive: true });
  const first = buildSite({ content, out, imageCache: join(temp, 'images') });
  expect(first.status, first.output).toBe(0);
  good = siteHashes(out);
}, 120_000);

afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

describe('a failed build', () => {
  it('stops on invalid content before writing, naming file and field, and leaves the site intact', () => {
    const broken = join(temp, 'invalid');
    cpSync(content, broken, { recursive: true });
    cpSync(join(ROOT, 'tests/fixtures/content/bad/dangling-person-reference'), broken, { recursive: true });
    const result = buildSite({ content: broken, out, imageCache: join(temp, 'images') });
    expect(result.status).toBe(1);
    expect(result.output).toContain(
      'analysis.yaml:14:48: claims[1].positions.radio-report.to[0]: no person or outlet "ada-morena"',
    );
    expect(result.output).toContain('the previous site in');
    expect(siteHashes(out)).toEqual(good);
  });

  it('stops on content the Markdown pipeline refuses, naming file and line, and leaves the site intact', () => {
    const broken = join(temp, 'render');
    cpSync(content, broken, { recursive: true });
    // Valid frontmatter, but a directive the Markdown pipeline refuses.
    writeFileSync(
      join(broken, 'stories/harbour-bridge/reports/cycling-report.md'),
      '---\ntitle: Cyclists win a wider lane\nlabel: Cycling report\narchive: bridge-c.txt\n---\n\n:::warning\nNo such directive.\n:::\n',
    );
    const result = buildSite({ content: broken, out, imageCache: join(temp, 'images') });
    expect(result.status).toBe(1);
    expect(result.output).toContain('cycling-report.md: body (line 7): Unknown directive "warning"');
    expect(siteHashes(out)).toEqual(good);
    expect(existsSync(`${out}-next`)).toBe(false);
  });

  it('fails while Astro renders, after validation passed, and swaps nothing in', () => {
    // Valid content; the share-image cache path is a file, so writing the first card throws
    // inside Astro's render of the image endpoint, well after validation and the first pages.
    const notADirectory = join(temp, 'cache-is-a-file');
    writeFileSync(notADirectory, 'not a directory');
    const result = buildSite({ content, out, imageCache: notADirectory });
    expect(result.status).toBe(1);
    expect(result.output).toContain('Content is valid');
    expect(result.output, result.output).toContain('Astro could not build the site');
    expect(result.output).toContain(`the previous site in ${out} is unchanged`);
    expect(siteHashes(out)).toEqual(good);
    expect(existsSync(`${out}-next`)).toBe(false);
  });
});
