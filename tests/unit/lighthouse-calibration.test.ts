import { describe, expect, it } from 'vitest';
import { cpuSlowdownFor, PRESET_CPU_SLOWDOWN, TARGET_BENCHMARK_INDEX } from '../lighthouse/calibration.ts';

describe("Lighthouse's CPU slowdown, calibrated to the host", () => {
  it("keeps the preset's four times on the host the preset is tuned for, and on faster ones", () => {
    expect(PRESET_CPU_SLOWDOWN).toBe(4);
    expect(cpuSlowdownFor(TARGET_BENCHMARK_INDEX)).toBe(4);
    expect(cpuSlowdownFor(1700)).toBe(4);
    expect(cpuSlowdownFor(2700)).toBe(4);
  });

  it('shrinks in proportion on a slower or crowded host, so the simulated phone stays the same', () => {
    expect(cpuSlowdownFor(750)).toBe(2);
    expect(cpuSlowdownFor(375)).toBe(1);
    // The phone: the host's index divided by the slowdown is the same wherever the host is slower.
    for (const index of [1400, 1000, 500, 300]) {
      expect(index / cpuSlowdownFor(index)).toBeCloseTo(TARGET_BENCHMARK_INDEX / 4, 9);
    }
  });

  it('refuses a benchmark index Lighthouse did not measure', () => {
    for (const index of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => cpuSlowdownFor(index)).toThrow(/no usable benchmark index/);
    }
  });
});
