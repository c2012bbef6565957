/** Runs Lighthouse (mobile preset, the four classic categories) on one URL in Debian's Chromium. */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Scores = Record<(typeof CATEGORIES)[number], number>;

export interface Audit {
  scores: Scores;
  /** Titles of the audits that did not pass, for a readable failure. */
  failing: string[];
}

/** One audit in a fresh Chromium (a clean profile and cache, as a first-time reader has). */
export async function audit(url: string): Promise<Audit> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]),
    ) as Scores;
    const failing = Object.values(audits)
      .filter((a) => a.score !== null && a.score < 1 && !['informative', 'manual'].includes(a.scoreDisplayMode))
      .map((a) => `${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
    return { scores, failing };
  } finally {
    chrome.kill();
  }
}
