/** The coverage matrix's model: claims as rows grouped by topic, one stance per report column. */
import type { ClaimCell, ClaimView, ReportView, StoryView } from '../corpus.ts';
import type { Topic } from '../../schemas/index.ts';
import type { CellStance } from './glyphs.ts';

export interface MatrixRow {
  claim: ClaimView;
  /** One per report, in column order. */
  stances: CellStance[];
}

export interface MatrixGroup {
  topic: Topic;
  rows: MatrixRow[];
}

export function cellStance(cell: ClaimCell): CellStance {
  return cell.position?.stance ?? 'silent';
}

/** The story's topic groups as matrix rows; topics without claims are already left out. */
export function matrixGroups(story: StoryView): MatrixGroup[] {
  return story.topicGroups.map(({ topic, claims }) => ({
    topic,
    rows: claims.map((claim) => ({ claim, stances: claim.cells.map(cellStance) })),
  }));
}

/** Per report column: how many claims it speaks to, for the matrix's footer. */
export function reportTallies(story: StoryView): { report: ReportView; speaks: number }[] {
  return story.reportViews.map((report) => ({ report, speaks: report.claims.length }));
}
