/**
 * How a draft compares with a hand-written analysis of the same report: which of the analysis'
 * quotes it proposes (recall), with the right speaker and the right relay, which of its questions,
 * and how many of its proposals the analysis holds (precision).
 */
import type { Analysis } from '../../schemas/analysis.ts';
import { normalise } from '../../model/verbatim.ts';
import type { Draft } from './draft.ts';

/** The verbatim check's comparison, and an editor's "[sic]" (not in the archive) dropped. */
const key = (text: string) => normalise(text.replace(/\s*\[sic\]/g, '')).replace(/[.,]$/, '');

export interface DraftScore {
  quotes: number;
  found: number;
  speakerRight: number;
  relayRight: number;
  /** Venue (outlet, programme, platform) as the analysis gives it, absent where it has none. */
  venueRight: number;
  speechProposed: number;
  speechInAnalysis: number;
  questions: number;
  questionsFound: number;
  questionsProposed: number;
  /** Analysis quotes the draft missed or got wrong, for the report. */
  misses: string[];
  /** Venue guesses that differ from the analysis (not part of the bar). */
  venueMisses: string[];
  /** Programme titles or headline strings proposed as speech (should be none). */
  notSpeechAsSpeech: string[];
}

export function scoreDraft(draft: Draft, analysis: Pick<Analysis, 'quotes' | 'questions'>, report: string): DraftScore {
  const wanted = analysis.quotes.filter((q) => q.report === report);
  const speech = draft.quotes.filter((q) => !q.notSpeech);
  const score: DraftScore = {
    quotes: wanted.length,
    found: 0,
    speakerRight: 0,
    relayRight: 0,
    venueRight: 0,
    speechProposed: speech.length,
    speechInAnalysis: speech.filter((p) => wanted.some((q) => key(q.text) === key(p.text))).length,
    questions: 0,
    questionsFound: 0,
    questionsProposed: draft.questions.length,
    misses: [],
    venueMisses: [],
    notSpeechAsSpeech: [],
  };
  for (const quote of wanted) {
    const proposal = speech.find((p) => key(p.text) === key(quote.text));
    if (!proposal) {
      score.misses.push(`${quote.id}: not proposed`);
      continue;
    }
    score.found++;
    if (proposal.speaker?.id === quote.speaker) score.speakerRight++;
    else score.misses.push(`${quote.id}: speaker ${proposal.speaker?.id ?? 'none'}, not ${quote.speaker}`);
    const sources = (relay: readonly { source?: string | undefined }[]) =>
      relay.map((s) => s.source ?? '(unnamed)').join(' > ');
    if (sources(proposal.relay) === sources(quote.relay)) score.relayRight++;
    else score.misses.push(`${quote.id}: relay [${sources(proposal.relay)}], not [${sources(quote.relay)}]`);
    const venue = (
      v: { outlet?: string | undefined; programme?: string | undefined; platform?: string | undefined } | undefined,
    ) => [v?.outlet, v?.programme, v?.platform].map((x) => x ?? '-').join(' / ');
    if (venue(proposal.venue) === venue(quote.venue)) score.venueRight++;
    else score.venueMisses.push(`${quote.id}: venue ${venue(proposal.venue)}, not ${venue(quote.venue)}`);
  }
  const asked = analysis.questions.flatMap((q) =>
    q.raisedBy.by === 'report' && q.raisedBy.report === report ? [q.raisedBy.excerpt] : [],
  );
  score.questions = asked.length;
  score.questionsFound = asked.filter((a) => draft.questions.some((q) => key(q.text) === key(a))).length;
  const notSpeech = new Set(
    draft.quotes.filter((q) => q.notSpeech && q.notSpeech !== 'nested').map((q) => key(q.text)),
  );
  score.notSpeechAsSpeech = speech.filter((p) => notSpeech.has(key(p.text))).map((p) => p.text);
  return score;
}
