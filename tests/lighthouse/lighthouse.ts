/** Runs Lighthouse (mobile preset, the four classic categories) on one URL in Debian's Chromium. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.ts';
import { cpuSlowdownFor } from './calibration.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Scores = Record<(typeof CATEGORIES)[number], number>;

export interface Audit {
  scores: Scores;
  /** Titles of the audits that did not pass, for a readable failure. */
  failing: string[];
  /** The host's CPU as Lighthouse measured it before loading the page, and the slowdown it got. */
  benchmarkIndex: number;
  cpuSlowdown: number;
}

/** The part of Lighthouse's saved artifacts this reads and rewrites. */
interface SavedArtifacts {
  BenchmarkIndex: number;
  settings: { throttling: Record<string, number> };
}

/**
 * One audit in a fresh Chromium (a clean profile and cache, as a first-time reader has), in two
 * phases: Lighthouse loads the page and saves what it gathered, then scores it with the CPU slowdown
 * calibrated to the benchmark index it measured on the way (./calibration.ts). The simulated
 * throttling applies the slowdown only when scoring, so the load is the same as in one call.
 */
export async function audit(url: string): Promise<Audit> {
  const dir = await mkdtemp(join(tmpdir(), 'parallax-lighthouse-'));
  try {
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM_PATH,
      chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
    });
    try {
      await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: [...CATEGORIES], gatherMode: dir });
    } finally {
      chrome.kill();
    }
    // Lighthouse refuses to score artifacts under settings other than those they were gathered
    // with, so the calibrated slowdown is written into the saved settings as well.
    const artifactsFile = join(dir, 'artifacts.json');
    const artifacts = JSON.parse(await readFile(artifactsFile, 'utf8')) as SavedArtifacts;
    const benchmarkIndex = artifacts.BenchmarkIndex;
    const cpuSlowdown = cpuSlowdownFor(benchmarkIndex);
    const throttling = { ...artifacts.settings.throttling, cpuSlowdownMultiplier: cpuSlowdown };
    artifacts.settings.throttling = throttling;
    await writeFile(artifactsFile, JSON.stringify(artifacts));

    const result = await lighthouse(undefined, {
      auditMode: dir,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
      throttling,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse could not load ${url}: ${runtimeError.code} ${runtimeError.message}`);
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]),
    ) as Scores;
    const failing = Object.values(audits)
      .filter((a) => a.score !== null && a.score < 1 && !['informative', 'manual'].includes(a.scoreDisplayMode))
      .map((a) => `${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
    return { scores, failing, benchmarkIndex, cpuSlowdown };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
