import type { Agreement, Claim, Position } from '../schemas/index.ts';

export { AGREEMENTS, type Agreement } from '../schemas/claim.ts';

/** Why a claim's positions cannot be classified, or `undefined` when they can. */
export function unclassifiable(claim: Claim): string | undefined {
  const positions = Object.values(claim.positions);
  if (positions.length > 0 && positions.every((p) => p.stance === 'contradicts')) {
    return 'no report makes this claim: at least one position must assert, attribute or hedge it';
  }
  return undefined;
}

/** Classifies a claim from its reports' positions (call `unclassifiable` first). */
export function classify(positions: readonly Position[]): Agreement {
  const contradicts = positions.some((p) => p.stance === 'contradicts');
  const supports = positions.some((p) => p.stance !== 'contradicts');
  if (contradicts && supports) return 'conflicting';
  return positions.length >= 2 ? 'shared' : 'single';
}
