/**
 * Runs the real command-line tools (and once, the real Astro build) on copies of the valid fixture
 * with one bad-content overlay each, and checks they fail naming the file and the field.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const VALID = join(ROOT, 'tests/fixtures/content/valid');
const BAD = join(ROOT, 'tests/fixtures/content/bad');
const SOURCES = join(ROOT, 'tests/fixtures/sources');
const STORY = 'stories/harbour-bridge';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A temp copy of the valid fixture with the overlay `bad/<name>` copied over it (or none). */
function contentWith(name?: string): string {
  const dir = mkdtempSync(join(tmpdir(), `parallax-${name ?? 'valid'}-`));
  temps.push(dir);
  cpSync(VALID, dir, { recursive: true });
  if (name) cpSync(join(BAD, name), dir, { recursive: true });
  return dir;
}

/** Runs `node <script> [args]` from the project root with the given environment added. */
function run(script: string, env: Record<string, string>, args: string[] = []) {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A content file as the tools name it: relative to the project root, where they run. */
const shown = (content: string, path: string) => relative(ROOT, join(content, path));

interface Case {
  /** Folder under tests/fixtures/content/bad. */
  name: string;
  /** Content file, relative to the content root. */
  file: string;
  /** Field path in that file; empty when the whole file is at fault. */
  field: string;
  /** The rest of the line after `file: field: `. */
  message: string | RegExp;
  /** Files the overlay adds rather than replaces (relative to the content root). */
  adds?: string[];
}

const cases: Case[] = [
  {
    name: 'missing-required-field',
    file: `${STORY}/reports/cycling-report.md`,
    field: 'archive',
    message: 'Invalid input: expected string, received undefined',
  },
  {
    name: 'unknown-key',
    file: `${STORY}/analysis.yaml`,
    field: 'claims[1]',
    message: 'Unrecognized key: "confict"',
  },
  {
    name: 'wrong-type',
    file: 'people/unnamed-engineer.yaml',
    field: 'anonymous',
    message: 'Invalid input: expected boolean, received string',
  },
  {
    name: 'bad-date',
    file: `${STORY}/reports/gazette-report.md`,
    field: 'published',
    message: 'must be a date written as YYYY-MM-DD',
  },
  {
    name: 'bad-slug',
    file: `${STORY}/analysis.yaml`,
    field: 'claims[2].id',
    message: /^must be a lowercase slug of letters, digits and single hyphens/,
  },
  {
    name: 'dangling-report-reference',
    file: `${STORY}/story.md`,
    field: 'reports[3]',
    message: 'no report "tv-report": expected reports/tv-report.md beside story.md',
  },
  {
    name: 'dangling-person-reference',
    file: `${STORY}/analysis.yaml`,
    field: 'claims[1].positions.radio-report.to[0]',
    message: 'no person or outlet "ada-morena": expected people/ada-morena.yaml or outlets/ada-morena.yaml',
  },
  {
    name: 'dangling-claim-reference',
    file: `${STORY}/analysis.yaml`,
    field: 'quotes[2].claims[0]',
    message: 'no claim "reopens-tuesday" in this story',
  },
  {
    name: 'duplicate-id',
    file: `${STORY}/analysis.yaml`,
    field: 'quotes[1]',
    message: 'duplicate id "moreno-deck-is-safe" (also at quotes[0])',
  },
  {
    name: 'one-report-story',
    file: `${STORY}/story.md`,
    field: 'reports',
    message: 'a story compares at least two reports',
  },
  {
    name: 'malformed-yaml',
    file: 'people/ada-moreno.yaml',
    field: '',
    message: /^cannot be parsed: .*\bline \d+, column \d+/,
  },
  {
    name: 'conflict-missing',
    file: `${STORY}/analysis.yaml`,
    field: 'claims[1].conflict',
    message: 'is required: one report contradicts another, so explain the conflict',
  },
  {
    name: 'javascript-url',
    file: `${STORY}/reports/gazette-report.md`,
    field: 'url',
    message: 'must be an http(s) URL',
  },
  {
    name: 'data-url',
    file: `${STORY}/reports/gazette-report.md`,
    field: 'url',
    message: 'must be an http(s) URL',
  },
  {
    name: 'dangling-outlet-reference',
    file: `${STORY}/analysis.yaml`,
    field: 'quotes[0].venue.outlet',
    message: 'no outlet "radio-harbor": expected outlets/radio-harbor.yaml with kind: outlet',
  },
  {
    name: 'venue-platform-is-outlet',
    file: `${STORY}/analysis.yaml`,
    field: 'quotes[0].venue.platform',
    message: '"radio-harbour" is of kind outlet, not platform: see outlets/radio-harbour.yaml',
  },
  {
    name: 'outlet-person-id-clash',
    file: 'outlets/ada-moreno.yaml',
    field: '',
    message:
      /^has the id "ada-moreno" of a person \(.*people\/ada-moreno\.yaml\): a source id must name one person or one outlet$/,
    adds: ['outlets/ada-moreno.yaml'],
  },
  {
    name: 'bad-outlet-kind',
    file: 'outlets/the-gazette.yaml',
    field: 'kind',
    message: /^Invalid option: expected one of "outlet"\|"platform"\|"document"$/,
  },
];

/** Case folders checked by something other than `validate`. */
const otherCases = ['quote-not-in-source', 'prose-quote-not-in-source', 'hedge-under-asserts'];

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
  it('exits 1 when the content root does not exist, or holds no story', () => {
    const missing = run('scripts/validate-content.ts', {
      PARALLAX_CONTENT_DIR: join(tmpdir(), 'parallax-no-such-dir'),
    });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('parallax-no-such-dir: is not a directory: set PARALLAX_CONTENT_DIR');
    const empty = mkdtempSync(join(tmpdir(), 'parallax-empty-'));
    temps.push(empty);
    const none = run('scripts/validate-content.ts', { PARALLAX_CONTENT_DIR: empty });
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('stories: holds no story: expected <story>/story.md');
  });

  it('exits 0 on the valid fixture and says what it found', () => {
    const result = run('scripts/validate-content.ts', { PARALLAX_CONTENT_DIR: contentWith() });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/is valid: 1 story, 3 claims, 3 quotes, 2 people, 3 outlets\.$/m);
  });

  it('passes the valid fixture in strict mode: it has nothing for the hedge check', () => {
    const result = run('scripts/validate-content.ts', { PARALLAX_CONTENT_DIR: contentWith() }, ['--strict']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  describe('the hedge check', () => {
    const warning = (content: string) =>
      `  ${shown(content, `${STORY}/analysis.yaml`)}:7: claims[0].positions.gazette-report.evidence: ` +
      'claim "reopens-monday": evidence hedges (“may”) but the stance is asserts and the claim’s text has no such hedge: ' +
      'use hedges, hedge the claim’s text, or say why in the note, quoting the word';

    it('lists a warning with file, line, field and claim, and exits 0', () => {
      const content = contentWith('hedge-under-asserts');
      const result = run('scripts/validate-content.ts', { PARALLAX_CONTENT_DIR: content });
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

  it.each(cases)('rejects $name, naming $file and $field', ({ name, file, field, message }) => {
    const content = contentWith(name);
    const result = run('scripts/validate-content.ts', { PARALLAX_CONTENT_DIR: content });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toBe('Invalid content (1 problem):');
    const prefix = `  ${shown(content, file)}: ${field ? `${field}: ` : ''}`;
    expect(lines[1]?.startsWith(prefix), `${JSON.stringify(lines[1])} starts with ${JSON.stringify(prefix)}`).toBe(
      true,
    );
    const rest = lines[1]?.slice(prefix.length);
    if (typeof message === 'string') expect(rest).toBe(message);
    else expect(rest).toMatch(message);
    expect(lines).toHaveLength(2);
  });
});

describe('scripts/verify-sources.ts', () => {
  it('exits 0 on the valid fixture, having checked every passage', () => {
    const result = run('scripts/verify-sources.ts', {
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
    const result = run('scripts/verify-sources.ts', { PARALLAX_CONTENT_DIR: content, PARALLAX_SOURCES_DIR: SOURCES });
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
    const result = run('scripts/verify-sources.ts', { PARALLAX_CONTENT_DIR: content, PARALLAX_SOURCES_DIR: SOURCES });
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
    const result = run('scripts/verify-sources.ts', {
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
    const result = run('scripts/verify-sources.ts', {
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
    const result = run('scripts/verify-sources.ts', { PARALLAX_CONTENT_DIR: content, PARALLAX_SOURCES_DIR: SOURCES });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${shown(content, `${STORY}/analysis.yaml`)}: claims[1].positions.radio-report.to[0]: no person or outlet "ada-morena"`,
    );
  });
});

describe('astro build', () => {
  // The real build, run through Astro's own API so that its cache (cacheDir) goes to a temporary
  // folder too: the project's dist/ and node_modules/.astro are left alone. The output folder must be
  // inside the project, or Astro puts its prerender chunks in .astro/; dist-*/ is git-ignored.
  it('refuses content with a dangling person reference, naming the file and the field', () => {
    const content = contentWith('dangling-person-reference');
    const outDir = mkdtempSync(join(ROOT, 'dist-unit-'));
    temps.push(outDir);
    const script =
      "import { build } from 'astro';" +
      'await build({ root: process.cwd(), outDir: process.argv[1], cacheDir: process.argv[2], logLevel: "error" });';
    const result = spawnSync(
      process.execPath,
      ['--input-type=module', '--eval', script, join(outDir, 'site'), join(outDir, 'cache')],
      {
        cwd: ROOT,
        env: { ...process.env, PARALLAX_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
        encoding: 'utf8',
        timeout: 110_000,
      },
    );
    expect(result.error).toBeUndefined();
    expect(result.status).not.toBe(0);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(output).toContain('ContentError: Invalid content (1 problem):');
    expect(output).toContain(
      `${shown(content, `${STORY}/analysis.yaml`)}: claims[1].positions.radio-report.to[0]: no person or outlet "ada-morena": expected people/ada-morena.yaml or outlets/ada-morena.yaml`,
    );
    expect(existsSync(join(outDir, 'site', 'index.html'))).toBe(false);
  });
});
