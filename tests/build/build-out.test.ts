/**
 * `npm run build -- --out DIR` builds anywhere: inside the project, or outside it, including a
 * sibling whose path starts with the project's own (Astro's inside-the-project check is a string
 * prefix, so such a folder once made the build fail to find its packages). A folder holding the
 * project is refused before anything is built.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from './build-site.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'parallax-out-'));
const content = join(temp, 'content');
cpSync(join(ROOT, 'tests/fixtures/content/valid'), content, { recursive: true });
// Beside the project, named with the project's path as prefix: outside it, though it does not look so.
const sibling = `${ROOT}-out-test-${process.pid}`;

afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
  rmSync(sibling, { recursive: true, force: true });
});

describe('--out', () => {
  it('builds into an absolute folder outside the project', () => {
    const result = buildSite({ content, out: sibling, imageCache: join(temp, 'images') });
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain(`Built the site into ${sibling}.`);
    expect(readFileSync(join(sibling, 'stories/harbour-bridge/index.html'), 'utf8')).toContain('<h1');
    expect(existsSync(join(sibling, 'pagefind'))).toBe(true);
    expect(existsSync(join(sibling, '.prerender'))).toBe(false);
    expect(existsSync(`${sibling}-next`)).toBe(false);
    expect(existsSync(join(ROOT, 'node_modules/.parallax-build'))).toBe(false);
  }, 120_000);

  it('refuses, before building, a folder that holds the project', () => {
    for (const out of [ROOT, resolve(ROOT, '..')]) {
      const result = buildSite({ content, out });
      expect(result.status).toBe(2);
      expect(result.output).toContain(`${out} holds the project itself`);
      expect(result.output).not.toContain('Content is valid');
    }
  });
});
