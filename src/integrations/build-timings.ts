/**
 * How long the build's own steps took, for the benchmark: with PARALLAX_BUILD_TIMINGS set to a file,
 * each step adds its figures to the JSON object in it (the benchmark times the same `astro build`
 * a deploy runs, and splits it with these). Without the variable nothing is written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export interface BuildTimings {
  /** Reading, validating and joining the content, Markdown included. */
  validateMs?: number;
  /** The Pagefind index. */
  indexMs?: number;
  indexPages?: number;
  /** The share images: drawn where missing from the cache, and copied into the site. */
  imagesMs?: number;
}

export const TIMINGS_ENV = 'PARALLAX_BUILD_TIMINGS';

export function recordTimings(timings: BuildTimings): void {
  const file = process.env[TIMINGS_ENV];
  if (!file) return;
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BuildTimings) : {};
  writeFileSync(file, JSON.stringify({ ...previous, ...timings }));
}

/** The figures a build recorded in `file` (empty when it recorded none). */
export function readTimings(file: string): BuildTimings {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BuildTimings) : {};
}
