/**
 * Lighthouse, mobile preset, in Debian's Chromium: 100 in accessibility, best practices and SEO on
 * the home page and one page of every other kind, and a performance target of 95. The built site is
 * served as a static host serves it (gzip and the `_headers` rules), by scripts/serve.ts.
 *
 * Performance is a timing. Lighthouse multiplies the main thread's observed task times by four to
 * simulate a phone, so a busy two-core machine moved the long story page by ten points or more (89,
 * 87, 99 in the CI run that failed on it; 96, 97, 85 at an idle moment). Each audit now calibrates
 * that slowdown to the CPU Lighthouse measured on the way (./calibration.ts), which keeps a crowded
 * machine from simulating a slower phone. The score here is the median of three runs (issue 14) and
 * must stay within a tolerance of the target, so one slow run cannot block a change while a real
 * regression (a render-blocking script, a heavier page) still fails (the last test makes one and
 * checks that it does, so calibration cannot quietly pass everything); the exact medians are in
 * BENCHMARKS.md. Three runs rather than five: one outlier is already outvoted, and the lane takes 21
 * audits instead of 35.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/build/content-files.ts';
import { contentRoot } from '../../src/build/content-layout.ts';
import { paths } from '../../src/model/paths.ts';
import { audit, CATEGORIES, type Audit, type Scores } from './lighthouse.ts';

const RUNS = 3;

/** The median of each category over several audits, with the failing audits of the median run. */
async function medianAudit(url: string): Promise<Pick<Audit, 'scores' | 'failing'> & { runs: Audit[] }> {
  const audits: Audit[] = [];
  for (let i = 0; i < RUNS; i++) audits.push(await audit(url));
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(audits.map((a) => a.scores[c]))])) as Scores;
  const byPerformance = [...audits].sort((a, b) => a.scores.performance - b.scores.performance);
  return { scores, failing: byPerformance[Math.floor(RUNS / 2)]!.failing, runs: audits };
}

/** The performance target, and how far under it a median may fall on a busy machine. */
const PERFORMANCE_TARGET = 95;
const PERFORMANCE_TOLERANCE = 5;
const PERFORMANCE_FLOOR = PERFORMANCE_TARGET - PERFORMANCE_TOLERANCE;
// 4323 by default; beside the browser tests' four servers when PARALLAX_E2E_PORT moves them. The
// heavier copy of the site (below) is served on the next port.
const PORT = process.env.PARALLAX_E2E_PORT ? Number(process.env.PARALLAX_E2E_PORT) + 4 : 4323;
const origin = `http://127.0.0.1:${PORT}`;
const heavierOrigin = `http://127.0.0.1:${PORT + 1}`;
const servers: ChildProcess[] = [];

/** Serves a directory as a static host does (scripts/serve.ts), once it answers. */
async function serve(dir: string, url: string) {
  const port = new URL(url).port;
  servers.push(
    spawn(process.execPath, ['--experimental-strip-types', 'scripts/serve.ts', dir, '--port', port], {
      stdio: 'ignore',
    }),
  );
  for (let i = 0; i < 50; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the static server of ${dir} did not start`);
}

/**
 * CPU-bound work after load, fixed in amount: three tasks of a long loop. On an idle machine it
 * costs the story page about 30 points (BENCHMARKS.md, "Lighthouse on a crowded machine").
 */
const HEAVIER_SCRIPT = `for (let k = 0; k < 3; k++) setTimeout(() => {
  let x = 0;
  for (let i = 0; i < 6e7; i++) x = (x * 31 + i) | 0;
  document.documentElement.dataset.work = String(x);
}, k * 10);
`;
const scratch = mkdtempSync(join(tmpdir(), 'parallax-lighthouse-site-'));

beforeAll(async () => {
  await serve('dist', origin);
}, 30_000);

afterAll(() => {
  for (const server of servers) server.kill();
  rmSync(scratch, { recursive: true, force: true });
});

const { corpus } = loadCorpus(contentRoot());
const story = corpus.stories[0]!;
const pages = {
  home: paths.home(),
  story: paths.story(story.id),
  report: paths.report(story.id, story.reportViews[0]!.id),
  claim: paths.claim(story.id, story.claims[0]!.id),
  quote: paths.quote(story.id, story.quotes[0]!.id),
  person: paths.person(story.quotes[0]!.speaker),
  search: paths.search(),
};

describe('Lighthouse scores', () => {
  it.each(Object.entries(pages))('the %s page scores 100 (performance within tolerance of 95)', async (_kind, path) => {
    const { scores, failing, runs } = await medianAudit(`${origin}${path}`);
    const each = runs.map(
      (r) => `${r.scores.performance} (index ${r.benchmarkIndex}, CPU ×${r.cpuSlowdown.toFixed(2)})`,
    );
    console.log(`Lighthouse ${path}: median ${JSON.stringify(scores)} of ${each.join(', ')}`);
    const floor = (category: string) => (category === 'performance' ? PERFORMANCE_FLOOR : 100);
    const below = CATEGORIES.filter((c) => scores[c] < floor(c));
    expect({ below, failing: scores.performance < PERFORMANCE_FLOOR ? failing : [] }).toEqual({
      below: [],
      failing: [],
    });
  });
});

describe('the performance check', () => {
  it('fails a story page made heavier by script work, however busy the machine', async () => {
    // A copy of the site whose story page runs the work above: what a regression looks like.
    const site = join(scratch, 'site');
    cpSync('dist', site, { recursive: true });
    const page = join(site, pages.story.replace(/^\//, ''), 'index.html');
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('</head>');
    writeFileSync(join(site, 'heavier.js'), HEAVIER_SCRIPT);
    writeFileSync(page, html.replace('</head>', '<script src="/heavier.js" defer></script></head>'));
    await serve(site, heavierOrigin);

    const { scores, failing, benchmarkIndex, cpuSlowdown } = await audit(`${heavierOrigin}${pages.story}`);
    console.log(
      `Lighthouse, heavier story page: ${scores.performance} (index ${benchmarkIndex}, CPU ×${cpuSlowdown.toFixed(2)})`,
    );
    expect(scores.performance).toBeLessThan(PERFORMANCE_FLOOR);
    expect(failing.some((f) => f.startsWith('total-blocking-time:'))).toBe(true);
  });
});
