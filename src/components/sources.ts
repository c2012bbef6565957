/**
 * Attributions as plain text, where no markup may go (a <summary>'s one-line sentence); elsewhere
 * `SourceList.astro` renders them linked.
 */
import type { ClaimCell } from '../model/corpus';
import { listText, type StanceFacts } from '../model/labels';

/** A claim cell as `stanceSentence` reads it. */
export function stanceFacts(cell: ClaimCell): StanceFacts {
  return {
    label: cell.report.label,
    stance: cell.position?.stance ?? 'silent',
    to: listText(cell.attributedTo.map((s) => s.name)),
  };
}
