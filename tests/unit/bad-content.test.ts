/**
 * Runs the command-line tools (validate, verify-sources) on copies of the valid fixture with one
 * bad-content overlay each, and checks they fail naming the file and the field. Both run in-process
 * case by case (scripts/validate.ts, scripts/verify.ts); validation also as the real command where
 * its exit status and flags are the point (verify-sources: tests/unit/sources-absent.test.ts). The build's
 * refusals of the same cases: tests/build/bad-content.test.ts.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BAD,
  cases,
  contentWith,
  editorialCases,
  expectCaseLine,
  otherCases,
  run,
  shown,
  SOURCES,
  STORY,
  temps,
  validateHere,
  VALID,
  verifyHere,
} from '../fixtures/bad-content-cases.ts';

describe('the bad-content fixtures', () => {
  it('has exactly one folder per case, each listed in the README', () => {
    const folders = readdirSync(BAD, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(folders).toEqual([...cases.map((c) => c.name), ...otherCases].sort());
    const readme = readFileSync(join(BAD, 'README.md'), 'utf8');
    for (const name of folders) expect(readme).toContain(`\`${name}\``);
  });

  it.each([...cases.map((c) => c.name), ...otherCases])(
    '%s only replaces valid files, each changed, or adds the files it lists',
    (name) => {
      const adds = cases.find((c) => c.name === name)?.adds ?? [];
      const files = readdirSync(join(BAD, name), { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
      expect(files.length).toBeGreaterThan(0);
      for (const entry of files) {
        const path = relative(join(BAD, name), join(entry.parentPath, entry.name));
        const added = adds.includes(path);
        expect(existsSync(join(VALID, path)), `${path} exists in the valid fixture`).toBe(!added);
        if (!added) {
          expect(readFileSync(join(BAD, name, path), 'utf8')).not.toBe(readFileSync(join(VALID, path), 'utf8'));
        }
      }
    },
  );
});

describe('scripts/validate-content.ts', () => {
  it('exits 1 when the content root does not exist, or holds no story', async () => {
    const missing = await validateHere({ PARALLAX_CONTENT_DIR: join(tmpdir(), 'parallax-no-such-dir') });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('parallax-no-such-dir: is not a directory: set PARALLAX_CONTENT_DIR');
    const empty = mkdtempSync(join(tmpdir(), 'parallax-empty-'));
    temps.push(empty);
    const none = await validateHere({ PARALLAX_CONTENT_DIR: empty });
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('stories: holds no story: expected <story>/story.md');
  });

  it('exits 0 on the valid fixture and says what it found', () => {
    const result = run('scripts/validate-content.ts', { PARALLAX_CONTENT_DIR: contentWith() });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/is valid: 1 story, 3 claims, 3 quotes, 2 people, 3 outlets\.$/m);
  });

  it('passes the valid fixture in strict mode: it has nothing for the hedge check', async () => {
    const result = await validateHere({ PARALLAX_CONTENT_DIR: contentWith() }, ['--strict']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  describe('the hedge check', () => {
    const warning = (content: string) =>
      `  ${shown(content, `${STORY}/analysis.yaml`)}:7: claims[0].positions.gazette-report.evidence: ` +
      'claim "reopens-monday": evidence hedges (“may”) but the stance is asserts and the claim’s text has no such hedge: ' +
      'use hedges, hedge the claim’s text, or say why in the note, quoting the word';

    it('lists a warning with file, line, field and claim, and exits 0', async () => {
      const content = contentWith('hedge-under-asserts');
      const result = await validateHere({ PARALLAX_CONTENT_DIR: content });
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/is valid: 1 story,/);
      expect(result.stderr.trim().split('\n')).toEqual(['Hedge check (1 warning):', warning(content)]);
    });

    it('exits 1 on the same warning with --strict', () => {
      const content = contentWith('hedge-under-asserts');
      const result = run('scripts/validate-content.ts', { PARALLAX_CONTENT_DIR: content }, ['--strict']);
      expect(result.status).toBe(1);
      expect(result.stderr.trim().split('\n')).toEqual([
        'Hedge check (1 warning):',
        warning(content),
        'Strict mode: validation fails on 1 warning.',
      ]);
    });
  });

  it('lists every problem of every file in one run', async () => {
    const names = ['wrong-type', 'impossible-date', 'bidi-title', 'stray-file', 'html-person-file', 'merge-key'];
    const content = contentWith();
    for (const name of names) cpSync(join(BAD, name), content, { recursive: true });
    const result = await validateHere({ PARALLAX_CONTENT_DIR: content });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toBe(`Invalid content (${names.length} problems):`);
    for (const name of names)
      expectCaseLine(
        result.stderr,
        content,
        cases.find((c) => c.name === name)!,
      );
  });

  it('lists broken references beside broken files, without echoing references to the broken files', async () => {
    // A person file that fails its schema, and an analysis that both names that person (no echo)
    // and cites a claim that does not exist (a real second problem).
    const names = ['zero-width-name', 'dangling-claim-reference'];
    const content = contentWith();
    for (const name of names) cpSync(join(BAD, name), content, { recursive: true });
    expect(readFileSync(join(content, STORY, 'analysis.yaml'), 'utf8')).toContain('ada-moreno');
    const result = await validateHere({ PARALLAX_CONTENT_DIR: content });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toBe(`Invalid content (${names.length} problems):`);
    for (const name of names)
      expectCaseLine(
        result.stderr,
        content,
        cases.find((c) => c.name === name)!,
      );
    expect(result.stderr).not.toContain('no person');
  });

  it.each(cases)('rejects $name, naming $file, $at and $field', async ({ name, file, field, at, message }) => {
    const content = contentWith(name);
    const started = performance.now();
    const result = await validateHere({ PARALLAX_CONTENT_DIR: content });
    // Amplification is refused while reading (milliseconds: see content-yaml.test.ts), not after
    // expanding, which took a minute and 4.5 GB; the bound is loose for a busy shared machine.
    if (name.startsWith('alias-')) expect(performance.now() - started).toBeLessThan(15_000);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toBe('Invalid content (1 problem):');
    const prefix = `  ${shown(content, file)}${at ? `:${at}` : ''}: ${field ? `${field}: ` : ''}`;
    expect(lines[1]?.startsWith(prefix), `${JSON.stringify(lines[1])} starts with ${JSON.stringify(prefix)}`).toBe(
      true,
    );
    const rest = lines[1]?.slice(prefix.length);
    if (typeof message === 'string') expect(rest).toBe(message);
    else expect(rest).toMatch(message);
    expect(lines).toHaveLength(2);
  });
});

describe('editorial warnings', () => {
  it.each(editorialCases)(
    '$name: validate warns with file, line and field, exits 0, and 1 with --strict',
    async ({ name, warning }) => {
      const content = contentWith(name);
      const env = { PARALLAX_CONTENT_DIR: content, PARALLAX_SOURCES_DIR: SOURCES };
      const result = await validateHere(env);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/is valid: 1 story,/);
      expect(result.stderr.trim().split('\n')).toEqual([
        'Editorial check (1 warning):',
        `  ${shown(content, warning)}`,
      ]);
      const strict = await validateHere(env, ['--strict']);
      expect(strict.status).toBe(1);
      expect(strict.stderr).toContain('Strict mode: validation fails on 1 warning.');
    },
  );

  it('leaves a report silent without a warning when the archive is absent (a public clone)', async () => {
    const content = contentWith('silent-with-evidence');
    const env = { PARALLAX_CONTENT_DIR: content, PARALLAX_SOURCES_DIR: join(tmpdir(), 'parallax-no-such-archive') };
    const result = await validateHere(env, ['--strict']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('npm run verify:sources', () => {
  it('exits 0 on the valid fixture, having checked every passage', () => {
    const result = verifyHere({
      PARALLAX_CONTENT_DIR: contentWith(),
      PARALLAX_SOURCES_DIR: SOURCES,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      `Verified 11 quotes and excerpts and 1 passage quoted in our prose against the archive in ${SOURCES}: all verbatim.`,
    );
  });

  it('exits 1 on a quote that is not verbatim, naming file and quote and showing the closest passage', () => {
    const content = contentWith('quote-not-in-source');
    const result = verifyHere({ PARALLAX_CONTENT_DIR: content, PARALLAX_SOURCES_DIR: SOURCES });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'Source verification failed (1 of 12 passages):',
      `${shown(content, `${STORY}/analysis.yaml`)}: quote "moreno-deck-is-safe" text is not verbatim in bridge-a.txt`,
      '    content: The deck is safe and the lanes are open,',
      '    closest:  "The deck is safe and the lanes are ready,"',
    ]);
  });

  it('exits 1 on words our prose quotes that the archive has only inside a longer word', () => {
    const content = contentWith('prose-quote-not-in-source');
    const result = verifyHere({ PARALLAX_CONTENT_DIR: content, PARALLAX_SOURCES_DIR: SOURCES });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'Source verification failed (1 of 13 passages):',
      `${shown(content, `${STORY}/reports/radio-report.md`)}: body (line 9): quoted words are not verbatim in bridge-a.txt`,
      '    content: open',
      '    closest:  reopen',
    ]);
  });

  it('skips with one plain line and exits 0 when the archive folder does not exist (a public clone)', () => {
    const missing = join(tmpdir(), 'parallax-no-such-archive');
    const result = verifyHere({
      PARALLAX_CONTENT_DIR: contentWith(),
      PARALLAX_SOURCES_DIR: missing,
      PARALLAX_REQUIRE_SOURCES: '',
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([
      `Source verification skipped: no source archive at ${missing} (it is kept outside the repository; ` +
        'set PARALLAX_SOURCES_DIR to its folder to check quotes against it).',
    ]);
  });

  it('exits 2 with a plain message when the archive is missing and PARALLAX_REQUIRE_SOURCES=1', () => {
    const missing = join(tmpdir(), 'parallax-no-such-archive');
    const result = verifyHere({
      PARALLAX_CONTENT_DIR: contentWith(),
      PARALLAX_SOURCES_DIR: missing,
      PARALLAX_REQUIRE_SOURCES: '1',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `No source archive at ${missing}: quotes cannot be verified, and PARALLAX_REQUIRE_SOURCES=1 requires them.\n` +
        'Set PARALLAX_SOURCES_DIR to the folder holding the archived copies of the reports.\n',
    );
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('exits 1 with the validation problems when the content itself is invalid', () => {
    const content = contentWith('dangling-person-reference');
    const result = verifyHere({ PARALLAX_CONTENT_DIR: content, PARALLAX_SOURCES_DIR: SOURCES });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${shown(content, `${STORY}/analysis.yaml`)}:14:48: claims[1].positions.radio-report.to[0]: no person or outlet "ada-morena"`,
    );
  });
});
