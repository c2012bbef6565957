/** What the archived copy records about a report, as its provenance box lists it. */
import type { ReportView } from '../corpus.ts';
import { formatDate, missingProvenance, provenanceText } from '../labels.ts';

export interface ProvenanceRow {
  term: string;
  value: string;
}

export interface ReportMetaView {
  /** Publisher, date and byline, only those the archive records. */
  recorded: ProvenanceRow[];
  /** One line naming what it does not record; undefined when it records everything. */
  missing: string | undefined;
}

export function reportMeta(report: Pick<ReportView, 'publisher' | 'published' | 'byline' | 'url'>): ReportMetaView {
  const rows: [string, string | undefined][] = [
    [provenanceText.publisher, report.publisher],
    [provenanceText.published, report.published && formatDate(report.published)],
    [provenanceText.byline, report.byline],
  ];
  return {
    recorded: rows.flatMap(([term, value]) => (value ? [{ term, value }] : [])),
    missing: missingProvenance(report),
  };
}
