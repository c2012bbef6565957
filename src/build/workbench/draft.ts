/**
 * Drafts a report's quotes, questions and candidate claim evidence from its archived copy. Every
 * proposed text is a slice of the archive (offsets given), so it is verbatim by construction; the
 * guesses around it (speaker, venue, relay) are only guesses, for an editor to confirm.
 */
import { collapse, paragraphsOf, quotesOf, sentencesOf, type QuoteSpan, type Span } from './passages.ts';

/** A person or outlet record the guesses may name. */
export interface Known {
  id: string;
  name: string;
  /** `person`, or the outlet record's kind. */
  kind: 'person' | 'outlet' | 'platform' | 'document';
  /** A person's role, so "the transport chief said" can find who holds it. */
  role?: string;
}

export interface ClaimInput {
  id: string;
  text: string;
  /** Existing evidence of other reports: its words count as key terms too. */
  evidence: string[];
}

export interface RelayGuess {
  /** Id of the relaying outlet or person; absent when the report names none. */
  source?: string;
  /** The report's own words for the relay, verbatim. */
  wording: string;
  start: number;
  end: number;
}

export interface SpeakerGuess {
  /** Id of a known person, or a slug made from the name when nobody by that name is on file. */
  id: string;
  /** The words that name the speaker, as the report gives them. */
  name: string;
  known: boolean;
  /** Why: the attribution the guess rests on. */
  cue: string;
}

export interface VenueGuess {
  outlet?: string;
  programme?: string;
  platform?: string;
}

export type NotSpeech = 'programme-title' | 'headline' | 'nested';

export interface QuoteProposal {
  start: number;
  end: number;
  /** The quoted words, without the marks and without a trailing comma; white space collapsed. */
  text: string;
  kind: 'full' | 'fragment';
  /** Set when the quoted string is not speech: a programme title, a headline, a quote inside a quote. */
  notSpeech?: NotSpeech;
  speaker?: SpeakerGuess;
  venue?: VenueGuess;
  relay: RelayGuess[];
  /** The sentence around the quote, for the editor's eye. */
  sentence: Span;
}

export interface QuestionProposal {
  start: number;
  end: number;
  text: string;
  /** True for a question standing alone as a line (an FAQ entry or a heading), not in running text. */
  standalone: boolean;
}

export interface EvidenceProposal {
  claim: string;
  sentences: { start: number; end: number; text: string; terms: string[] }[];
}

export interface Draft {
  quotes: QuoteProposal[];
  questions: QuestionProposal[];
  evidence: EvidenceProposal[];
}

const SPEECH_VERBS =
  'said|says|suggested|told|tells|warned|warns|explained|emphasi[sz]ed|added|stated|insisted|noted|argued|declared|acknowledged|claimed|wrote|posted|teased|described|framed|called|promised|asked|replied|remarked';
const PRONOUN = /^(?:he|she|they)$/i;
/** A role or description with its article: "the transport chief", "a senior European diplomat". */
const ROLE = `(?:[Tt]he|[Aa]n?)\\s+(?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+`;

/** Lowercase, hyphenated, as ids are. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Ways the report may name a record: its full name, without a leading article, and a person's surname. */
function variants(record: Known): string[] {
  const name = record.name.trim();
  const bare = name.replace(/^(?:an?|the|some)\s+/i, '');
  const names = new Set([name, bare]);
  const words = bare.split(/\s+/);
  const surname = words.at(-1);
  if (record.kind === 'person' && words.length > 1 && surname && /^\p{Lu}/u.test(bare)) names.add(surname);
  return [...names].filter((n) => n.length > 1);
}

interface Mention {
  record: Known;
  start: number;
  end: number;
}

