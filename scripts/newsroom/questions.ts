/**
 * A story's open questions: 2-8, some asked by a report in so many words (the question sentence is
 * written into its archived copy) and some raised by our analysis of a conflict or a single-source claim.
 */
import type { Question } from '../../src/schemas/index.ts';
import type { ClaimDraft } from './claims.ts';
import { SECTIONS, note, type StoryDraft } from './draft.ts';
import { cap, fill, lowerFirst, slugify } from './text.ts';
import { REPORT_QUESTIONS } from './vocabulary.ts';

export const QUESTIONS_PER_STORY = [2, 8] as const;

type Status = Question['status'];

export function buildQuestions(d: StoryDraft, claims: readonly ClaimDraft[]): Question[] {
  const { rng, scene, reports } = d;
  const count = rng.int(...QUESTIONS_PER_STORY);
  const asked = rng.shuffle(REPORT_QUESTIONS);
  const gaps = rng.shuffle(claims.filter((c) => c.agreement !== 'shared'));
  const questions: Question[] = [];

  for (let i = 0; i < count; i++) {
    // The first question is a report's, the second ours; then either, while material lasts.
    const byReport = i === 0 || (i > 1 && rng.chance(0.55)) || gaps.length === 0;
    const status = rng.weighted<Status>([
      ['open', 0.6],
      ['partly-answered', 0.25],
      ['answered', 0.15],
    ]);
    const answerer = rng.pick(reports);
    const answer =
      status === 'partly-answered'
        ? `The ${lowerFirst(answerer.label)} gives part of an answer; the other reports do not address it.`
        : `The ${lowerFirst(answerer.label)} answers it later in its own account.`;

    let question: Question;
    if (byReport) {
      const template = asked.pop();
      if (!template) break;
      const text = fill(template, scene);
      const report = rng.pick(reports);
      report.sentences.push(text);
      note(report, SECTIONS.gaps, 'It leaves one question open in so many words.');
      const own = claims.filter((c) => c.claim.positions[report.id]).map((c) => c.claim.id);
      question = {
        id: slugify(text).split('-').slice(0, 6).join('-'),
        text,
        raisedBy: { by: 'report', report: report.id, excerpt: text },
        claims: rng.sample(own, rng.int(1, 2)),
        status,
      };
    } else {
      const gap = gaps.pop();
      if (!gap) break;
      const conflicting = gap.agreement === 'conflicting';
      const long = conflicting
        ? `Which report is right about whether ${gap.core}?`
        : `Can the account that ${gap.core} be confirmed?`;
      question = {
        id: `${conflicting ? 'resolve' : 'confirm'}-${gap.claim.id}`,
        text: long.length <= 240 ? long : `Which account of ${lowerFirst(gap.topic.label)} is right?`,
        raisedBy: {
          by: 'analysis',
          basis: conflicting
            ? 'The reports contradict each other on this point, and none cites a document that would settle it.'
            : `Only one report makes this claim about ${lowerFirst(gap.topic.label)}; the others are silent on it.`,
        },
        claims: [gap.claim.id],
        status,
      };
    }
    if (status !== 'open') question.answer = cap(answer);
    questions.push(question);
  }
  return questions;
}
