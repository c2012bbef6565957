/**
 * The story's verdict, derived from its claims so it is never written twice: what the reports
 * agree on, where they conflict, and what only one of them carries, each with the claims that
 * show it, strongest first. The page says agreement exactly as strongly as the claims do.
 */
import type { ClaimView, ReportView } from './corpus.ts';

export interface Verdict {
  /** Shared claims, firmest first (most reports stating or attributing it, fewest hedges). */
  agree: ClaimView[];
  /** Conflicting claims, in the analysis' order. */
  disagree: ClaimView[];
  /** Per report, in column order, the claims only it carries (reports carrying none left out). */
  only: { report: ReportView; claims: ClaimView[] }[];
}

/** How firmly the reports back a claim: committed positions count most, then what bears on it. */
function weight(claim: ClaimView): number {
  const committed = claim.cells.filter((c) => c.position && c.position.stance !== 'hedges').length;
  return committed * 100 + claim.quotes.length * 2 + claim.questions.length;
}

/** Stable: ties keep the analysis' order, so the same content always gives the same verdict. */
function firmestFirst(claims: readonly ClaimView[]): ClaimView[] {
  return claims
    .map((claim, i) => ({ claim, i }))
    .sort((a, b) => weight(b.claim) - weight(a.claim) || a.i - b.i)
    .map(({ claim }) => claim);
}

export function storyVerdict(claims: readonly ClaimView[], reports: readonly ReportView[]): Verdict {
  const single = claims.filter((c) => c.agreement === 'single');
  return {
    agree: firmestFirst(claims.filter((c) => c.agreement === 'shared')),
    disagree: claims.filter((c) => c.agreement === 'conflicting'),
    only: reports
      .map((report) => ({
        report,
        claims: firmestFirst(single.filter((c) => c.cells.some((cell) => cell.report === report && cell.position))),
      }))
      .filter((entry) => entry.claims.length > 0),
  };
}
