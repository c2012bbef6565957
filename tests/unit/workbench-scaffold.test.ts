/**
 * The scaffolds (`npm run new:*`): files with every field explained, that fail validation naming
 * each empty required field and pass once those are filled; ids checked; nothing overwritten.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/build/content-files.ts';
import { ContentError } from '../../src/model/errors.ts';
import { addReportToStory } from '../../src/build/workbench/scaffold.ts';
import { printed } from '../../scripts/command.ts';
import { runNew } from '../../scripts/workbench/new-command.ts';

let root = '';
const SOURCES = resolve('tests/fixtures/sources');
/** `npm run new:* -- …args` in this process (the command only prints this). */
function run(...args: string[]) {
  const { status, stdout, stderr } = printed(runNew(args, { root, sourcesDir: SOURCES, cwd: process.cwd() }));
  return { status, out: stdout + stderr };
}
/** The command itself, as `npm run new:*` starts it. */
function command(...args: string[]) {
  const result = spawnSync(process.execPath, ['--experimental-strip-types', 'scripts/workbench/new.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, PARALLAX_CONTENT_DIR: root, PARALLAX_SOURCES_DIR: SOURCES },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const file = (path: string) => join(root, path);
const edit = (path: string, pairs: [string | RegExp, string][]) => {
  let text = readFileSync(file(path), 'utf8');
  for (const [from, to] of pairs) text = text.replace(from, to);
  writeFileSync(file(path), text);
};
const problems = () => {
  try {
    loadCorpus(root);
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.issues.map((i) => `${i.file.split('/').slice(-2).join('/')}: ${i.field}: ${i.message}`);
  }
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'parallax-scaffold-'));
  cpSync('tests/fixtures/content/valid', root, { recursive: true });
  expect(run('story', 'river-flood').status).toBe(0);
  expect(run('report', 'river-flood', 'bridge-a.txt', 'gazette-report').status).toBe(0);
  expect(run('report', 'river-flood', 'bridge-b.txt', 'radio-report').status).toBe(0);
  expect(run('person', 'Lena Brook').status).toBe(0);
  expect(run('outlet', 'Harbour Times', '--kind', 'outlet').status).toBe(0);
});

