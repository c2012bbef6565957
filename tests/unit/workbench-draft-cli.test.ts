/**
 * `npm run draft` end to end on the valid fixture: YAML on stdout, or an `analysis.draft.yaml`
 * that is never overwritten, that the content reader ignores and that `npm run validate` lists as
 * pending.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCorpus } from '../../src/build/content-files.ts';
import { validateContent } from '../../scripts/validate.ts';
import { printed } from '../../scripts/command.ts';
import { runDraft } from '../../scripts/workbench/draft-command.ts';

let root = '';
const SOURCES = resolve('tests/fixtures/sources');
/** The command itself, as `npm run draft` starts it. */
function command(...args: string[]) {
  const result = spawnSync(process.execPath, ['--experimental-strip-types', 'scripts/workbench/draft.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, PARALLAX_CONTENT_DIR: root, PARALLAX_SOURCES_DIR: SOURCES },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
/** `npm run draft -- …args` in this process (the command only prints this). */
function run(...args: string[]) {
  return printed(runDraft(args, { root, sourcesDir: SOURCES, cwd: process.cwd() }));
}
const draftFile = () => join(root, 'stories/harbour-bridge/analysis.draft.yaml');

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'parallax-draft-'));
  cpSync('tests/fixtures/content/valid', root, { recursive: true });
});

describe('npm run draft', () => {
  it('prints the draft of a report, its quotes taken from the fixture archive, attributed from the people on file', () => {
    const { status, stdout, stderr } = command('harbour-bridge', 'radio-report');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const data = parse(stdout) as { draft: { archive: string }; quotes: { text: string; speaker: string }[] };
    expect(data.draft.archive).toBe('bridge-a.txt');
    expect(data.quotes).toContainEqual(
      expect.objectContaining({ text: 'The deck is safe and the lanes are ready', speaker: 'ada-moreno' }),
    );
  });

  it('names the reports of the story when the report asked for is not one', () => {
    const { status, stderr } = run('harbour-bridge', 'nope');
    expect(status).toBe(1);
    expect(stderr).toContain('No report "nope" in story "harbour-bridge"');
    expect(stderr).toContain('cycling-report, gazette-report, radio-report');
  });

  it('writes analysis.draft.yaml once, which the build ignores and validate lists as pending', async () => {
    expect(run('harbour-bridge', 'radio-report', '--write').status).toBe(0);
    expect(existsSync(draftFile())).toBe(true);
    const written = readFileSync(draftFile(), 'utf8');
    const again = run('harbour-bridge', 'gazette-report', '--write');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('exists: finish it first');
    expect(readFileSync(draftFile(), 'utf8')).toBe(written);

    expect(() => loadCorpus(root)).not.toThrow();
    const validate = await validateContent(root, { strict: false });
    expect(validate.status).toBe(0);
    expect(validate.out.join('\n')).toContain(
      'Pending drafts (not built; confirm them into analysis.yaml, then delete):',
    );
    expect(validate.out.join('\n')).toContain('stories/harbour-bridge/analysis.draft.yaml');
  });
});
