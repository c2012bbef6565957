/**
 * The content store reaches the pages from its file on disk, not bundled into the server build
 * (src/integrations/content-store-from-disk.ts): the real content is built twice with a probe that
 * records every emitted chunk, once as the project builds and once with Astro's own handling.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/content-files.ts';
import { paths } from '../../src/lib/paths.ts';
import { astroBuild } from './build-site.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CONTENT = join(ROOT, 'content');
const scratch = mkdtempSync(join(tmpdir(), 'parallax-store-'));

interface Built {
  chunks: string;
  out: string;
}

function build(name: string, store: 'disk' | 'astro'): Built {
  const out = join(scratch, name, 'dist');
  const probe = join(scratch, name, 'probe');
  const result = astroBuild({
    content: CONTENT,
    out,
    cache: join(scratch, name, 'cache'),
    config: 'tests/fixtures/bundle-probe.config.mjs',
    env: { PARALLAX_BUNDLE_PROBE: probe, PARALLAX_BUNDLE_STORE: store },
    timeout: 110_000,
  });
  expect(result.status, result.output).toBe(0);
  const chunkFile = join(probe, 'chunks.js');
  expect(existsSync(chunkFile), 'the probe saw no chunks').toBe(true);
  return { chunks: readFileSync(chunkFile, 'utf8'), out };
}

const story = loadCorpus(CONTENT).corpus.stories[0]!;
// A run of plain words from the story's dek: the same in JSON, in escaped JSON and in HTML.
const phrase = /[A-Za-z][A-Za-z ]{24,}[A-Za-z]/.exec(story.dek)?.[0] ?? '';
let fromDisk: Built;
let bundled: Built;

beforeAll(() => {
  fromDisk = build('disk', 'disk');
  bundled = build('astro', 'astro');
}, 240_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the content store in a static build', () => {
  it('has a phrase to look for', () => {
    expect(phrase.length).toBeGreaterThan(25);
  });

  it('is not bundled into any chunk', () => {
    expect(fromDisk.chunks).not.toContain(phrase);
  });

  it('is bundled by Astro without the integration (so the check above can fail)', () => {
    expect(bundled.chunks).toContain(phrase);
  });

  it('still reaches the pages, which are the same either way', () => {
    const page = (built: Built) => readFileSync(join(built.out, paths.story(story.id), 'index.html'), 'utf8');
    expect(page(fromDisk)).toContain(phrase);
    expect(page(fromDisk)).toBe(page(bundled));
  });
});
