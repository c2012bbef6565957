import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/model/paths.ts';
import { CONTENT_KINDS, contentJsonSchema } from '../../src/build/workbench/json-schemas.ts';
import type { StoryExport } from '../../src/schemas/export.ts';
import { corpus, read, sitePath } from './built-site.ts';

const schema = JSON.parse(read(paths.exportSchema().slice(1))) as { $id: string };
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

describe('open-data export', () => {
  it('publishes its JSON Schema at a stable URL, identified by its absolute address', () => {
    expect(schema.$id).toMatch(/^https?:\/\/.+\/schema\/analysis\.schema\.json$/);
  });

  it.each(corpus.stories.map((s) => s.id))('the export of %s validates against the published schema', (id) => {
    const data = JSON.parse(read(paths.storyExport(id).slice(1))) as unknown;
    const ok = validate(data);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('holds every report, claim, quote, question and person of the story', () => {
    for (const story of corpus.stories) {
      const data = JSON.parse(read(paths.storyExport(story.id).slice(1))) as Record<string, { id: string }[]>;
      expect(data.reports!.map((r) => r.id)).toEqual(story.reportViews.map((r) => r.id));
      expect(data.claims!.map((c) => c.id)).toEqual(story.claims.map((c) => c.id));
      expect(data.quotes!.map((q) => q.id)).toEqual(story.quotes.map((q) => q.id));
      expect(data.questions!.map((q) => q.id)).toEqual(story.questions.map((q) => q.id));
      const speakers = new Set(story.quotes.map((q) => q.speaker));
      for (const id of speakers) expect(data.people!.map((p) => p.id)).toContain(id);
    }
  });

  it('lists every person and outlet the story refers to, in one id space the positions, venues and relays resolve in', () => {
    for (const story of corpus.stories) {
      const data = JSON.parse(read(paths.storyExport(story.id).slice(1))) as StoryExport;
      const people = new Set(data.people.map((p) => p.id));
      const outlets = new Map(data.outlets.map((o) => [o.id, o]));
      expect([...people].filter((id) => outlets.has(id))).toEqual([]);
      for (const claim of data.claims) {
        for (const position of Object.values(claim.positions)) {
          if (position.stance !== 'attributes') continue;
          for (const id of position.to) expect(people.has(id) || outlets.has(id), `${claim.id} to ${id}`).toBe(true);
        }
      }
      for (const quote of data.quotes) {
        if (quote.venue?.outlet) expect(outlets.get(quote.venue.outlet)?.kind, quote.id).toBe('outlet');
        if (quote.venue?.platform) expect(outlets.get(quote.venue.platform)?.kind, quote.id).toBe('platform');
        for (const step of quote.relay) {
          if (step.source) expect(people.has(step.source) || outlets.has(step.source), quote.id).toBe(true);
        }
      }
      // Exactly the outlets the story refers to, each with its page.
      const referred = new Set(
        story.quotes.flatMap((q) => [
          ...[q.venueRef?.outlet, q.venueRef?.platform].flatMap((o) => (o ? [o.id] : [])),
          ...q.relayRefs.flatMap((r) => (r.source && r.source.kind !== 'person' ? [r.source.id] : [])),
        ]),
      );
      for (const claim of story.claims)
        for (const cell of claim.cells) for (const s of cell.attributedTo) if (s.kind !== 'person') referred.add(s.id);
      expect([...outlets.keys()].sort()).toEqual([...referred].sort());
      for (const outlet of data.outlets) {
        expect(outlet).toMatchObject({ name: corpus.outlet(outlet.id)?.name, kind: corpus.outlet(outlet.id)?.kind });
        expect(sitePath(outlet.page)).toBe(paths.outlet(outlet.id));
      }
    }
  });

  it('the schema rejects an export with a wrong agreement or a missing claim text', () => {
    const story = corpus.stories[0]!;
    const data = JSON.parse(read(paths.storyExport(story.id).slice(1))) as { claims: Record<string, unknown>[] };
    data.claims[0]!.agreement = 'agreed';
    delete data.claims[1]!.text;
    expect(validate(data)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(['/claims/0/agreement', '/claims/1']),
    );
  });

  it('the schema rejects an outlet of an unknown kind, a free-text venue and a missing outlets list', () => {
    const story = corpus.stories[0]!;
    const data = JSON.parse(read(paths.storyExport(story.id).slice(1))) as {
      outlets?: Record<string, unknown>[];
      quotes: { venue?: Record<string, unknown> }[];
    };
    const withVenue = data.quotes.findIndex((q) => q.venue?.outlet);
    expect(withVenue).toBeGreaterThanOrEqual(0);
    expect(data.outlets!.length).toBeGreaterThan(0);
    data.outlets![0]!.kind = 'person';
    data.quotes[withVenue]!.venue!.outlet = 'A Broadcaster';
    expect(validate(data)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(['/outlets/0/kind', `/quotes/${withVenue}/venue/outlet`]),
    );
    delete data.outlets;
    expect(validate(data)).toBe(false);
  });
});

describe('content JSON Schemas, for editors’ tools', () => {
  it.each(CONTENT_KINDS)('publishes the %s schema at its stable URL, generated from the Zod schema', (kind) => {
    const published = JSON.parse(read(paths.contentSchema(kind).slice(1))) as Record<string, unknown>;
    expect(published.$id).toMatch(new RegExp(`^https?://.+/schema/content/${kind}\\.schema\\.json$`));
    expect(published).toEqual({ ...contentJsonSchema(kind), $id: published.$id });
  });
});
