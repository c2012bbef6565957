/** The coverage bar: one segment per agreement, laid end to end, as percentages of the claims. */
import { AGREEMENTS, type Agreement } from '../classify.ts';
import type { Coverage } from '../corpus.ts';

export interface CoverageSegment {
  agreement: Agreement;
  /** Where it starts and how wide it is, in percent, to three decimals (SVG attributes). */
  x: string;
  width: string;
}

export function coverageSegments(coverage: Coverage): CoverageSegment[] {
  const share = (n: number) => (coverage.total === 0 ? 0 : (n / coverage.total) * 100);
  let x = 0;
  return AGREEMENTS.map((agreement) => {
    const width = share(coverage[agreement]);
    const segment = { agreement, x: x.toFixed(3), width: width.toFixed(3) };
    x += width;
    return segment;
  });
}