/** Where known records are named in `span`, longest names first, without overlaps. */
function mentionsIn(archive: string, span: Span, known: Known[]): Mention[] {
  const text = archive.slice(span.start, span.end);
  const candidates = known.flatMap((record) =>
    variants(record).map((v) => ({ record, pattern: new RegExp(`(?<![\\p{L}])${escape(v)}(?![\\p{L}])`, 'giu') })),
  );
  const taken: Mention[] = [];
  for (const { record, pattern } of candidates.sort((a, b) => b.pattern.source.length - a.pattern.source.length)) {
    for (const m of text.matchAll(pattern)) {
      const start = span.start + m.index;
      const end = start + m[0].length;
      // Case matters for a surname ("Rubio"), not for a description ("a senior European diplomat").
      if (/^\p{Lu}/u.test(record.name) && record.kind === 'person' && !/^\p{Lu}/u.test(m[0]) && !/\s/.test(m[0]))
        continue;
      if (taken.some((t) => t.start < end && start < t.end)) continue;
      taken.push({ record, start, end });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

const isPerson = (m: Mention) => m.record.kind === 'person';

export interface DraftInput {
  archive: string;
  known: Known[];
  claims?: ClaimInput[];
  /** Programme names already in the content (venues), recognised when unquoted too. */
  programmes?: string[];
}

/** Everything `npm run draft` proposes for one archived report. */
export function draftReport(input: DraftInput): Draft {
  const { archive, known } = input;
  const paragraphs = paragraphsOf(archive);
  const spans = quotesOf(archive, paragraphs);
  const sentences = sentencesOf(archive, paragraphs, spans);
  const sentenceAt = (offset: number) =>
    sentences.find((s) => s.start <= offset && offset < s.end) ?? { start: offset, end: offset, paragraph: -1 };
  const headingParagraphs = new Set(
    paragraphs.flatMap((p, i) => (isHeadingLine(archive.slice(p.start, p.end)) ? [i] : [])),
  );

  /** The person a pronoun stands for: the first person named in the nearest earlier sentence that names one. */
  const antecedent = (before: number): Mention | undefined => {
    const earlier = sentences
      .slice(
        0,
        Math.max(
          0,
          sentences.findIndex((s) => s.end > before),
        ),
      )
      .reverse();
    for (const sentence of earlier) {
      const people = mentionsIn(archive, sentence, known).filter(isPerson);
      if (people[0]) return people[0];
    }
    return undefined;
  };

  const titleSpans = new Set(spans.filter((q) => programmeTitle(archive, q, known)));
  const programmeTitles = [...titleSpans].map((q) => collapse(archive.slice(q.start, q.end).replace(/[,\s]+$/, '')));

  const quotes = spans.map((span): QuoteProposal => {
    const raw = archive.slice(span.start, span.end);
    const trailing = /[,\s]+$/.exec(raw)?.[0].length ?? 0;
    const end = span.end - trailing;
    const text = collapse(archive.slice(span.start, end));
    const sentence = sentenceAt(span.open);
    const fullSentence: Span = { start: sentence.start, end: Math.max(sentence.end, sentenceAt(span.close).end) };
    const base = { start: span.start, end, text, sentence: fullSentence, relay: [] as RelayGuess[] };
    const kind = isFull(archive, span, text) ? 'full' : 'fragment';
    if (span.parent !== undefined) return { ...base, kind, notSpeech: 'nested' };
    if (headingParagraphs.has(span.paragraph)) return { ...base, kind, notSpeech: 'headline' };
    if (titleSpans.has(span)) return { ...base, kind, notSpeech: 'programme-title' };

    const relay = relayOf(archive, fullSentence, span, known);
    const speaker = speakerOf(archive, fullSentence, span, known, antecedent);
    const venue = venueOf(archive, fullSentence, span, sentences, known, [
      ...programmeTitles,
      ...(input.programmes ?? []),
    ]);
    return {
      ...base,
      kind,
      relay,
      ...(speaker ? { speaker } : {}),
      ...(venue ? { venue } : {}),
    };
  });

  const questions = sentences
    .filter((s) => archive[s.end - 1] === '?' && !spans.some((q) => q.open < s.end - 1 && s.end - 1 < q.close))
    .map((s) => {
      const p = paragraphs[s.paragraph];
      return {
        start: s.start,
        end: s.end,
        text: collapse(archive.slice(s.start, s.end)),
        standalone: s.start === p?.start && s.end === p.end,
      };
    });

  const claims = input.claims ?? [];
  const claimTerms = claims.map(termsOf);
  // Terms most claims share ("russia", "ukraine" in the Alaska story) say nothing about which claim a sentence bears on.
  const spread = new Map<string, number>();
  for (const terms of claimTerms) for (const t of terms) spread.set(t, (spread.get(t) ?? 0) + 1);
  const common = new Set([...spread].filter(([, n]) => n > Math.max(2, claims.length / 5)).map(([t]) => t));
  const running = sentences.filter((s) => !headingParagraphs.has(s.paragraph));
  const evidence = claims.map((claim, i) =>
    evidenceFor(archive, running, claim.id, claimTerms[i] ?? new Set(), common),
  );
  return { quotes, questions, evidence };
}

/**
 * A heading or headline line: an "Also read:" line, or a short paragraph with no sentence-ending
 * punctuation (subheadings of the archived copy).
 */
export function isHeadingLine(line: string): boolean {
  if (/^\s*(?:also read|read more|see also|related)\s*:/i.test(line)) return true;
  const words = line.trim().split(/\s+/).length;
  return words <= 12 && !/[.?!:;,][”’"']?\s*$/.test(line.trim());
}

/**
 * A programme title: a quoted string right after an outlet's possessive ("CNN’s “State of the
 * Union,”"), or after "programme"/"show", or a short Title Case string with no speech verb near it.
 */
function programmeTitle(archive: string, q: QuoteSpan, known: Known[]): boolean {
  const before = archive.slice(Math.max(0, q.open - 60), q.open);
  const outlets = known.filter((k) => k.kind === 'outlet').flatMap(variants);
  if (outlets.some((o) => new RegExp(`${escape(o)}[’']s\\s*$`, 'i').test(before))) return true;
  if (/\b(?:programme|program|show|series|broadcast)\s*$/i.test(before)) return true;
  const text = archive
    .slice(q.start, q.end)
    .replace(/[,\s]+$/, '')
    .trim();
  const words = text.split(/\s+/);
  const titleCase = words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|a|an|and|in|on|at|for|to)$/.test(w));
  const after = archive.slice(q.close + 1, q.close + 40);
  return (
    titleCase &&
    words.length >= 2 &&
    words.length <= 6 &&
    !/[.?!]$/.test(text) &&
    !new RegExp(`^\\W*(?:\\S+\\s+){0,3}(?:${SPEECH_VERBS})\\b`, 'i').test(after) &&
    /\b(?:on|in|to)\s+(?:\S+\s+){0,2}$/i.test(before)
  );
}

/** A full quote starts with a capital and reads as a sentence; anything else is a fragment. */
function isFull(archive: string, span: QuoteSpan, text: string): boolean {
  if (!/^\p{Lu}/u.test(text)) return false;
  const words = text.split(/\s+/).length;
  if (/[.?!]$/.test(text)) return true;
  // “…,” he said: a sentence cut at the attribution.
  return words >= 4 && /,\s*$/.test(archive.slice(span.start, span.end));
}

const RELAY_PATTERNS: { pattern: (outlet: string) => RegExp; inner?: boolean }[] = [
  // "He was quoted in The Independent report saying", "was quoted as saying in the CNN report"
  {
    pattern: (o) =>
      new RegExp(
        `\\b(?:(?:he|she|they)\\s+)?(?:was\\s+)?quoted\\s+in\\s+(?:the\\s+)?${o}(?:\\s+report)?\\s+(?:as\\s+)?saying`,
        'iu',
      ),
  },
  {
    pattern: (o) =>
      new RegExp(`\\bquoted\\s+as\\s+saying\\s+(?:in|by)\\s+(?:the\\s+|an?\\s+)?${o}(?:\\s+report)?`, 'iu'),
  },
  { pattern: (o) => new RegExp(`\\bquoted\\s+(?:in|by)\\s+(?:the\\s+|an?\\s+)?${o}(?:\\s+report)?`, 'iu') },
  { pattern: (o) => new RegExp(`\\b(?:the\\s+)?${o}\\s+report\\s+(?:quoted|cited|said)`, 'iu') },
  {
    pattern: (o) =>
      new RegExp(
        `\\b(?:as\\s+per|according\\s+to|as\\s+reported\\s+by|reported\\s+by)\\s+(?:the\\s+)?${o}(?:\\s+report)?`,
        'iu',
      ),
  },
  {
    pattern: (o) =>
      new RegExp(`\\b(?:citing|which\\s+cited|who\\s+cited)\\s+(?:an?\\s+|the\\s+)?(?:\\p{L}+\\s+){0,2}?${o}`, 'iu'),
    inner: true,
  },
];

/**
 * The relay chain in the quote's sentence, outermost last: every "as per X", "quoted in the X
 * report", "X report quoted", "according to X" naming an outlet (a cue "citing X" is the inner
 * step), then "was quoted as saying" naming nobody.
 */
function relayOf(archive: string, sentence: Span, span: QuoteSpan, known: Known[]): RelayGuess[] {
  const text = archive.slice(sentence.start, sentence.end);
  const outside = (start: number, end: number) =>
    end <= span.open - sentence.start || start >= span.close + 1 - sentence.start;
  const steps: (RelayGuess & { inner: boolean })[] = [];
  const outlets = known.filter((k) => k.kind === 'outlet' || k.kind === 'document');
  for (const outlet of outlets) {
    for (const name of variants(outlet)) {
      for (const { pattern, inner } of RELAY_PATTERNS) {
        const m = pattern(escape(name)).exec(text);
        if (!m || !outside(m.index, m.index + m[0].length)) continue;
        const start = sentence.start + m.index;
        const end = start + m[0].length;
        if (steps.some((s) => s.start < end && start < s.end)) continue;
        steps.push({
          source: outlet.id,
          wording: collapse(archive.slice(start, end)),
          start,
          end,
          inner: inner ?? false,
        });
        break;
      }
    }
  }
  if (steps.length === 0) {
    const m = /\b(?:was|were|is|are)\s+quoted\s+as\s+saying\b/i.exec(text);
    if (m && outside(m.index, m.index + m[0].length)) {
      const start = sentence.start + m.index;
      steps.push({ wording: collapse(m[0]), start, end: start + m[0].length, inner: false });
    }
  }
  return steps
    .sort((a, b) => Number(b.inner) - Number(a.inner) || a.start - b.start)
    .map(({ source, wording, start, end }) => (source ? { source, wording, start, end } : { wording, start, end }));
}

/**
 * The speaker: a name or pronoun with a speech verb right after the closing mark ("…,” Rubio
 * emphasized), else the person before the nearest speech verb ahead of the quote ("Witkoff
 * described … as ‘…’", "He was quoted … saying, “…”"), else "according to" a person, else the
 * last person named before the quote in its sentence. Pronouns take the first person named in the
 * nearest earlier sentence that names one.
 */
function speakerOf(
  archive: string,
  sentence: Span,
  span: QuoteSpan,
  known: Known[],
  antecedent: (before: number) => Mention | undefined,
): SpeakerGuess | undefined {
  const resolve = (name: string, at: number, cue: string): SpeakerGuess | undefined => {
    if (PRONOUN.test(name)) {
      const m = antecedent(sentence.start);
      if (!m) return undefined;
      const named = archive.slice(m.start, m.end);
      return {
        id: m.record.id,
        name: named,
        known: true,
        cue: `${cue}, ${name.toLowerCase()} being ${named} named before`,
      };
    }
    const mention = mentionsIn(archive, { start: at, end: at + name.length }, known).find(isPerson);
    if (mention) return { id: mention.record.id, name, known: true, cue };
    // A role ("the transport chief"): the one person on file whose role names it.
    const role = name.replace(/^(?:an?|the)\s+/i, '').toLowerCase();
    const holders = known.filter((k) => k.kind === 'person' && k.role?.toLowerCase().includes(role));
    if (/^(?:an?|the)\s/i.test(name) && holders.length === 1 && holders[0])
      return { id: holders[0].id, name, known: true, cue: `${cue} (role of ${holders[0].name})` };
    return { id: slugify(name.replace(/^(?:an?|the)\s+/i, '')), name, known: false, cue };
  };

  // After the quote: “…,” he explained / Macron warned / Witkoff was quoted as saying.
  const afterStart = span.close + 1;
  const after = archive.slice(afterStart, sentence.end);
  const afterCue = new RegExp(
    `^[\\s,.]*((?:he|she|they)|${ROLE}|(?:\\p{Lu}[\\p{L}’'-]*\\s+){0,3}\\p{Lu}[\\p{L}’'-]*)(?:,[^,.“”"]{1,80},)?\\s+(?:(?:was|were)\\s+quoted|${SPEECH_VERBS})\\b`,
    'u',
  ).exec(after);
  if (afterCue?.[1]) {
    const at = afterStart + afterCue[0].indexOf(afterCue[1]);
    return resolve(afterCue[1], at, collapse(afterCue[0].replace(/^[\s,.]+/, '')));
  }
  // “…,” said Reyes. / “…,” according to the mayor.
  const verbFirst = new RegExp(
    `^[\\s,.]*(?:${SPEECH_VERBS}|according\\s+to)\\s+(${ROLE}|(?:\\p{Lu}[\\p{L}’'-]*\\s+){0,3}\\p{Lu}[\\p{L}’'-]*)`,
    'u',
  ).exec(after);
  if (verbFirst?.[1]) {
    const at = afterStart + verbFirst[0].lastIndexOf(verbFirst[1]);
    return resolve(verbFirst[1], at, collapse(verbFirst[0].replace(/^[\s,.]+/, '')));
  }

  const beforeText = archive.slice(sentence.start, span.open);
  const people = mentionsIn(archive, { start: sentence.start, end: span.open }, known).filter(isPerson);
  const pronouns = [...beforeText.matchAll(/\b(?:He|She|They|he|she|they)\b/g)].map((m) => ({
    start: sentence.start + m.index,
    end: sentence.start + m.index + m[0].length,
  }));
  const verbs = [...beforeText.matchAll(new RegExp(`\\b(?:${SPEECH_VERBS}|quoted)\\b`, 'g'))];
  const according = /\baccording to\s+$/i.test(beforeText) ? undefined : /\baccording to\b/i.exec(beforeText);
  if (according) {
    const at = sentence.start + according.index;
    const named = people.find((m) => m.start > at);
    if (named)
      return { id: named.record.id, name: archive.slice(named.start, named.end), known: true, cue: 'according to' };
  }
  for (const verb of verbs.reverse()) {
    const at = sentence.start + verb.index;
    const subject = [...people, ...pronouns.map((p) => ({ ...p, record: undefined }))]
      .filter((m) => m.end <= at)
      .sort((a, b) => b.start - a.start)[0];
    if (!subject) continue;
    const cue = collapse(archive.slice(subject.start, at + verb[0].length));
    if (subject.record)
      return { id: subject.record.id, name: archive.slice(subject.start, subject.end), known: true, cue };
    return resolve(archive.slice(subject.start, subject.end), subject.start, cue);
  }
  // Someone not on file, named or described just before a speech verb: "A European official was quoted".
  const described = [
    ...beforeText.matchAll(
      new RegExp(
        `(?:\\b(?:An?|The)\\s+(?:[\\p{Ll}\\p{Lu}][\\p{L}-]*\\s+){0,3}?[\\p{L}-]+|(?:\\p{Lu}[\\p{L}’'-]*\\s+){1,3}\\p{Lu}[\\p{L}’'-]*)(?=\\s+(?:(?:was|were)\\s+quoted|${SPEECH_VERBS})\\b)`,
        'gu',
      ),
    ),
  ].at(-1);
  if (described && people.length === 0) {
    const at = sentence.start + described.index;
    const cue = new RegExp(`^.*?\\b(?:quoted|${SPEECH_VERBS})\\b`, 'su').exec(beforeText.slice(described.index))?.[0];
    return resolve(described[0], at, collapse(cue ?? described[0]));
  }
  const last = people.at(-1);
  if (last)
    return {
      id: last.record.id,
      name: archive.slice(last.start, last.end),
      known: true,
      cue: 'named before the quote',
    };
  return undefined;
}

/**
 * Where the words were said: an outlet's programme ("CNN’s “State of the Union”"), "on/told
 * <outlet>", "a post on <platform>", in the quote's sentence or the sentence before it in the
 * same paragraph. Outlets named only as relays ("as per CNN") are not venues.
 */
function venueOf(
  archive: string,
  sentence: Span,
  span: QuoteSpan,
  sentences: (Span & { paragraph: number })[],
  known: Known[],
  programmes: string[],
): VenueGuess | undefined {
  const index = sentences.findIndex((s) => s.start === sentence.start);
  const previous = sentences[index - 1];
  const paragraph = sentences[index]?.paragraph;
  const scopes = [sentence, ...(previous && previous.paragraph === paragraph ? [previous] : [])];
  for (const scope of scopes) {
    const text = archive.slice(scope.start, scope.end);
    const inQuote = (at: number) => scope.start + at > span.open && scope.start + at < span.close;
    const venue: VenueGuess = {};
    for (const record of known) {
      for (const name of variants(record)) {
        const e = escape(name);
        if (record.kind === 'platform') {
          const m = new RegExp(`\\b(?:on|to|via)\\s+${e}\\b`, 'i').exec(text);
          if (m && !inQuote(m.index)) venue.platform ??= record.id;
        } else if (record.kind === 'outlet') {
          const m = new RegExp(
            `\\b(?:on|told|to|speaking to|interview with)\\s+(?:the\\s+)?${e}(?![’']?\\s+report)\\b|${e}[’']s\\s+[“"]?\\p{Lu}`,
            'iu',
          ).exec(text);
          if (m && !inQuote(m.index)) venue.outlet ??= record.id;
        }
      }
    }
    for (const programme of programmes) {
      const m = new RegExp(`(?<![\\p{L}])${escape(programme)}(?![\\p{L}])`, 'u').exec(text);
      if (m && !inQuote(m.index) && scope.start + m.index !== span.start) venue.programme ??= programme;
    }
    if (venue.outlet ?? venue.platform ?? venue.programme) return venue;
  }
  return undefined;
}

const STOP = new Set(
  'a an the and or but of to in on at for by with from as is are was were be been has have had that this these those it its their his her they he she we our who which what will would could should can may might not no than then also into about over after before under any all some such more most other both each into upon there where when while against said says still yet'.split(
    ' ',
  ),
);

/** Content words, cut to a five-letter stem so "guarantees" meets "guarantee". */
export function keyTerms(text: string): string[] {
  return [
    ...new Set(
      text
        .toLowerCase()
        .replace(/[’']s\b/g, '')
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length > 2 && !STOP.has(w))
        .map((w) => w.slice(0, 5)),
    ),
  ];
}

/** A claim's key terms: those of its text and of other reports' evidence for it. */
const termsOf = (claim: ClaimInput) => new Set([...keyTerms(claim.text), ...claim.evidence.flatMap(keyTerms)]);

/**
 * Archive sentences sharing at least two of a claim's distinctive key terms (not `common` to many
 * of the story's claims), best first, at most three.
 */
function evidenceFor(
  archive: string,
  sentences: Span[],
  claim: string,
  terms: Set<string>,
  common: Set<string>,
): EvidenceProposal {
  const scored = sentences
    .map((s) => ({
      ...s,
      shared: keyTerms(archive.slice(s.start, s.end)).filter((w) => terms.has(w) && !common.has(w)),
    }))
    .filter((s) => s.shared.length >= 2)
    .sort((a, b) => b.shared.length - a.shared.length || a.start - b.start)
    .slice(0, 3);
  return {
    claim,
    sentences: scored.map((s) => ({
      start: s.start,
      end: s.end,
      text: collapse(archive.slice(s.start, s.end)),
      terms: s.shared,
    })),
  };
}
