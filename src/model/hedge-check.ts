/**
 * The hedge check behind `npm run validate` (a warning; `--strict` makes it fail): a report's
 * evidence that hedges or credits someone else must not sit under a stance or a claim worded more
 * firmly than the evidence, unless a note says why. Pure: it reads only the parsed analysis, and
 * looks only at `stance`, `evidence`, `note` and the claim's `text`, so it holds whoever or whatever
 * a position attributes the claim to (a person, an outlet).
 *
 * The rules, for each position of each claim:
 * 1. Evidence with an ATTRIBUTION word under `asserts`: the report credits the words to someone.
 * 2. Evidence with a HEDGE word under `asserts` or `attributes`, when the claim's text carries no
 *    hedge of the same kind (an uncertainty word for an uncertainty word, a likeness word for a
 *    likeness word): the claim, or the stance, is firmer than the report.
 * 3. A note whose own words (outside quotation marks) say the report credits or relays the point
 *    to someone (NOTE_ATTRIBUTION_PHRASES) under `asserts`: the note contradicts the stance.
 * And for each claim:
 * 4. Every position that supports the claim (not `contradicts`) `hedges`, and the claim's text
 *    carries no hedge at all: the claim is stated more flatly than any report states it.
 *
 * "A note saying why": rules 1 and 2 are silenced when the position's note quotes, inside
 * quotation marks, every word that set the rule off (`Hedged with “appears”.`, `Credited to
 * Witkoff “as per CNN”.`). Quoting the word shows the note is about it; a bare "may" in a note
 * could be our own usage. Rules 3 and 4 have no silencer: change the stance or the wording.
 *
 * Words and phrases match whole (case-insensitive, at word boundaries: "say" does not match
 * "essay", nor "may" "Mayor"), with each inflection listed: no stemming, so nothing matches by
 * surprise. The month "May" would match "may"; no evidence has needed a month so far.
 */
import type { Stance } from '../schemas/claim.ts';
import { fieldPath, type ContentIssue } from './errors.ts';
import { quotedPassages, unquotedText } from './quote-marks.ts';

/**
 * Words by which a report signals that it is not vouching for a point. `uncertainty`: the point
 * may not be so (or is someone's hint, suggestion or allegation); `likeness`: the point is a
 * comparison, not an identity ("akin to Article 5" is not "Article 5", nor "modelled on" it, which
 * is why that phrase is not here). "claimed" is an attribution word, not a hedge: under
 * `attributes` the stance already says whose claim it is. Modal "may" and "could" also grant
 * permission ("may give"), which a claim's text then counts as a hedge: word it otherwise.
 */
export const HEDGE_WORDS = {
  uncertainty: [
    'reportedly',
    'allegedly',
    'alleged',
    'purportedly',
    'purported',
    'supposedly',
    'apparently',
    'apparent',
    'appears',
    'appear',
    'appeared',
    'seemingly',
    'seems',
    'seem',
    'seemed',
    'suggested',
    'suggests',
    'suggest',
    'suggesting',
    'teased',
    'teases',
    'tease',
    'hinted',
    'hints',
    'likely',
    'unlikely',
    'probably',
    'possibly',
    'perhaps',
    'may',
    'might',
    'could',
    'expected',
    'rumoured',
    'rumored',
    'unconfirmed',
  ],
  likeness: ['akin', 'resembling', 'resemble', 'resembles', 'resembled', 'similar', 'comparable', 'reminiscent'],
} as const;

/**
 * Likeness words that hedge a claim's own wording but are too common as other parts of speech to
 * count as hedges in evidence ("like" is also a verb).
 */
export const CLAIM_LIKENESS_WORDS = ['like', 'similarly', 'style'] as const;

/**
 * Words and phrases by which a report credits a point to someone else: verbs of saying and their
 * inflections. Forms that are more often nouns or names are left out: "states" (the United
 * States), "claims" (territorial claims), "quotes".
 */
export const ATTRIBUTION_WORDS = [
  'according to',
  'as per',
  'quoted',
  'quoting',
  'said',
  'says',
  'say',
  'saying',
  'told',
  'tells',
  'telling',
  'stated',
  'stating',
  'claimed',
  'claiming',
  'credited',
  'cited',
  'citing',
  'reported',
  'believe',
  'believes',
  'announced',
  'insisted',
  'insists',
  'argued',
  'argues',
  'arguing',
  'warned',
  'warns',
  'described',
  'describes',
] as const;

/** Phrases in our own note saying the report credits the point to someone (rule 3). */
export const NOTE_ATTRIBUTION_PHRASES = [
  'credited to',
  'credits it to',
  'attributed to',
  'attributes it to',
  'relayed from',
  'relayed by',
  'relayed through',
] as const;

/** What the check reads of a position: the schema's position, whatever its `to` may hold. */
export interface HedgePosition {
  stance: Stance;
  evidence: string;
  note?: string | undefined;
}

export interface HedgeClaim {
  /** Named in each message, where the field path only gives an index. */
  id: string;
  text: string;
  positions: Readonly<Record<string, HedgePosition>>;
}

