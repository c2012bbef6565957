/** What a draft may name, taken from the content already on file: people, outlets, a story's claims. */
import type { ContentFiles } from '../content-files.ts';
import type { ClaimInput, Known } from './draft.ts';

export function knownRecords(files: Pick<ContentFiles, 'people' | 'outlets'>): Known[] {
  return [
    ...files.people.map((p) => ({ id: p.id, name: p.data.name, kind: 'person' as const, role: p.data.role })),
    ...files.outlets.map((o) => ({ id: o.id, name: o.data.name, kind: o.data.kind })),
  ];
}

/** The story's claims, each with the evidence other reports give for it (its words are key terms too). */
export function storyClaims(files: Pick<ContentFiles, 'analyses'>, story: string, report: string): ClaimInput[] {
  const analysis = files.analyses.find((a) => a.id === story);
  return (analysis?.data.claims ?? []).map((claim) => ({
    id: claim.id,
    text: claim.text,
    evidence: Object.entries(claim.positions)
      .filter(([id]) => id !== report)
      .map(([, position]) => position.evidence),
  }));
}

/** Programme names editors have already given as venues, anywhere in the content. */
export function knownProgrammes(files: Pick<ContentFiles, 'analyses'>): string[] {
  const names = files.analyses.flatMap((a) =>
    a.data.quotes.flatMap((q) => (q.venue?.programme ? [q.venue.programme] : [])),
  );
  return [...new Set(names)];
}
