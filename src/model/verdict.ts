/**
 * The story's verdict, derived from its claims so it is never written twice: what the reports
 * agree on, where they conflict, and what only one of them carries, each with the claims that
 * show it, strongest first. The page says agreement exactly as strongly as the claims do.
 */
import type { Agreement } from './classify.ts';
import type { ClaimView, ReportView } from './corpus.ts';
import { verdictText } from './labels.ts';

/** One line of the verdict as the story page shows it. */
export interface VerdictLine {
  agreement: Agreement;
  /** The count in words: "Both reports agree on 14 claims (on two, a report only hedges)". */
  lead: string;
  /** The claims that show it, firmest first. */
  claims: ClaimView[];
  /** How many of `claims` the line names. */
  shown: number;
}

export interface Verdict {
  /** Shared claims, firmest first (most reports stating or attributing it, fewest hedges). */
  agree: ClaimView[];
  /** Conflicting claims, in the analysis' order. */
  disagree: ClaimView[];
  /** Per report, in column order, the claims only it carries (reports carrying none left out). */
  only: { report: ReportView; claims: ClaimView[] }[];
  /** The verdict in lines, as the story page shows it. */
  lines: VerdictLine[];
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
  const agree = firmestFirst(claims.filter((c) => c.agreement === 'shared'));
  const disagree = claims.filter((c) => c.agreement === 'conflicting');
  const only = reports
    .map((report) => ({
      report,
      claims: firmestFirst(single.filter((c) => c.cells.some((cell) => cell.report === report && cell.position))),
    }))
    .filter((entry) => entry.claims.length > 0);
  return { agree, disagree, only, lines: verdictLines(agree, disagree, only, reports.length, single.length) };
}

function verdictLines(
  agree: ClaimView[],
  disagree: ClaimView[],
  only: Verdict['only'],
  reportCount: number,
  singleCount: number,
): VerdictLine[] {
  const hedged = agree.filter((c) => c.cells.some((cell) => cell.position?.stance === 'hedges')).length;
  return [
    {
      agreement: 'shared',
      lead: verdictText.agree(agree.length, reportCount) + verdictText.hedged(hedged),
      claims: agree,
      shown: 1,
    },
    { agreement: 'conflicting', lead: verdictText.disagree(disagree.length, reportCount), claims: disagree, shown: 3 },
    // Two reports: a line for each one's own claims. More: one line for all, so the verdict still fits a screen.
    ...(reportCount <= 2
      ? only.map(({ report, claims }) => ({
          agreement: 'single' as const,
          lead: verdictText.only(report.label, claims.length),
          claims,
          shown: 1,
        }))
      : only.length === 0
        ? []
        : [
            {
              agreement: 'single' as const,
              lead: verdictText.onlyAny(
                singleCount,
                only.map(({ report, claims }) => ({ label: report.label, n: claims.length })),
              ),
              claims: only.flatMap(({ claims }) => claims.slice(0, 1)),
              shown: 1,
            },
          ]),
  ];
}
