/**
 * The JSON Schemas editors' tools read (`/schema/content/<kind>.schema.json`) accept and reject
 * what the build's Zod schemas accept and reject: on every real and fixture content file, and on
 * invalid examples of each kind.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { layout, type CollectionName } from '../../src/build/content-layout.ts';
import { listEntries } from '../../src/build/content-files.ts';
import {
  CONTENT_KINDS,
  contentJsonSchema,
  contentSchemas,
  type ContentKind,
} from '../../src/build/workbench/json-schemas.ts';

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validators = Object.fromEntries(CONTENT_KINDS.map((k) => [k, ajv.compile(contentJsonSchema(k))])) as Record<
  ContentKind,
  ReturnType<typeof ajv.compile>
>;

/** What both sides say of one value: [JSON Schema accepts, Zod accepts]. */
const verdicts = (kind: ContentKind, data: unknown) => [
  validators[kind](data),
  contentSchemas[kind].safeParse(data).success,
];

/** A file's data as a YAML editor sees it (the YAML 1.2 core schema: a bare date stays a string). */
function dataOf(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  if (!path.endsWith('.md')) return parse(text);
  return parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '');
}

const kindOf: Record<CollectionName, ContentKind> = {
  stories: 'story',
  reports: 'report',
  analyses: 'analysis',
  people: 'person',
  outlets: 'outlet',
};
const files = ['content', 'tests/fixtures/content/valid'].flatMap((root) =>
  (Object.keys(layout) as CollectionName[]).flatMap((collection) =>
    listEntries(root, collection).map((entry) => ({
      kind: kindOf[collection],
      path: join(root, layout[collection].base, entry),
    })),
  ),
);

describe('content JSON Schemas', () => {
  it('cover the real content and the valid fixture', () => {
    expect(files.filter((f) => f.path.startsWith('content/')).map((f) => f.kind)).toEqual(
      expect.arrayContaining(CONTENT_KINDS),
    );
  });

  it.each(files.map((f) => [f.path, f.kind] as const))('accept %s, as its Zod schema does', (path, kind) => {
    expect(verdicts(kind, dataOf(path))).toEqual([true, true]);
  });

  const person = { name: 'Ada Moreno', role: 'Mayor' };
  const outlet = { name: 'Radio Harbour', kind: 'outlet' };
  const report = { title: 'A title', label: 'Label', archive: 'a.txt' };
  const story = {
    title: 'T',
    dek: 'D',
    events: [{ date: '2025-08-15', label: 'E', dateSource: 'stated' }],
    topics: [{ id: 't', label: 'T' }],
    reports: ['a', 'b'],
  };
  const claim = { id: 'c', topic: 't', text: 'C', positions: { a: { stance: 'asserts', evidence: 'words here' } } };
  const quote = { id: 'q', report: 'a', speaker: 'p', text: 'words', kind: 'full', topic: 't' };
  const invalid: [string, ContentKind, unknown][] = [
    ['a person without a role', 'person', { name: 'Ada Moreno' }],
    ['a person with an unknown field', 'person', { ...person, age: 40 }],
    ['a person whose roleSource is not one of the two', 'person', { ...person, roleSource: 'guess' }],
    ['an outlet of an unknown kind', 'outlet', { ...outlet, kind: 'radio' }],
    ['a report archive in a folder', 'report', { ...report, archive: 'x/a.txt' }],
    ['a report date that is not YYYY-MM-DD', 'report', { ...report, published: '17 August 2025' }],
    ['a report label over 32 characters', 'report', { ...report, label: 'x'.repeat(33) }],
    ['a story comparing one report', 'story', { ...story, reports: ['a'] }],
    ['a story topic id that is not a slug', 'story', { ...story, topics: [{ id: 'Not A Slug', label: 'T' }] }],
    ['an analysis without claims', 'analysis', { claims: [] }],
    [
      'a position with an unknown stance',
      'analysis',
      { claims: [{ ...claim, positions: { a: { stance: 'denies', evidence: 'words here' } } }] },
    ],
    [
      'an attribution naming nobody',
      'analysis',
      { claims: [{ ...claim, positions: { a: { stance: 'attributes', to: [], evidence: 'words here' } } }] },
    ],
    ['a quote of an unknown kind', 'analysis', { claims: [claim], quotes: [{ ...quote, kind: 'partial' }] }],
    [
      'a relay step without wording',
      'analysis',
      { claims: [claim], quotes: [{ ...quote, relay: [{ source: 'cnn' }] }] },
    ],
    ['a claim with no position', 'analysis', { claims: [{ ...claim, positions: {} }] }],
    [
      'an answered question without its answer',
      'analysis',
      {
        claims: [claim],
        questions: [{ id: 'q', text: 'Q?', raisedBy: { by: 'analysis', basis: 'B' }, status: 'answered' }],
      },
    ],
    ['an empty venue', 'analysis', { claims: [claim], quotes: [{ ...quote, venue: {} }] }],
  ];
  it.each(invalid)('reject %s, as its Zod schema does', (_, kind, data) => {
    expect(verdicts(kind, data)).toEqual([false, false]);
  });

  it('accept the minimal examples those invalid ones are made from', () => {
    expect(verdicts('person', person)).toEqual([true, true]);
    expect(verdicts('outlet', outlet)).toEqual([true, true]);
    expect(verdicts('report', report)).toEqual([true, true]);
    expect(verdicts('story', story)).toEqual([true, true]);
    expect(
      verdicts('analysis', { claims: [claim], quotes: [{ ...quote, relay: [{ wording: 'was quoted' }] }] }),
    ).toEqual([true, true]);
  });

  it('carry the fields’ descriptions, for completion and hovers', () => {
    const schema = contentJsonSchema('person') as { properties: Record<string, { description?: string }> };
    expect(schema.properties.role?.description).toBe('Role or office at the time of the events covered.');
  });
});
