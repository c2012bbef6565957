/**
 * The content store reaches the pages from its file on disk, not bundled into the server build
 * (src/integrations/content-store-from-disk.ts): the real content is built twice with a probe that
 * records every emitted chunk, once as the project builds and once with Astro's own handling.
 * Where Astro's internals are not what the integration relies on, the build stops naming what it
 * expected, never building a site without stories. Run this file after upgrading Astro.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/build/content-files.ts';
import { paths } from '../../src/model/paths.ts';
import {
  checkStorage,
  ContentStoreMismatch,
  RESOLVED_STORE_ID,
  storeFromDisk,
  storeModule,
} from '../../src/integrations/content-store-from-disk.ts';
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

describe('Astro internals the integration relies on', () => {
  it('the store file of the disk build is the devalue Map the integration checks for', () => {
    const store = readFileSync(join(scratch, 'disk', 'cache', 'data-store.json'), 'utf8');
    expect(store.startsWith('[["Map",')).toBe(true);
    expect(() => storeModule(join(scratch, 'disk', 'cache', 'data-store.json'))).not.toThrow();
  });

  it('Astro still names the store module as the integration expects', () => {
    const consts = readFileSync(join(ROOT, 'node_modules/astro/dist/content/consts.js'), 'utf8');
    expect(consts).toContain('const DATA_STORE_VIRTUAL_ID = "astro:data-layer-content";');
    expect(RESOLVED_STORE_ID).toBe('\0astro:data-layer-content');
  });

  it('stops a build with the chunked store (experimental.collectionStorage), naming the option', () => {
    const result = astroBuild({
      content: CONTENT,
      out: join(scratch, 'chunked', 'dist'),
      cache: join(scratch, 'chunked', 'cache'),
      config: 'tests/fixtures/chunked-store.config.mjs',
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      'parallax:content-store-from-disk: expected the single-file content store (data-store.json), ' +
        'but experimental.collectionStorage is "chunked"',
    );
    const out = join(scratch, 'chunked', 'dist');
    expect(
      existsSync(out) ? readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.html')) : [],
    ).toEqual([]);
  });

  it('refuses every chunked setting, and accepts the single file', () => {
    expect(() => checkStorage('chunked')).toThrow(ContentStoreMismatch);
    expect(() => checkStorage({ type: 'chunked', chunkSize: 1024 })).toThrow(/collectionStorage is \{"type":"chunked"/);
    expect(() => checkStorage(undefined)).not.toThrow();
    expect(() => checkStorage('single-file')).not.toThrow();
  });

  it('refuses a store file that is a chunk manifest, or missing, naming the file and what it expected', () => {
    const dir = join(scratch, 'stores');
    mkdirSync(dir, { recursive: true });
    // What the chunked store writes (data-store/manifest.json): collection names to chunk files.
    const manifest = join(dir, 'data-store.json');
    writeFileSync(manifest, JSON.stringify({ stories: ['0123456789abcdef.txt'] }));
    expect(() => storeModule(manifest)).toThrow(
      `expected ${manifest} to hold a devalue-serialised Map (starting [["Map",), but it starts ${JSON.stringify('{"stories":["0123456789a')}`,
    );
    const missing = join(dir, 'nothing.json');
    expect(() => storeModule(missing)).toThrow(
      `expected Astro's content store at ${missing}, and there is no such file`,
    );
  });

  it('stops the build when another plugin loaded the store module before this one (plugin order)', () => {
    const plugin = storeFromDisk(join(scratch, 'disk', 'cache', 'data-store.json'));
    const buildEnd = plugin.buildEnd as (this: { getModuleIds: () => Iterable<string> }) => void;
    const graph = (ids: string[]) => ({ getModuleIds: () => ids.values() });
    expect(() => buildEnd.call(graph([RESOLVED_STORE_ID]))).toThrow(
      `another plugin loaded "\\u0000astro:data-layer-content" before this one`,
    );
    // Not part of the build (the client bundle): nothing to check.
    expect(() => buildEnd.call(graph(['/src/pages/index.astro']))).not.toThrow();
    // Served by our hook: the same graph passes.
    const load = plugin.load as { handler: (id: string) => string | undefined };
    expect(load.handler(RESOLVED_STORE_ID)).toContain('readFileSync');
    expect(() => buildEnd.call(graph([RESOLVED_STORE_ID]))).not.toThrow();
  });
});
