import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/paths.ts';
import { corpus, read } from './built-site.ts';

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
});
