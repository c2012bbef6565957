/**
 * An open question as the story page lists it and other pages link to it: its anchor, its status
 * in words, who raised it, and the claims it bears on.
 */
import type { QuestionView } from '../corpus.ts';
import { questionText, statusText } from '../labels.ts';
import { anchors, paths } from '../paths.ts';

export interface QuestionItemView {
  anchor: string;
  /** The story page, where the question's anchor is. */
  storyPath: string;
  status: string;
  /** "Asked by the outcome report · Open"; only for a question a report raises. */
  askedBy: string | undefined;
  /** "(partly answered)" after the question; empty while it is open. */
  statusNote: string;
  claims: { anchor: string; text: string }[];
}

export function questionItem(question: QuestionView): QuestionItemView {
  const status = statusText[question.status];
  return {
    anchor: anchors.question(question.id),
    storyPath: paths.story(question.storyId),
    status,
    askedBy:
      question.raisedBy.by === 'report'
        ? questionText.askedBy(question.raisedByReport?.label ?? 'report', status)
        : undefined,
    statusNote: question.status === 'open' ? '' : ` (${status.toLowerCase()})`,
    claims: question.claimRefs.map((claim) => ({ anchor: anchors.claim(claim.id), text: claim.text })),
  };
}

/** A link to a question on its story page, from a claim's or a report's page. */
export function questionLink(question: QuestionView): { path: string; anchor: string; text: string } {
  return { path: paths.story(question.storyId), anchor: anchors.question(question.id), text: question.text };
}
