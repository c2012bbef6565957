/**
 * A claim as the story page's row and the claim page's card show it: each report's stance, the
 * one-sentence summary for narrow screens, the reports that speak and the related claims. The
 * components only render what this decides.
 */
import type { ClaimCell, ClaimView, SourceView } from '../corpus.ts';
import { inSentence, listText, stanceSentence, type StanceFacts } from '../labels.ts';
import { anchors, paths } from '../paths.ts';
import type { CellStance } from '../pictures/glyphs.ts';
import { cellStance } from '../pictures/matrix.ts';
import { textFragmentUrl } from '../text-fragment.ts';

/** One report's position on a claim, as a cell shows it. */
export interface CellView {
  cell: ClaimCell;
  stance: CellStance;
  /** Who the claim is attributed to: empty unless the report attributes it and names someone. */
  attributedTo: readonly SourceView[];
  /** The report's original, opened at its words, when the archive records its address. */
  original: string | undefined;
}

export function cellView(cell: ClaimCell): CellView {
  const stance = cellStance(cell);
  const { position, report } = cell;
  return {
    cell,
    stance,
    attributedTo: stance === 'attributes' ? cell.attributedTo : [],
    original: position && report.url ? textFragmentUrl(report.url, position.evidence) : undefined,
  };
}

/** A claim cell as `stanceSentence` reads it. */
export function stanceFacts(cell: ClaimCell): StanceFacts {
  return {
    label: cell.report.label,
    stance: cellStance(cell),
    to: listText(cell.attributedTo.map((s) => s.name)),
  };
}

/** "Both state it", "Only the outcome report hedges it": a claim's row in one sentence. */
export function claimSentence(claim: Pick<ClaimView, 'cells'>): string {
  return stanceSentence(claim.cells.map(stanceFacts));
}

/** A related claim as a row links to it: its anchor, its text and its agreement in running prose. */
export interface RelatedClaimView {
  anchor: string;
  /** Its own page. */
  path: string;
  text: string;
  agreement: string;
}

export interface ClaimRowView {
  /** The row's anchor id on the story page. */
  anchor: string;
  sentence: string;
  /** Every report, in column order. */
  cells: CellView[];
  /** The reports that take a position, for the row's details. */
  speaking: ClaimCell[];
  related: RelatedClaimView[];
  /** The claim's own page. */
  path: string;
}

export function claimRow(claim: ClaimView): ClaimRowView {
  return {
    anchor: anchors.claim(claim.id),
    sentence: claimSentence(claim),
    cells: claim.cells.map(cellView),
    speaking: claim.cells.filter((cell) => cell.position),
    related: claim.related.map((other) => ({
      anchor: anchors.claim(other.id),
      path: paths.claim(other.storyId, other.id),
      text: other.text,
      agreement: inSentence(other.agreementLabel),
    })),
    path: paths.claim(claim.storyId, claim.id),
  };
}
