/**
 * How hard Lighthouse's simulated phone throttles this host's CPU.
 *
 * The mobile preset multiplies the main thread's observed task times by four: the phone is taken to
 * be four times slower than the host. Lighthouse tunes that four for a high-end desktop, a benchmark
 * index of 1500–2000 in its device table (docs/throttling.md), and warns when a host scores 1000 or
 * less. This shared two-core machine scores 1550–3100 when idle and 280–580 when other work crowds
 * it; four times the crowded timings is a phone several times slower than the preset's, and the
 * story page lost ten points or more to the neighbours' load. Lighthouse's documented remedy is to
 * calibrate the multiplier to the host's benchmark index ("Calibrating multipliers").
 *
 * Under the low end of that desktop class the slowdown shrinks in proportion, so the simulated phone
 * stays the same; at or above it the preset's four holds, never more, so an idle run is scored
 * exactly as the preset scores it.
 */
import { defaultSettings } from 'lighthouse/core/config/constants.js';

/** The mobile preset's slowdown, as Lighthouse sets it (four). */
export const PRESET_CPU_SLOWDOWN = defaultSettings.throttling.cpuSlowdownMultiplier;
export const TARGET_BENCHMARK_INDEX = 1500;

export function cpuSlowdownFor(benchmarkIndex: number): number {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0) {
    throw new Error(`Lighthouse measured no usable benchmark index (${benchmarkIndex})`);
  }
  return PRESET_CPU_SLOWDOWN * Math.min(1, benchmarkIndex / TARGET_BENCHMARK_INDEX);
}