/** A warning, with the field as a path too, so a tool can find its line in the file. */
export interface HedgeWarning extends ContentIssue {
  path: readonly (string | number)[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `phrase` as a pattern: its words separated by any white space, standing as whole words. */
const whole = (alternatives: string) => `(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`;
const body = (phrase: string) => phrase.split(/\s+/).map(escape).join('\\s+');
const key = (found: string) => found.toLowerCase().replace(/\s+/g, ' ');

const phrasePatterns = new Map<string, RegExp>();
/** Whether `phrase` occurs in `text` as whole words, ignoring case and the width of white space. */
export function hasPhrase(text: string, phrase: string): boolean {
  let pattern = phrasePatterns.get(phrase);
  if (!pattern) phrasePatterns.set(phrase, (pattern = new RegExp(whole(body(phrase)), 'iu')));
  return pattern.test(text);
}

// One pattern per list, matching any of its entries: one pass over a text rather than one per word,
// which counts on a generated corpus of thousands of stories.
const listPatterns = new WeakMap<readonly string[], RegExp>();
/** The entries of `words` found in `text` (as `hasPhrase` finds them), in list order. */
export function wordsIn(text: string, words: readonly string[]): string[] {
  let pattern = listPatterns.get(words);
  if (!pattern) {
    // Longest first, so "according to" is tried before a shorter entry it starts with.
    const alternatives = [...words].sort((a, b) => b.length - a.length).map(body);
    listPatterns.set(words, (pattern = new RegExp(whole(alternatives.join('|')), 'giu')));
  }
  const found = new Set([...text.matchAll(pattern)].map((m) => key(m[0])));
  return found.size === 0 ? [] : words.filter((w) => found.has(w));
}

const quote = (words: readonly string[]) => words.map((w) => `“${w}”`).join(', ');

/** Whether the note quotes every one of `words` (inside quotation marks, as whole words). */
function noteExplains(note: string | undefined, words: readonly string[]): boolean {
  if (!note) return false;
  const quoted = quotedPassages(note).map((p) => p.text);
  return words.every((w) => quoted.some((q) => hasPhrase(q, w)));
}

/** Every hedge warning for the claims of one analysis file. */
export function checkHedges(claims: readonly HedgeClaim[], file: string): HedgeWarning[] {
  const warnings: HedgeWarning[] = [];
  claims.forEach((claim, i) => {
    const warn = (path: (string | number)[], message: string) =>
      warnings.push({ file, field: fieldPath(path), path, message: `claim "${claim.id}": ${message}` });
    const claimUncertain = wordsIn(claim.text, HEDGE_WORDS.uncertainty).length > 0;
    const claimLikeness =
      wordsIn(claim.text, HEDGE_WORDS.likeness).length > 0 || wordsIn(claim.text, CLAIM_LIKENESS_WORDS).length > 0;

    for (const [report, position] of Object.entries(claim.positions)) {
      const at = (field: string) => ['claims', i, 'positions', report, field];
      const { stance, evidence, note } = position;

      // Rule 1. (Each rule looks for words only under the stances it concerns: a corpus of thousands
      // of stories has hundreds of thousands of positions.)
      const attributing = stance === 'asserts' ? wordsIn(evidence, ATTRIBUTION_WORDS) : [];
      if (attributing.length > 0 && !noteExplains(note, attributing)) {
        warn(
          at('evidence'),
          `evidence attributes (${quote(attributing)}) but the stance is asserts: ` +
            'use attributes, or say why in the note, quoting the word',
        );
      }

      // Rule 2.
      if (stance === 'asserts' || stance === 'attributes') {
        const unmatched = [
          ...(claimUncertain ? [] : wordsIn(evidence, HEDGE_WORDS.uncertainty)),
          ...(claimLikeness ? [] : wordsIn(evidence, HEDGE_WORDS.likeness)),
        ];
        if (unmatched.length > 0 && !noteExplains(note, unmatched)) {
          warn(
            at('evidence'),
            `evidence hedges (${quote(unmatched)}) but the stance is ${stance} and the claim’s text has no such hedge: ` +
              `${stance === 'asserts' ? 'use hedges, ' : ''}hedge the claim’s text, or say why in the note, quoting the word`,
          );
        }
      }

      // Rule 3.
      const relayed = stance === 'asserts' && note ? wordsIn(unquotedText(note), NOTE_ATTRIBUTION_PHRASES) : [];
      if (relayed.length > 0) {
        warn(
          at('note'),
          `the note says the report credits the point to someone (${quote(relayed)}) but the stance is asserts: use attributes`,
        );
      }
    }

    // Rule 4.
    const supporting = Object.values(claim.positions).filter((p) => p.stance !== 'contradicts');
    if (supporting.length > 0 && supporting.every((p) => p.stance === 'hedges') && !claimUncertain && !claimLikeness) {
      warn(
        ['claims', i, 'text'],
        'every report that supports the claim hedges it, but its text is stated flatly: hedge the wording',
      );
    }
  });
  return warnings;
}
