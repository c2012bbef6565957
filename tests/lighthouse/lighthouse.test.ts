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
 * regression (a render-blocking script, a heavier page) still fails; the exact medians are in
 * BENCHMARKS.md. Three runs rather than five: one outlier is already outvoted, and the lane takes 21
 * audits instead of 35.
 */
import { spawn, type ChildProcess } from 'node:child_process';
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
// 4323 by default; beside the browser tests' four servers when PARALLAX_E2E_PORT moves them.
const PORT = process.env.PARALLAX_E2E_PORT ? Number(process.env.PARALLAX_E2E_PORT) + 4 : 4323;
const origin = `http://127.0.0.1:${PORT}`;
let server: ChildProcess;

beforeAll(async () => {
  server = spawn(process.execPath, ['--experimental-strip-types', 'scripts/serve.ts', 'dist', '--port', String(PORT)], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 50; i++) {
    if (
      await fetch(origin).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the static server did not start');
});

afterAll(() => {
  server.kill();
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
