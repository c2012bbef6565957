/**
 * A bare `astro build` refuses bad content by itself, with the line `validate` gives, and the build
 * prints the editorial warnings of valid content without failing. Every case through `npm run
 * build`: bad-content.test.ts (two files, so the two run side by side).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BAD,
  cases,
  contentWith,
  editorialCases,
  expectCaseLine,
  ROOT,
  shown,
  SOURCES,
  STORY,
  temps,
} from '../fixtures/bad-content-cases.ts';
import { buildSite } from './build-site.ts';

describe('editorial warnings', () => {
  it('are printed by the build, which still succeeds', () => {
    const content = contentWith();
    for (const { name } of editorialCases) cpSync(join(BAD, name), content, { recursive: true });
    const out = join(ROOT, `dist-warn-${process.pid}`);
    temps.push(out);
    const result = buildSite({ content, out, env: { PARALLAX_SOURCES_DIR: SOURCES } });
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('Editorial check (4 warnings):');
    for (const { warning } of editorialCases) expect(result.output).toContain(`  ${shown(content, warning)}\n`);
  });
});

describe('astro build', () => {
  // The real build, run through Astro's own API so that its cache (cacheDir) goes to a temporary
  // folder too: the project's dist/ and node_modules/.astro are left alone. The output folder must be
  // inside the project, or Astro puts its prerender chunks in .astro/; dist-*/ is git-ignored.
  function astroBuild(content: string) {
    const outDir = mkdtempSync(join(ROOT, 'dist-unit-'));
    temps.push(outDir);
    // A script file, not `--eval`: workers the build starts inherit the process's Node flags, and
    // `--input-type` would stop them.
    const script = join(outDir, 'build.mjs');
    writeFileSync(
      script,
      "import { build } from 'astro';\n" +
        'await build({ root: process.cwd(), outDir: process.argv[2], cacheDir: process.argv[3], logLevel: "error" });\n',
    );
    const attempt = () =>
      spawnSync(process.execPath, [script, join(outDir, 'site'), join(outDir, 'cache')], {
        cwd: ROOT,
        env: { ...process.env, PARALLAX_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
        encoding: 'utf8',
        timeout: 50_000,
      });
    let started = performance.now();
    let result = attempt();
    // A bare `astro build` refusing content has, rarely and only on a loaded machine, never exited
    // (one of the 47 refused builds in a CI run; none of 12 on an idle machine). `npm run build`
    // refuses before Astro starts and is not affected.
    // Where it waits is not yet known, so a hang is reported with its output and the build tried
    // once more, rather than failing the gate on a loaded machine.
    if (result.error && (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') {
      console.warn(`astro build hung for 50 s and was stopped; its output:\n${result.stdout}\n${result.stderr}`);
      // The time asserted below is the refusal's own: the build that answered, not the one stopped.
      started = performance.now();
      result = attempt();
    }
    expect(result.error, `${result.stdout}\n${result.stderr}`).toBeUndefined();
    return {
      status: result.status,
      output: `${result.stdout}\n${result.stderr}`,
      milliseconds: performance.now() - started,
      wrote: existsSync(join(outDir, 'site', 'index.html')),
    };
  }

  it('refuses content with a dangling person reference, naming the file, line and field', () => {
    const content = contentWith('dangling-person-reference');
    const result = astroBuild(content);
    expect(result.status).not.toBe(0);
    // Stopped by the build's own validation (src/integrations/content-check-on-build.ts), before any page.
    expect(result.output).toContain('[parallax:content-check-on-build]');
    expect(result.output).toContain('Invalid content (1 problem):');
    expect(result.output).toContain(
      `${shown(content, `${STORY}/analysis.yaml`)}:14:48: claims[1].positions.radio-report.to[0]: no person or outlet "ada-morena": expected people/ada-morena.yaml or outlets/ada-morena.yaml`,
    );
    expect(result.wrote).toBe(false);
  });

  // Refused by the build's own validation step, which reads through the same reader as validate.
  it.each([
    'alias-amplification',
    'merge-key',
    'impossible-date',
    'dot-dot-story-folder',
    'yml-person-file',
    'bidi-title',
  ])('refuses %s by itself, with the line validate gives', (name) => {
    const c = cases.find((x) => x.name === name)!;
    const content = contentWith(name);
    const result = astroBuild(content);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('Invalid content (1 problem):');
    expectCaseLine(result.output, content, c);
    // Astro's own start-up is most of this; the refusal itself takes milliseconds.
    expect(result.milliseconds).toBeLessThan(30_000);
    expect(result.wrote).toBe(false);
  });
});
