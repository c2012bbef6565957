import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { classify, unclassifiable } from '../../src/model/classify.ts';
import { readContentFiles } from '../../src/build/content-files.ts';
import { buildCorpus, type ClaimView, type Corpus, type CorpusInput, type StoryView } from '../../src/model/corpus.ts';
import { ContentError, fieldPath, formatIssues, type ContentIssue } from '../../src/model/errors.ts';
import type {
  Analysis,
  Claim,
  Outlet,
  Person,
  Position,
  Question,
  Quote,
  Report,
  Story,
} from '../../src/schemas/index.ts';
import { paths, sourcePath } from '../../src/model/paths.ts';

const VALID = 'tests/fixtures/content/valid';
const VALID_STORY = `${VALID}/stories/harbour-bridge`;

/** The element at `i`, failing loudly instead of returning undefined. */
function at<T>(list: readonly T[], i: number): T {
  const item = list[i];
  if (item === undefined) throw new Error(`no element ${i} in a list of ${list.length}`);
  return item;
}

function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is undefined`);
  return value;
}

function storyOf(corpus: Corpus, id: string): StoryView {
  return defined(corpus.story(id), `story ${id}`);
}

function claimOf(story: StoryView, id: string): ClaimView {
  return defined(
    story.claims.find((c) => c.id === id),
    `claim ${id}`,
  );
}

/** Runs `build` and returns the ContentError it throws; fails if it throws nothing or something else. */
function contentErrorOf(build: () => unknown): ContentError {
  try {
    build();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
  throw new Error('expected a ContentError, but nothing was thrown');
}

describe('the valid fixture, read from disk', () => {
  const files = readContentFiles(VALID);
  const corpus = buildCorpus(files);
  const story = storyOf(corpus, 'harbour-bridge');

  it('reads every file, with paths relative to the working directory', () => {
    expect(files.stories.map((s) => [s.id, s.file])).toEqual([['harbour-bridge', `${VALID_STORY}/story.md`]]);
    expect(files.reports.map((r) => [r.id, r.file])).toEqual([
      ['harbour-bridge/cycling-report', `${VALID_STORY}/reports/cycling-report.md`],
      ['harbour-bridge/gazette-report', `${VALID_STORY}/reports/gazette-report.md`],
      ['harbour-bridge/radio-report', `${VALID_STORY}/reports/radio-report.md`],
    ]);
    expect(files.analyses.map((a) => [a.id, a.file])).toEqual([['harbour-bridge', `${VALID_STORY}/analysis.yaml`]]);
    expect(files.people.map((p) => p.id)).toEqual(['ada-moreno', 'unnamed-engineer']);
    expect(files.outlets.map((o) => [o.id, o.file])).toEqual([
      ['harbour-posts', `${VALID}/outlets/harbour-posts.yaml`],
      ['radio-harbour', `${VALID}/outlets/radio-harbour.yaml`],
      ['the-gazette', `${VALID}/outlets/the-gazette.yaml`],
    ]);
  });

  it('credits outlets with the claims attributed to them and the quotes they aired or relayed', () => {
    const gazette = defined(corpus.outlet('the-gazette'), 'the-gazette');
    const radio = defined(corpus.outlet('radio-harbour'), 'radio-harbour');
    expect(gazette).toMatchObject({ kind: 'outlet', name: 'The Gazette' });
    expect(gazette.claims.map((c) => c.id)).toEqual(['reopens-monday']);
    expect(gazette.relayed.map((q) => q.id)).toEqual(['moreno-deck-is-safe-gazette']);
    expect(gazette.aired).toEqual([]);
    expect(radio.aired.map((q) => q.id)).toEqual(['moreno-deck-is-safe']);
    expect(at(claimOf(story, 'reopens-monday').cells, 2).attributedTo).toEqual([gazette]);
    expect(corpus.outlet('harbour-posts')).toMatchObject({ kind: 'platform', claims: [], relayed: [], aired: [] });
  });

  it('keeps Markdown bodies and normalises a YAML date in frontmatter', () => {
    const gazette = at(
      files.reports.filter((r) => r.id.endsWith('/gazette-report')),
      0,
    );
    expect(gazette.data.published).toBe('2030-03-01');
    expect(gazette.body).toContain('## What it says');
    expect(at(files.stories, 0).body).toContain(':::outside-context');
  });

  it('orders report columns as the story lists them, not by file name', () => {
    expect(story.reportViews.map((r) => r.id)).toEqual(['radio-report', 'gazette-report', 'cycling-report']);
    expect(story.reportViews.map((r) => r.key)).toEqual([
      'harbour-bridge/radio-report',
      'harbour-bridge/gazette-report',
      'harbour-bridge/cycling-report',
    ]);
    expect(at(story.reportViews, 0).file).toBe(`${VALID_STORY}/reports/radio-report.md`);
  });

  it('classifies each claim and counts coverage', () => {
    expect(story.claims.map((c) => [c.id, c.agreement])).toEqual([
      ['reopens-monday', 'shared'],
      ['repairs-cost-4-million', 'conflicting'],
      ['wider-cycle-lane', 'single'],
    ]);
    expect(story.coverage).toEqual({ shared: 1, conflicting: 1, single: 1, total: 3 });
  });

  it('groups claims under topics in the story’s topic order, with their labels', () => {
    expect(story.topicGroups.map((g) => [g.topic.id, g.claims.map((c) => c.id)])).toEqual([
      ['schedule', ['reopens-monday', 'wider-cycle-lane']],
      ['costs', ['repairs-cost-4-million']],
    ]);
    expect(claimOf(story, 'repairs-cost-4-million').topicLabel).toBe('Costs');
  });

  it('gives every claim one cell per report, in column order, silent cells without a position', () => {
    const cost = claimOf(story, 'repairs-cost-4-million');
    expect(cost.cells.map((c) => [c.report.id, c.position?.stance])).toEqual([
      ['radio-report', 'attributes'],
      ['gazette-report', 'contradicts'],
      ['cycling-report', undefined],
    ]);
    expect(at(cost.cells, 0).attributedTo.map((p) => p.id)).toEqual(['ada-moreno']);
    expect(at(cost.cells, 1).attributedTo).toEqual([]);
    for (const claim of story.claims) {
      for (const cell of claim.cells) {
        expect(cell.report).toBe(
          defined(
            story.reportViews.find((r) => r.id === cell.report.id),
            'report view',
          ),
        );
      }
    }
  });

  it('groups quotes by speaker, one column per report', () => {
    expect(
      story.speakers.map((s) => [s.person.id, s.byReport.map((b) => [b.report.id, b.quotes.map((q) => q.id)])]),
    ).toEqual([
      [
        'ada-moreno',
        [
          ['radio-report', ['moreno-deck-is-safe']],
          ['gazette-report', ['moreno-deck-is-safe-gazette']],
          ['cycling-report', []],
        ],
      ],
      [
        'unnamed-engineer',
        [
          ['radio-report', []],
          ['gazette-report', ['engineer-load-tests']],
          ['cycling-report', []],
        ],
      ],
    ]);
  });

  it('marks a quote relayed when the report names an intermediary, first-hand otherwise', () => {
    expect(story.quotes.map((q) => [q.id, q.firstHand])).toEqual([
      ['moreno-deck-is-safe', true],
      ['moreno-deck-is-safe-gazette', false],
      ['engineer-load-tests', true],
    ]);
  });

  it('links people, reports, claims, quotes and questions both ways', () => {
    const ada = defined(corpus.person('ada-moreno'), 'ada-moreno');
    expect(ada.quotes.map((q) => q.id)).toEqual(['moreno-deck-is-safe', 'moreno-deck-is-safe-gazette']);
    expect(ada.claims.map((c) => c.id)).toEqual(['repairs-cost-4-million']);
    expect(ada.anonymous).toBe(false);
    expect(corpus.person('unnamed-engineer')?.anonymous).toBe(true);
    expect(corpus.person('nobody')).toBeUndefined();
    expect(corpus.story('nothing')).toBeUndefined();

    const cycling = at(story.reportViews, 2);
    expect(cycling.claims.map((c) => c.id)).toEqual(['reopens-monday', 'wider-cycle-lane']);
    expect(at(story.reportViews, 1).quotes.map((q) => q.id)).toEqual([
      'moreno-deck-is-safe-gazette',
      'engineer-load-tests',
    ]);

    expect(claimOf(story, 'reopens-monday').quotes.map((q) => q.id)).toEqual([
      'moreno-deck-is-safe',
      'moreno-deck-is-safe-gazette',
    ]);
    expect(claimOf(story, 'repairs-cost-4-million').questions.map((q) => q.id)).toEqual(['why-costs-differ']);

    const [why, loadTests] = story.questions;
    expect(why?.raisedByReport).toBeUndefined();
    expect(why?.claimRefs).toEqual([claimOf(story, 'repairs-cost-4-million')]);
    expect(loadTests?.raisedByReport).toBe(at(story.reportViews, 1));
  });
});

// ---------------------------------------------------------------------------------------------
// In-memory inputs: a three-report story whose column order differs from its file order.

const STORY = 'three-way';
const STORY_FILE = `content/stories/${STORY}/story.md`;
const ANALYSIS_FILE = `content/stories/${STORY}/analysis.yaml`;

const pos = (stance: 'asserts' | 'hedges' | 'contradicts', evidence = 'some words'): Position => ({
  stance,
  evidence,
});
const attributes = (to: string[], evidence = 'some words'): Position => ({ stance: 'attributes', to, evidence });

function story(overrides: Partial<Story> = {}): Story {
  return {
    title: 'A three-way story',
    dek: 'Three reports of one event.',
    events: [{ date: '2030-01-01', label: 'It happens', dateSource: 'stated', reports: ['alpha', 'gamma'] }],
    topics: [
      { id: 't-one', label: 'Topic one' },
      { id: 't-two', label: 'Topic two' },
      { id: 't-empty', label: 'No claims here' },
    ],
    reports: ['gamma', 'alpha', 'beta'],
    ...overrides,
  };
}

const report = (id: string): Report => ({ title: `Report ${id}`, label: id, archive: `${id}.txt` });

function claim(id: string, topic: string, positions: Record<string, Position>, extra: Partial<Claim> = {}): Claim {
  return { id, topic, text: `Claim ${id}.`, positions, about: [], ...extra };
}

function quote(id: string, reportId: string, speaker: string, extra: Partial<Quote> = {}): Quote {
  return {
    id,
    report: reportId,
    speaker,
    text: 'quoted words',
    kind: 'full',
    relay: [],
    topic: 't-one',
    claims: [],
    ...extra,
  };
}

const claims = (): Claim[] => [
  claim('c-shared', 't-two', { alpha: pos('asserts'), gamma: pos('hedges') }, { sameness: 'Same thing.' }),
  claim(
    'c-conflict',
    't-one',
    { alpha: attributes(['pat', 'sam']), beta: pos('contradicts'), gamma: attributes(['pat', 'wire']) },
    { sameness: 'Same thing.', conflict: 'Beta denies it.' },
  ),
  claim('c-single', 't-two', { beta: attributes(['pat']) }),
];

const quotes = (): Quote[] => [
  quote('q1', 'alpha', 'sam', { claims: ['c-conflict'] }),
  quote('q2', 'beta', 'pat', {
    claims: ['c-conflict', 'c-single'],
    relay: [{ source: 'wire', wording: 'told a wire service' }],
  }),
  quote('q3', 'gamma', 'sam', { venue: { platform: 'posts' } }),
  quote('q4', 'alpha', 'pat', { topic: 't-two', venue: { outlet: 'wire', programme: 'Evening' } }),
  quote('q5', 'beta', 'pat', { relay: [{ wording: 'was quoted as saying' }, { source: 'sam', wording: 'passed on' }] }),
];

const questions = (): Question[] => [
  {
    id: 'qa',
    text: 'Who is right?',
    raisedBy: { by: 'analysis', basis: 'They differ.' },
    claims: ['c-conflict'],
    status: 'open',
  },
  {
    id: 'qb',
    text: 'When?',
    raisedBy: { by: 'report', report: 'beta', excerpt: 'nobody said when' },
    claims: ['c-conflict', 'c-shared'],
    status: 'answered',
    answer: 'Gamma says.',
  },
];

interface Parts {
  story?: Story;
  reports?: string[];
  analysis?: Analysis | undefined;
  people?: Record<string, Person>;
  outlets?: Record<string, Outlet>;
}

const OUTLETS: Record<string, Outlet> = {
  wire: { name: 'A wire service', kind: 'outlet' },
  posts: { name: 'Posts', kind: 'platform', description: 'A posting platform.' },
  memo: { name: 'The memo', kind: 'document' },
};

/** A CorpusInput for the three-way story; pass `analysis: undefined` to leave analysis.yaml out. */
function input(parts: Parts = {}): CorpusInput {
  const analysis =
    'analysis' in parts ? parts.analysis : { claims: claims(), quotes: quotes(), questions: questions() };
  const people = parts.people ?? {
    pat: { name: 'Pat Doe', role: 'Mayor', roleSource: 'reports', anonymous: false },
    sam: { name: 'A spokesperson', role: 'Spokesperson', roleSource: 'reports', anonymous: true },
  };
  return {
    stories: [{ id: STORY, file: STORY_FILE, data: parts.story ?? story() }],
    reports: (parts.reports ?? ['alpha', 'beta', 'gamma']).map((id) => ({
      id: `${STORY}/${id}`,
      file: `content/stories/${STORY}/reports/${id}.md`,
      data: report(id),
    })),
    analyses: analysis ? [{ id: STORY, file: ANALYSIS_FILE, data: analysis }] : [],
    people: Object.entries(people).map(([id, data]) => ({ id, file: `content/people/${id}.yaml`, data })),
    outlets: Object.entries(parts.outlets ?? OUTLETS).map(([id, data]) => ({
      id,
      file: `content/outlets/${id}.yaml`,
      data,
    })),
  };
}

/** An analysis with the default parts, some replaced. */
function analysis(overrides: Partial<Analysis> = {}): Analysis {
  return { claims: claims(), quotes: quotes(), questions: questions(), ...overrides };
}

describe('classify', () => {
  const cases: [Position[], string][] = [
    [[pos('asserts')], 'single'],
    [[attributes(['pat'])], 'single'],
    [[pos('asserts'), pos('hedges')], 'shared'],
    [[pos('asserts'), attributes(['pat']), pos('hedges')], 'shared'],
    [[pos('asserts'), pos('contradicts')], 'conflicting'],
    [[pos('hedges'), pos('contradicts'), pos('contradicts')], 'conflicting'],
  ];
  it.each(cases)('classifies %j as %s', (positions, expected) => {
    expect(classify(positions)).toBe(expected);
  });

  it('refuses a claim every report contradicts, and only that', () => {
    const allContradict = claim('x', 't', { a: pos('contradicts'), b: pos('contradicts') });
    expect(unclassifiable(allContradict)).toMatch(/no report makes this claim/);
    expect(unclassifiable(claim('x', 't', { a: pos('contradicts'), b: pos('hedges') }))).toBeUndefined();
  });
});

describe('buildCorpus on in-memory input (three reports)', () => {
  const corpus = buildCorpus(input());
  const view = storyOf(corpus, STORY);
  const [gamma, alpha, beta] = view.reportViews;
  const pat = defined(corpus.person('pat'), 'pat');
  const sam = defined(corpus.person('sam'), 'sam');

  it('uses the story’s column order for every per-report list', () => {
    expect(view.reportViews.map((r) => r.id)).toEqual(['gamma', 'alpha', 'beta']);
    for (const c of view.claims) expect(c.cells.map((cell) => cell.report.id)).toEqual(['gamma', 'alpha', 'beta']);
    for (const s of view.speakers) expect(s.byReport.map((b) => b.report.id)).toEqual(['gamma', 'alpha', 'beta']);
  });

  it('classifies and counts claims', () => {
    expect(view.claims.map((c) => c.agreement)).toEqual(['shared', 'conflicting', 'single']);
    expect(view.coverage).toEqual({ shared: 1, conflicting: 1, single: 1, total: 3 });
  });

  it('groups by topic in topic order and leaves out topics without claims', () => {
    expect(view.topicGroups.map((g) => [g.topic.id, g.claims.map((c) => c.id)])).toEqual([
      ['t-one', ['c-conflict']],
      ['t-two', ['c-shared', 'c-single']],
    ]);
  });

  it('puts an undefined position in the cell of a silent report', () => {
    const single = claimOf(view, 'c-single');
    expect(single.cells.map((c) => c.position)).toEqual([undefined, undefined, attributes(['pat'])]);
    expect(single.cells.map((c) => c.attributedTo.map((p) => p.id))).toEqual([[], [], ['pat']]);
  });

  it('lists a claim on the pages of the people and outlets it is about, apart from attributions', () => {
    const about = claim('c-about', 't-two', { alpha: pos('asserts') }, { about: ['sam', 'wire', 'sam'] });
    const built = buildCorpus(input({ analysis: analysis({ claims: [...claims(), about] }) }));
    const aboutView = claimOf(storyOf(built, STORY), 'c-about');
    const builtSam = defined(built.person('sam'), 'sam');
    expect(aboutView.aboutRefs.map((s) => s.id)).toEqual(['sam', 'wire', 'sam']);
    expect(builtSam.about).toEqual([aboutView]);
    expect(defined(built.outlet('wire'), 'wire').about).toEqual([aboutView]);
    expect(builtSam.claims).not.toContain(aboutView);
  });

  it('resolves attributed people per cell', () => {
    const conflict = claimOf(view, 'c-conflict');
    const wire = defined(corpus.outlet('wire'), 'wire');
    expect(conflict.cells.map((c) => c.attributedTo)).toEqual([[pat, wire], [pat, sam], []]);
  });

  it('resolves people and outlets in one id space, each with its kind and its page', () => {
    const wire = defined(corpus.outlet('wire'), 'wire');
    expect(corpus.outlets.map((o) => [o.id, o.kind])).toEqual([
      ['wire', 'outlet'],
      ['posts', 'platform'],
      ['memo', 'document'],
    ]);
    expect(corpus.source('wire')).toBe(wire);
    expect(corpus.source('pat')).toBe(pat);
    expect(corpus.source('nobody')).toBeUndefined();
    expect(corpus.outlet('pat')).toBeUndefined();
    expect(pat.kind).toBe('person');
    expect(sourcePath(pat)).toBe(paths.person('pat'));
    expect(sourcePath(wire)).toBe(paths.outlet('wire'));
    expect(paths.outlet('wire')).toBe('/outlets/wire/');
  });

  it('resolves venues and relays, and credits each outlet and person with what it aired or relayed', () => {
    const wire = defined(corpus.outlet('wire'), 'wire');
    const posts = defined(corpus.outlet('posts'), 'posts');
    const q = (id: string) =>
      defined(
        view.quotes.find((x) => x.id === id),
        id,
      );
    expect(q('q3').venueRef).toEqual({ outlet: undefined, programme: undefined, platform: posts });
    expect(q('q4').venueRef).toEqual({ outlet: wire, programme: 'Evening', platform: undefined });
    expect(q('q1').venueRef).toBeUndefined();
    expect(q('q2').relayRefs).toEqual([{ source: wire, wording: 'told a wire service' }]);
    // An intermediary the report does not name has no source, and still makes the quote second-hand.
    expect(q('q5').relayRefs).toEqual([
      { source: undefined, wording: 'was quoted as saying' },
      { source: sam, wording: 'passed on' },
    ]);
    expect(q('q5').firstHand).toBe(false);
    expect(wire.claims.map((c) => c.id)).toEqual(['c-conflict']);
    expect(wire.relayed.map((x) => x.id)).toEqual(['q2']);
    expect(wire.aired.map((x) => x.id)).toEqual(['q4']);
    expect(posts.aired.map((x) => x.id)).toEqual(['q3']);
    expect(posts.claims).toEqual([]);
    expect(sam.relayed.map((x) => x.id)).toEqual(['q5']);
    expect(pat.relayed).toEqual([]);
  });

  it('groups quotes by speaker in order of first appearance', () => {
    expect(view.speakers.map((s) => s.person)).toEqual([sam, pat]);
    expect(view.speakers.map((s) => s.byReport.map((b) => b.quotes.map((q) => q.id)))).toEqual([
      [['q3'], ['q1'], []],
      [[], ['q4'], ['q2', 'q5']],
    ]);
  });

  it('tells first-hand quotes from relayed ones', () => {
    expect(view.quotes.map((q) => [q.id, q.firstHand])).toEqual([
      ['q1', true],
      ['q2', false],
      ['q3', true],
      ['q4', true],
      ['q5', false],
    ]);
  });

  it('links reports to the claims they speak to and the quotes they carry', () => {
    expect(alpha?.claims.map((c) => c.id)).toEqual(['c-shared', 'c-conflict']);
    expect(beta?.claims.map((c) => c.id)).toEqual(['c-conflict', 'c-single']);
    expect(gamma?.claims.map((c) => c.id)).toEqual(['c-shared', 'c-conflict']);
    expect(alpha?.quotes.map((q) => q.id)).toEqual(['q1', 'q4']);
    expect(gamma?.quotes.map((q) => q.id)).toEqual(['q3']);
    expect(at(view.quotes, 0).reportRef).toBe(alpha);
    expect(at(view.quotes, 0).speakerRef).toBe(sam);
  });

  it('links people to their quotes and, through attributions, to claims (once each)', () => {
    expect(pat.quotes.map((q) => q.id)).toEqual(['q2', 'q4', 'q5']);
    expect(sam.quotes.map((q) => q.id)).toEqual(['q1', 'q3']);
    expect(pat.claims.map((c) => c.id)).toEqual(['c-conflict', 'c-single']);
    expect(sam.claims.map((c) => c.id)).toEqual(['c-conflict']);
    expect(corpus.people).toEqual([pat, sam]);
  });

  it('links claims to the quotes and questions that concern them', () => {
    expect(claimOf(view, 'c-conflict').quotes.map((q) => q.id)).toEqual(['q1', 'q2']);
    expect(claimOf(view, 'c-single').quotes.map((q) => q.id)).toEqual(['q2']);
    expect(claimOf(view, 'c-shared').quotes).toEqual([]);
    expect(claimOf(view, 'c-conflict').questions.map((q) => q.id)).toEqual(['qa', 'qb']);
    expect(claimOf(view, 'c-shared').questions.map((q) => q.id)).toEqual(['qb']);
  });

  it('links questions to their claims and to the report that raises them', () => {
    const [qa, qb] = view.questions;
    expect(qa?.claimRefs).toEqual([claimOf(view, 'c-conflict')]);
    expect(qa?.raisedByReport).toBeUndefined();
    expect(qb?.claimRefs.map((c) => c.id)).toEqual(['c-conflict', 'c-shared']);
    expect(qb?.raisedByReport).toBe(beta);
    expect(qb?.storyId).toBe(STORY);
  });

  it('lists a quote’s claims in the story’s order, whatever order its entry names them in', () => {
    const reordered = buildCorpus(
      input({ analysis: analysis({ quotes: [quote('q', 'beta', 'pat', { claims: ['c-single', 'c-conflict'] })] }) }),
    );
    const q = at(storyOf(reordered, STORY).quotes, 0);
    expect(q.claimRefs.map((c) => c.id)).toEqual(['c-conflict', 'c-single']);
    expect(claimOf(view, 'c-conflict').quotes.map((x) => x.id)).toEqual(['q1', 'q2']);
  });

  it('gives each report its own cell in every claim it speaks on, and the questions it raises', () => {
    expect(beta?.positions.map(({ claim, cell }) => [claim.id, cell.position?.stance])).toEqual([
      ['c-conflict', 'contradicts'],
      ['c-single', 'attributes'],
    ]);
    for (const { claim, cell } of beta?.positions ?? []) expect(claim.cells).toContain(cell);
    expect(beta?.questions.map((q) => q.id)).toEqual(['qb']);
    expect(alpha?.questions).toEqual([]);
  });

  it('splits the open questions by who raises them, tallies hands and spans the dates', () => {
    expect(view.questionsBy.report.map((q) => q.id)).toEqual(['qb']);
    expect(view.questionsBy.analysis.map((q) => q.id)).toEqual(['qa']);
    expect(view.hands).toEqual({ firstHand: 3, secondHand: 2 });
    expect(view.dates).toEqual({ first: '2030-01-01', last: '2030-01-01', outsideContext: 'none' });
  });

  it('orders the indexes: named people before unnamed sources, then by name; outlets by name', () => {
    const more = buildCorpus(
      input({
        people: {
          pat: { name: 'Pat Doe', role: 'Mayor', roleSource: 'reports', anonymous: false },
          sam: { name: 'A spokesperson', role: 'Spokesperson', roleSource: 'reports', anonymous: true },
          abe: { name: 'Abe Ray', role: 'Engineer', roleSource: 'reports', anonymous: false },
        },
        outlets: { memo: OUTLETS.memo!, posts: OUTLETS.posts!, wire: OUTLETS.wire! },
      }),
    );
    expect(more.people.map((p) => p.id)).toEqual(['pat', 'sam', 'abe']);
    expect(more.peopleIndex.map((p) => p.id)).toEqual(['abe', 'pat', 'sam']);
    expect(more.outletsIndex.map((o) => o.id)).toEqual(['wire', 'posts', 'memo']);
  });

  it('writes the verdict in lines: agreement, disagreement, then one line for single-report claims', () => {
    expect(view.verdict.lines.map((l) => [l.agreement, l.lead, l.claims.map((c) => c.id)])).toEqual([
      ['shared', 'Two or more reports agree on 1 claim (on one, a report only hedges)', ['c-shared']],
      ['conflicting', 'Reports disagree on 1 claim', ['c-conflict']],
      ['single', 'Only one report carries 1 claim (beta 1)', ['c-single']],
    ]);
  });

  it('works with two reports as well as three', () => {
    const two = buildCorpus(
      input({
        story: story({ reports: ['alpha', 'beta'], events: [] }),
        reports: ['alpha', 'beta'],
        analysis: analysis({
          claims: [
            claim('c', 't-one', { alpha: pos('asserts'), beta: pos('contradicts') }, { sameness: 's', conflict: 'c' }),
          ],
          quotes: [quote('q', 'beta', 'pat')],
          questions: [],
        }),
      }),
    );
    const s = storyOf(two, STORY);
    expect(at(s.claims, 0).cells).toHaveLength(2);
    expect(s.coverage).toEqual({ shared: 0, conflicting: 1, single: 0, total: 1 });
    expect(at(s.speakers, 0).byReport.map((b) => b.quotes.length)).toEqual([0, 1]);
  });
});

describe('buildCorpus refuses bad cross-references with a ContentError naming file and field', () => {
  /** The issues buildCorpus reports for `parts`. */
  const issuesFor = (parts: Parts): readonly ContentIssue[] => contentErrorOf(() => buildCorpus(input(parts))).issues;

  /** Asserts that exactly one issue is reported, with this file and field, and a message matching. */
  function expectIssue(parts: Parts, file: string, field: string, message: RegExp): void {
    const issues = issuesFor(parts);
    expect(issues).toEqual([{ file, field, message: expect.stringMatching(message) as unknown }]);
  }

  it('a story listing a report that has no file', () => {
    expectIssue(
      { story: story({ reports: ['gamma', 'alpha', 'beta', 'delta'] }) },
      STORY_FILE,
      'reports[3]',
      /^no report "delta": expected reports\/delta\.md beside story\.md$/,
    );
  });

  it('a report file the story does not list', () => {
    expectIssue(
      { reports: ['alpha', 'beta', 'gamma', 'delta'] },
      `content/stories/${STORY}/reports/delta.md`,
      '',
      new RegExp(`^is not listed in ${STORY_FILE} reports$`),
    );
  });

  it('a report listed twice in the story', () => {
    expectIssue(
      { story: story({ reports: ['gamma', 'alpha', 'beta', 'alpha'] }) },
      STORY_FILE,
      'reports[3]',
      /^duplicate id "alpha" \(also at reports\[1\]\)$/,
    );
  });

  it('a topic defined twice', () => {
    const topics = [...story().topics, { id: 't-one', label: 'Again' }];
    expectIssue({ story: story({ topics }) }, STORY_FILE, 'topics[3]', /^duplicate id "t-one"/);
  });

  it('an event naming a report not in the story', () => {
    const events = [{ date: '2030-01-01', label: 'x', dateSource: 'stated' as const, reports: ['alpha', 'zeta'] }];
    expectIssue({ story: story({ events }) }, STORY_FILE, 'events[0].reports[1]', /^no report "zeta" in this story$/);
  });

  it('a story without analysis.yaml', () => {
    expectIssue({ analysis: undefined }, STORY_FILE, '', /^has no analysis\.yaml beside it$/);
  });

  it('a claim position for a report not in the story', () => {
    const bad = claim('c-x', 't-one', { alpha: pos('asserts'), zeta: pos('asserts') }, { sameness: 's' });
    expectIssue(
      { analysis: analysis({ claims: [...claims(), bad] }) },
      ANALYSIS_FILE,
      'claims[3].positions.zeta',
      /^no report "zeta" in this story$/,
    );
  });

  it('a claim about an unknown person or outlet', () => {
    const bad = claim('c-x', 't-one', { alpha: pos('asserts') }, { about: ['sam', 'nobody'] });
    expectIssue(
      { analysis: analysis({ claims: [bad, ...claims()] }) },
      ANALYSIS_FILE,
      'claims[0].about[1]',
      /^no person or outlet "nobody": expected people\/nobody\.yaml or outlets\/nobody\.yaml$/,
    );
  });

  it('a claim attributed to an unknown person or outlet', () => {
    const bad = claim('c-x', 't-one', { alpha: attributes(['pat', 'nobody', 'wire']) });
    expectIssue(
      { analysis: analysis({ claims: [bad, ...claims()] }) },
      ANALYSIS_FILE,
      'claims[0].positions.alpha.to[1]',
      /^no person or outlet "nobody": expected people\/nobody\.yaml or outlets\/nobody\.yaml$/,
    );
  });

  it('an outlet whose id is also a person’s, naming both files', () => {
    expectIssue(
      { outlets: { ...OUTLETS, pat: { name: 'Pat FM', kind: 'outlet' } } },
      'content/outlets/pat.yaml',
      '',
      /^has the id "pat" of a person \(content\/people\/pat\.yaml\): a source id must name one person or one outlet$/,
    );
  });

  const venueCases: [string, Partial<Quote>, string, RegExp][] = [
    [
      'platform that is an outlet',
      { venue: { platform: 'wire' } },
      'quotes[5].venue.platform',
      /^"wire" is of kind outlet, not platform: see outlets\/wire\.yaml$/,
    ],
    [
      'outlet that is a platform',
      { venue: { outlet: 'posts' } },
      'quotes[5].venue.outlet',
      /^"posts" is of kind platform, not outlet: see outlets\/posts\.yaml$/,
    ],
    [
      'outlet that is a document',
      { venue: { outlet: 'memo' } },
      'quotes[5].venue.outlet',
      /^"memo" is of kind document, not outlet/,
    ],
    [
      'outlet that is a person',
      { venue: { outlet: 'pat' } },
      'quotes[5].venue.outlet',
      /^no outlet "pat" \("pat" is a person\): expected outlets\/pat\.yaml with kind: outlet$/,
    ],
    [
      'dangling outlet',
      { venue: { outlet: 'nowhere', programme: 'Evening' } },
      'quotes[5].venue.outlet',
      /^no outlet "nowhere": expected outlets\/nowhere\.yaml with kind: outlet$/,
    ],
    [
      'dangling relay source',
      {
        relay: [
          { source: 'wire', wording: 'w' },
          { source: 'nowhere', wording: 'w' },
        ],
      },
      'quotes[5].relay[1].source',
      /^no person or outlet "nowhere": expected people\/nowhere\.yaml or outlets\/nowhere\.yaml$/,
    ],
  ];
  it.each(venueCases)('a quote with a venue or relay naming a %s', (_what, change, field, message) => {
    const bad = quote('q-x', 'alpha', 'pat', change);
    expectIssue({ analysis: analysis({ quotes: [...quotes(), bad] }) }, ANALYSIS_FILE, field, message);
  });

  it('a claim under an unknown topic', () => {
    const bad = claim('c-x', 't-nine', { alpha: pos('asserts') });
    expectIssue(
      { analysis: analysis({ claims: [bad], quotes: [], questions: [] }) },
      ANALYSIS_FILE,
      'claims[0].topic',
      /^no topic "t-nine"/,
    );
  });

  // With or without a `conflict`, the one problem is that nobody makes the claim (no misleading second issue).
  it.each([{ sameness: 's' }, { sameness: 's', conflict: 'c' }])('a claim every position contradicts (%j)', (extra) => {
    const bad = claim('c-x', 't-one', { alpha: pos('contradicts'), beta: pos('contradicts') }, extra);
    expectIssue(
      { analysis: analysis({ claims: [...claims(), bad] }) },
      ANALYSIS_FILE,
      'claims[3].positions',
      /^no report makes this claim: at least one position must assert, attribute or hedge it$/,
    );
  });

  it('a conflicting claim without `conflict`', () => {
    const bad = claim('c-x', 't-one', { alpha: pos('asserts'), beta: pos('contradicts') }, { sameness: 's' });
    expectIssue(
      { analysis: analysis({ claims: [...claims(), bad] }) },
      ANALYSIS_FILE,
      'claims[3].conflict',
      /^is required: one report contradicts another/,
    );
  });

  it('`conflict` on a claim no report contradicts', () => {
    const bad = claim('c-x', 't-one', { alpha: pos('asserts'), beta: pos('hedges') }, { sameness: 's', conflict: 'c' });
    expectIssue(
      { analysis: analysis({ claims: [...claims(), bad] }) },
      ANALYSIS_FILE,
      'claims[3].conflict',
      /^is only for claims that a report contradicts/,
    );
  });

  it('a claim two reports speak to without `sameness`', () => {
    const bad = claim('c-x', 't-one', { alpha: pos('asserts'), beta: pos('hedges') });
    expectIssue(
      { analysis: analysis({ claims: [...claims(), bad] }) },
      ANALYSIS_FILE,
      'claims[3].sameness',
      /^is required when two or more reports speak/,
    );
  });

  it('does not require `sameness` when only one report speaks', () => {
    const ok = claim('c-x', 't-one', { alpha: pos('asserts') });
    expect(() => buildCorpus(input({ analysis: analysis({ claims: [...claims(), ok] }) }))).not.toThrow();
  });

  it('duplicate claim, quote and question ids, each at the second occurrence', () => {
    const issues = issuesFor({
      analysis: analysis({
        claims: [...claims(), claim('c-single', 't-one', { gamma: pos('asserts') })],
        quotes: [...quotes(), quote('q2', 'gamma', 'pat')],
        questions: [...questions(), { ...at(questions(), 0), text: 'Again?' }],
      }),
    });
    expect(issues).toEqual([
      { file: ANALYSIS_FILE, field: 'claims[3]', message: 'duplicate id "c-single" (also at claims[2])' },
      { file: ANALYSIS_FILE, field: 'quotes[5]', message: 'duplicate id "q2" (also at quotes[1])' },
      { file: ANALYSIS_FILE, field: 'questions[2]', message: 'duplicate id "qa" (also at questions[0])' },
    ]);
  });

  const quoteCases: [string, Partial<Quote>, string, RegExp][] = [
    ['speaker', { speaker: 'nobody' }, 'quotes[5].speaker', /^no person "nobody": expected people\/nobody\.yaml$/],
    ['report', { report: 'zeta' }, 'quotes[5].report', /^no report "zeta" in this story$/],
    ['topic', { topic: 't-nine' }, 'quotes[5].topic', /^no topic "t-nine" in the story's topics$/],
    ['claim', { claims: ['c-shared', 'c-nine'] }, 'quotes[5].claims[1]', /^no claim "c-nine" in this story$/],
  ];
  it.each(quoteCases)('a quote with an unknown %s', (_what, change, field, message) => {
    const bad = quote('q-x', 'alpha', 'pat', change);
    expectIssue({ analysis: analysis({ quotes: [...quotes(), bad] }) }, ANALYSIS_FILE, field, message);
  });

  it('a question about an unknown claim', () => {
    const bad: Question = { ...at(questions(), 0), id: 'q-x', claims: ['c-nine'] };
    expectIssue(
      { analysis: analysis({ questions: [...questions(), bad] }) },
      ANALYSIS_FILE,
      'questions[2].claims[0]',
      /^no claim "c-nine" in this story$/,
    );
  });

  it('a question raised by an unknown report', () => {
    const bad: Question = {
      ...at(questions(), 1),
      id: 'q-x',
      raisedBy: { by: 'report', report: 'zeta', excerpt: 'x y' },
    };
    expectIssue(
      { analysis: analysis({ questions: [...questions(), bad] }) },
      ANALYSIS_FILE,
      'questions[2].raisedBy.report',
      /^no report "zeta" in this story$/,
    );
  });

  it('a report or analysis in a folder with no story.md', () => {
    const base = input();
    const issues = contentErrorOf(() =>
      buildCorpus({
        ...base,
        reports: [
          ...base.reports,
          { id: 'lost/orphan', file: 'content/stories/lost/reports/orphan.md', data: report('orphan') },
        ],
        analyses: [...base.analyses, { id: 'lost', file: 'content/stories/lost/analysis.yaml', data: analysis() }],
      }),
    ).issues;
    expect(issues).toEqual([
      { file: 'content/stories/lost/reports/orphan.md', field: '', message: 'is in a story folder with no story.md' },
      { file: 'content/stories/lost/analysis.yaml', field: '', message: 'is in a story folder with no story.md' },
    ]);
  });

  it('collects every problem before throwing, and lists them in the message', () => {
    const error = contentErrorOf(() =>
      buildCorpus(
        input({
          story: story({ reports: ['gamma', 'alpha', 'beta', 'delta'] }),
          analysis: analysis({ quotes: [...quotes(), quote('q-x', 'alpha', 'nobody')] }),
        }),
      ),
    );
    expect(error.issues.map((i) => `${i.file}: ${i.field}`)).toEqual([
      `${STORY_FILE}: reports[3]`,
      `${ANALYSIS_FILE}: quotes[5].speaker`,
    ]);
    expect(error.message).toBe(
      [
        'Invalid content (2 problems):',
        `  ${STORY_FILE}: reports[3]: no report "delta": expected reports/delta.md beside story.md`,
        `  ${ANALYSIS_FILE}: quotes[5].speaker: no person "nobody": expected people/nobody.yaml`,
      ].join('\n'),
    );
  });
});

describe('errors', () => {
  it('formats a single issue, leaving out an empty field', () => {
    expect(formatIssues([{ file: 'a.md', field: '', message: 'is wrong' }])).toBe(
      'Invalid content (1 problem):\n  a.md: is wrong',
    );
  });

  it('turns a Zod path into a field path', () => {
    expect(fieldPath(['claims', 3, 'positions', 'report-a', 'evidence'])).toBe('claims[3].positions.report-a.evidence');
    expect(fieldPath([0, 'id'])).toBe('[0].id');
    expect(fieldPath([])).toBe('');
  });
});

describe('readContentFiles', () => {
  /** A copy of the valid fixture in a temp dir, with `changes` (path → new text) written over it. */
  function copyWith(changes: Record<string, string>): string {
    const root = mkdtempSync(join(tmpdir(), 'parallax-read-'));
    cpSync(VALID, root, { recursive: true });
    for (const [path, text] of Object.entries(changes)) writeFileSync(join(root, path), text);
    return root;
  }

  it('reports every schema issue in every file with its file, field path and line:column, then throws', () => {
    const root = copyWith({
      'people/ada-moreno.yaml': 'name: Ada Moreno\nrole: Transport chief\nanonymous: maybe\n',
      'stories/harbour-bridge/reports/cycling-report.md':
        '---\ntitle: T\nlabel: L\narchive: c.txt\npublished: soon\n---\n',
    });
    try {
      const error = contentErrorOf(() => readContentFiles(root));
      const file = (path: string) => relative(process.cwd(), join(root, path));
      expect(error.issues).toEqual([
        {
          file: file('stories/harbour-bridge/reports/cycling-report.md'),
          field: 'published',
          message: 'must be a date written as YYYY-MM-DD',
          line: 5,
          column: 12,
        },
        {
          file: file('people/ada-moreno.yaml'),
          field: 'anonymous',
          message: 'Invalid input: expected boolean, received string',
          line: 3,
          column: 12,
        },
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('keeps a zoned date on its own calendar day and writes a URL back normalised', () => {
    const root = copyWith({
      'stories/harbour-bridge/reports/gazette-report.md':
        '---\ntitle: T\nlabel: L\narchive: bridge-b.txt\npublished: 2025-08-17T01:00:00+05:00\n' +
        'url: HTTPS://Example.org/a"><script>alert(1)</script>\n---\n\nSummary.\n',
    });
    try {
      const report = readContentFiles(root).reports.find((r) => r.id === 'harbour-bridge/gazette-report');
      expect(report?.data.published).toBe('2025-08-17');
      expect(report?.data.url).toBe('https://example.org/a%22%3E%3Cscript%3Ealert(1)%3C/script%3E');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('reports a file that cannot be parsed, and an empty file as missing fields', () => {
    const root = copyWith({ 'people/ada-moreno.yaml': 'name: [Ada\n', 'people/unnamed-engineer.yaml': '' });
    try {
      const issues = contentErrorOf(() => readContentFiles(root)).issues;
      expect(issues.map((i) => [i.file.split('/').slice(-2).join('/'), i.field])).toEqual([
        ['people/ada-moreno.yaml', ''],
        ['people/unnamed-engineer.yaml', 'name'],
        ['people/unnamed-engineer.yaml', 'role'],
      ]);
      expect(at(issues, 0).message).toMatch(/^cannot be parsed: /);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