describe('scaffolds', () => {
  it('explain every field from the schemas’ descriptions and point at the published JSON Schema', () => {
    const person = readFileSync(file('people/lena-brook.yaml'), 'utf8');
    expect(person).toMatch(
      /^# yaml-language-server: \$schema=http:\/\/localhost:4321\/schema\/content\/person\.schema\.json\n/,
    );
    expect(person).toContain(
      "# Role or office at the time of the events covered. (required; at most 200 characters)\nrole: ''",
    );
    expect(person).toContain("name: 'Lena Brook'");
    const report = readFileSync(file('stories/river-flood/reports/gazette-report.md'), 'utf8');
    expect(report).toContain("archive: 'bridge-a.txt'");
    // Optional provenance is present, explained and commented out: never guessed.
    expect(report).toContain(
      '# Publisher, when the archived copy records it. (optional; at most 120 characters)\n# publisher:',
    );
  });

  it('add each report to the story’s list, in order', () => {
    expect(readFileSync(file('stories/river-flood/story.md'), 'utf8')).toContain(
      'reports: [gazette-report, radio-report]',
    );
  });

  it('fail validation naming each empty required field, file and field', () => {
    expect(problems()).toEqual([
      'river-flood/story.md: title: must not be empty',
      'river-flood/story.md: dek: must not be empty',
      'river-flood/story.md: events[0].date: must be a date written as YYYY-MM-DD',
      'river-flood/story.md: events[0].label: must not be empty',
      'river-flood/story.md: events[0].dateSource: Invalid option: expected one of "stated"|"outside-context"',
      'river-flood/story.md: topics[0].id: must be a lowercase slug of letters, digits and single hyphens, e.g. "putin-accepts-guarantees"',
      'river-flood/story.md: topics[0].label: must not be empty',
      'reports/gazette-report.md: title: must not be empty',
      'reports/gazette-report.md: label: must not be empty',
      'reports/radio-report.md: title: must not be empty',
      'reports/radio-report.md: label: must not be empty',
      'river-flood/analysis.yaml: claims[0].id: must be a lowercase slug of letters, digits and single hyphens, e.g. "putin-accepts-guarantees"',
      'river-flood/analysis.yaml: claims[0].topic: must be a lowercase slug of letters, digits and single hyphens, e.g. "putin-accepts-guarantees"',
      'river-flood/analysis.yaml: claims[0].text: must not be empty',
      'river-flood/analysis.yaml: claims[0].positions: must give at least one report’s position',
      'people/lena-brook.yaml: role: must not be empty',
    ]);
  });

  it('validate once their required fields are filled', () => {
    edit('stories/river-flood/story.md', [
      ["title: ''", 'title: The bridge reopens'],
      ["dek: ''", 'dek: Two reports on the reopening.'],
      ["date: ''", "date: '2026-03-02'"],
      ["label: ''", 'label: The bridge reopens'],
      ["dateSource: ''", 'dateSource: stated'],
      ["id: ''", 'id: reopening'],
      ["label: ''", 'label: The reopening'],
    ]);
    for (const report of ['gazette-report', 'radio-report'])
      edit(`stories/river-flood/reports/${report}.md`, [
        ["title: ''", 'title: A report'],
        ["label: ''", 'label: A report'],
      ]);
    edit('stories/river-flood/analysis.yaml', [
      ["id: ''", 'id: reopens-monday'],
      ["topic: ''", 'topic: reopening'],
      ["text: ''", 'text: The bridge reopens on Monday.'],
      ['positions: {}', "positions: { gazette-report: { stance: asserts, evidence: 'will reopen on Monday' } }"],
    ]);
    edit('people/lena-brook.yaml', [["role: ''", 'role: Engineer']]);
    expect(problems()).toEqual([]);
  });

  it('never overwrite, and check ids', () => {
    expect(run('story', 'river-flood')).toMatchObject({
      status: 1,
      out: expect.stringContaining('already exists: not overwritten') as unknown,
    });
    expect(run('report', 'river-flood', 'bridge-c.txt', 'gazette-report').out).toContain(
      'already exists: not overwritten',
    );
    expect(run('person', 'Lena Brook').out).toContain('"lena-brook" is taken');
    // An outlet may not take a person's id: they share one id space.
    expect(run('outlet', 'Lena Brook').out).toContain('"lena-brook" is taken');
    expect(run('story', 'River_Flood').out).toContain('is not a valid story id');
    expect(run('report', 'river-flood', 'missing.txt', 'x').out).toContain('No "missing.txt" in the source archive');
    expect(run('report', 'no-such-story', 'bridge-a.txt').out).toContain('No story "no-such-story"');
    expect(run('outlet', 'Harbour Post', '--kind', 'newspaper').out).toContain('--kind must be one of');
    expect(run('person', 'Lena Brook', '--nickname', 'L').out).toContain("Unknown option '--nickname'");
  });

  it('are written by the command, which prints what it did and exits 1 on a refusal', () => {
    const made = command('person', 'Ivo Stan', '--anonymous');
    expect(made).toEqual({
      status: 0,
      stdout: `Created ${relative(process.cwd(), file('people/ivo-stan.yaml'))}\nRefer to it as "ivo-stan".\n`,
      stderr: '',
    });
    expect(readFileSync(file('people/ivo-stan.yaml'), 'utf8')).toContain("name: 'Ivo Stan'");
    const refused = command('person', 'Ivo Stan');
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('"ivo-stan" is taken');
  });
});

describe('addReportToStory', () => {
  it('appends to a block list, keeping the rest of the file as written', () => {
    const story = '---\ntitle: T\nevents:\n  - reports: [a]\nreports:\n  - a\n  - b\n---\n\nBody\n';
    expect(addReportToStory(story, 'c')).toBe(
      '---\ntitle: T\nevents:\n  - reports: [a]\nreports:\n  - a\n  - b\n  - c\n---\n\nBody\n',
    );
  });
  it('appends to the top-level flow list, not an event’s', () => {
    const story = '---\nevents:\n  - reports: []\nreports: []\n---\n';
    expect(addReportToStory(story, 'c')).toBe('---\nevents:\n  - reports: []\nreports: [c]\n---\n');
  });
});
