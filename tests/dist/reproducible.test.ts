/** Two clean builds of the same commit are byte-identical, share images and all. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildSite } from '../build/build-site.ts';
import { siteHashes } from '../build/site-hash.ts';
import { DIST } from './built-site.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'parallax-repro-'));
const out = join(ROOT, `dist-repro-${process.pid}`);

afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

it('a second build, with an empty image cache, matches dist/ byte for byte', () => {
  const result = buildSite({
    content: process.env.PARALLAX_CONTENT_DIR ?? 'content',
    out,
    imageCache: join(temp, 'images'),
  });
  expect(result.status, result.output).toBe(0);
  const before = siteHashes(DIST);
  const after = siteHashes(out);
  expect(Object.keys(after)).toEqual(Object.keys(before));
  const differing = Object.keys(before).filter((file) => before[file] !== after[file]);
  expect(differing).toEqual([]);
  expect(Object.keys(before).filter((f) => f.endsWith('.png')).length).toBeGreaterThan(0);
}, 180_000);
