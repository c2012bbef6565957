/**
 * On a clone with no source archive beside it, `npm run verify:sources` skips with one plain line
 * and exits 0, so `npm test` passes there; with PARALLAX_REQUIRE_SOURCES=1 (as `.ci/run` sets) the
 * same clone fails with exit 2. Run through npm from a copy of the project's scripts in a temporary
 * folder, with the default archive path (`../shared/sources`) and no PARALLAX_SOURCES_DIR.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'parallax-clone-'));
// A clone's layout: the project in its own folder, nothing beside it.
const clone = join(temp, 'parallax');
for (const path of ['package.json', 'scripts', 'src', 'content'])
  cpSync(join(ROOT, path), join(clone, path), { recursive: true });
symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'));

afterAll(() => rmSync(temp, { recursive: true, force: true }));

function verify(env: Record<string, string>) {
  const rest = { ...process.env };
  delete rest.PARALLAX_SOURCES_DIR;
  delete rest.PARALLAX_REQUIRE_SOURCES;
  const npm = join(dirname(process.execPath), 'npm');
  const result = spawnSync(existsSync(npm) ? npm : 'npm', ['run', '--silent', 'verify:sources'], {
    cwd: clone,
    env: { ...rest, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run verify:sources on a clone without ../shared', () => {
  const expected = join(temp, 'shared/sources');

  it('has no archive beside it', () => {
    expect(existsSync(expected)).toBe(false);
    expect(readFileSync(join(clone, 'package.json'), 'utf8')).toContain('"verify:sources"');
  });

  it('skips with one plain line and exits 0', () => {
    const result = verify({});
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([
      `Source verification skipped: no source archive at ${expected} (it is kept outside the repository; ` +
        'set PARALLAX_SOURCES_DIR to its folder to check quotes against it).',
    ]);
    expect(result.status).toBe(0);
  });

  it('exits 2 naming the missing folder when PARALLAX_REQUIRE_SOURCES=1', () => {
    const result = verify({ PARALLAX_REQUIRE_SOURCES: '1' });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe(
      `No source archive at ${expected}: quotes cannot be verified, and PARALLAX_REQUIRE_SOURCES=1 requires them.`,
    );
  });

  it('is required in this repository’s CI, which has the archive', () => {
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8')).toMatch(/^export PARALLAX_REQUIRE_SOURCES=1$/m);
  });
});
