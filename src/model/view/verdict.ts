/** The verdict's lines as the story page shows them: the count, then the claims shown, linked to their rows. */
import { verdictText } from '../labels.ts';
import { anchors } from '../paths.ts';
import type { VerdictLine } from '../verdict.ts';

export interface VerdictLineView extends Pick<VerdictLine, 'agreement' | 'lead'> {
  /** Between the count and the claims (": ", ", among them: "); empty when the line has no claims. */
  joiner: string;
  /** The claims shown, their closing full stop dropped since they run on in one sentence. */
  claims: { anchor: string; text: string }[];
  /** The sentence's full stop after the claims; empty when it has none. */
  end: string;
}

export function verdictLine(line: VerdictLine): VerdictLineView {
  const some = line.claims.length > 0;
  return {
    agreement: line.agreement,
    lead: line.lead,
    joiner: some ? verdictText.lead(line.shown, line.claims.length) : '',
    claims: line.claims
      .slice(0, line.shown)
      .map((claim) => ({ anchor: anchors.claim(claim.id), text: claim.text.replace(/\.$/, '') })),
    end: some ? '.' : '',
  };
}
