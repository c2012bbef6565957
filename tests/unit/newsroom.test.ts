/**
 * The synthetic corpus generator (`npm run newsroom`): byte-identical output for one seed, content that
 * passes the same validation and source verification as real content, and the variety it promises.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/build/content-files.ts';
import type { StoryView } from '../../src/model/corpus.ts';
import { CLAIMS_PER_STORY } from '../../scripts/newsroom/claims.ts';
import { SUMMARY_WORDS } from '../../scripts/newsroom/prose.ts';
import { QUOTES_PER_STORY } from '../../scripts/newsroom/quotes.ts';
import { REPORTS_PER_STORY, TOPICS_PER_STORY } from '../../scripts/newsroom/story.ts';
import { unsafeOutput, writeCorpus } from '../../scripts/newsroom/write.ts';
import { verifySources } from '../../scripts/verify.ts';

const scratch = mkdtempSync(join(tmpdir(), 'parallax-corpus-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes a corpus into the scratch folder and returns its directory. */
function generate(name: string, stories: number, seed: string, reports?: number): string {
  const out = join(scratch, name);
  writeCorpus(out, { stories, seed, reports });
  return out;
}

/** Every file under `dir`, relative path → bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

/** Words of a summary's prose: heading and directive fence lines are not counted. */
function proseWords(markdown: string): number {
  return markdown
    .split('\n')
    .filter((line) => !/^(#|:::)/.test(line))
    .join(' ')
    .split(/\s+/)
    .filter(Boolean).length;
}

const inRange = (value: number, [min, max]: readonly [number, number]) => value >= min && value <= max;

describe('the corpus generator', () => {
  const varied = generate('varied', 12, 'test-seed');
  const { files, corpus } = loadCorpus(join(varied, 'content'));

  it('writes byte-identical files for the same arguments, and different ones for another seed', () => {
    const again = generate('again', 12, 'test-seed');
    const other = generate('other', 12, 'other-seed');
    const first = snapshot(varied);
    const second = snapshot(again);
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [path, bytes] of first) expect(second.get(path)?.equals(bytes), path).toBe(true);

    const third = snapshot(other);
    const same = [...first].filter(([path, bytes]) => third.get(path)?.equals(bytes)).map(([path]) => path);
    // People files may coincide by chance (a common name with the same role), and outlet files come
    // from a fixed list; stories and archives may not.
    const records = /^content\/(people|outlets)\//;
    expect(same.filter((path) => !records.test(path) && path !== 'corpus.json')).toEqual([]);
    const outletFiles = same.filter((path) => path.startsWith('content/outlets/')).length;
    expect(same.length - outletFiles).toBeLessThan(first.size / 10);
  });

  it('passes the same validation as real content: schemas and cross-references', () => {
    expect(corpus.stories).toHaveLength(12);
    expect(files.reports.length).toBe(corpus.stories.reduce((n, s) => n + s.reportViews.length, 0));
  });

  it('passes source verification: every quote and excerpt is verbatim in the generated archive', () => {
    const result = verifySources(join(varied, 'content'), { sourcesDir: join(varied, 'sources'), required: true });
    expect(result.err).toEqual([]);
    expect(result.status).toBe(0);
    expect(result.out.join('\n')).toMatch(/all verbatim/);
  });

  it('keeps every story within the stated ranges', () => {
    for (const story of corpus.stories) {
      expect(inRange(story.reportViews.length, REPORTS_PER_STORY), story.id).toBe(true);
      expect(inRange(story.topics.length, TOPICS_PER_STORY), story.id).toBe(true);
      expect(inRange(story.claims.length, CLAIMS_PER_STORY), story.id).toBe(true);
      expect(inRange(story.quotes.length, QUOTES_PER_STORY), story.id).toBe(true);
      expect(story.questions.length, story.id).toBeGreaterThan(0);
    }
    for (const report of files.reports) {
      expect(inRange(proseWords(report.body), SUMMARY_WORDS), report.id).toBe(true);
      expect(report.body, report.id).toMatch(/^## /m);
    }
    // Not every story has the same number of reports when --reports is not given.
    expect(new Set(corpus.stories.map((s) => s.reportViews.length)).size).toBeGreaterThan(1);
  });

  it('gives every story each agreement and each kind of quote and question', () => {
    const has = (story: StoryView, what: string, found: boolean) => expect(found, `${story.id}: ${what}`).toBe(true);
    for (const story of corpus.stories) {
      has(story, 'shared', story.coverage.shared > 0);
      has(story, 'conflicting', story.coverage.conflicting > 0);
      has(story, 'single', story.coverage.single > 0);
      has(
        story,
        'conflict text',
        story.claims.every((c) => (c.agreement === 'conflicting') === !!c.conflict),
      );
      has(
        story,
        'full quote',
        story.quotes.some((q) => q.kind === 'full'),
      );
      has(
        story,
        'fragment',
        story.quotes.some((q) => q.kind === 'fragment'),
      );
      has(
        story,
        'first-hand',
        story.quotes.some((q) => q.firstHand),
      );
      has(
        story,
        'second-hand',
        story.quotes.some((q) => q.relay.length === 1),
      );
      has(
        story,
        'two-step relay',
        story.quotes.some((q) => q.relay.length === 2),
      );
      has(
        story,
        'anonymous speaker',
        story.quotes.some((q) => q.speakerRef.anonymous),
      );
      has(
        story,
        'named speaker',
        story.quotes.some((q) => !q.speakerRef.anonymous),
      );
      has(
        story,
        'question by a report',
        story.questions.some((q) => q.raisedBy.by === 'report'),
      );
      has(
        story,
        'question by analysis',
        story.questions.some((q) => q.raisedBy.by === 'analysis'),
      );
    }
    const quotes = corpus.stories.flatMap((s) => s.quotes);
    expect(quotes.some((q) => q.venue === undefined)).toBe(true);
    expect(quotes.some((q) => q.venue?.programme)).toBe(true);
    const stances = new Set(
      corpus.stories.flatMap((s) => s.claims.flatMap((c) => Object.values(c.positions))).map((p) => p.stance),
    );
    expect([...stances].sort()).toEqual(['asserts', 'attributes', 'contradicts', 'hedges']);
  });

  it('shares named people across stories', () => {
    const storiesOf = (person: (typeof corpus.people)[number]) =>
      new Set([...person.quotes.map((q) => q.storyId), ...person.claims.map((c) => c.storyId)]).size;
    const named = corpus.people.filter((p) => !p.anonymous);
    expect(named.some((p) => storiesOf(p) >= 2)).toBe(true);
    // Every person file is referred to by some quote or attribution.
    expect(corpus.people.every((p) => storiesOf(p) >= 1)).toBe(true);
  });

  it('attributes some claims to outlets, names outlets and platforms as venues, and leaves some relays unnamed', () => {
    const cells = corpus.stories.flatMap((s) => s.claims.flatMap((c) => c.cells));
    const quotes = corpus.stories.flatMap((s) => s.quotes);
    expect(cells.some((c) => c.attributedTo.some((s) => s.kind === 'outlet'))).toBe(true);
    expect(cells.some((c) => c.attributedTo.some((s) => s.kind === 'person'))).toBe(true);
    expect(quotes.some((q) => q.venueRef?.outlet)).toBe(true);
    expect(quotes.some((q) => q.venueRef?.platform?.kind === 'platform')).toBe(true);
    expect(quotes.some((q) => q.relayRefs.some((r) => r.source === undefined))).toBe(true);
    expect(quotes.some((q) => q.relayRefs.some((r) => r.source?.kind === 'outlet'))).toBe(true);
    // Every outlet file is referred to by an attribution, a venue or a relay.
    for (const outlet of corpus.outlets) {
      expect(outlet.claims.length + outlet.aired.length + outlet.relayed.length, outlet.id).toBeGreaterThan(0);
    }
  });

  it('writes exactly M reports per story with --reports M', () => {
    const fixed = loadCorpus(join(generate('fixed', 4, 'test-seed', 4), 'content')).corpus;
    expect(fixed.stories.map((s) => s.reportViews.length)).toEqual([4, 4, 4, 4]);
  });

  it('refuses to write into the real content, or over a folder that is not a generated corpus', () => {
    expect(unsafeOutput('content')).toMatch(/real content/);
    expect(unsafeOutput('content/stories/x')).toMatch(/real content/);
    expect(unsafeOutput('.')).toMatch(/real content/);
    const foreign = join(scratch, 'foreign');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'notes.txt'), 'keep me');
    expect(unsafeOutput(foreign)).toMatch(/not a generated corpus/);
    expect(() => writeCorpus(foreign, { stories: 1, seed: '1' })).toThrow(/not a generated corpus/);
    expect(readFileSync(join(foreign, 'notes.txt'), 'utf8')).toBe('keep me');
    expect(unsafeOutput(varied)).toBeUndefined();
  });
});
