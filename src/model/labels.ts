/** Reader-facing words for the analysis' enumerations, in one place. */
import type { Question, Quote, Stance } from '../schemas/index.ts';
import type { Agreement } from './classify.ts';
import type { ClaimCell, OutletView, SourceKind, SourceView } from './corpus.ts';
import type { AnchorKind } from './paths.ts';
import type { DateSource } from './pictures/glyphs.ts';

/** The site's name, written once: header, titles, feed, JSON-LD and the corner of every share image. */
export const SITE_NAME = 'Parallax';

const TAGLINE = 'News reports of one event, side by side';

/** What the site says about itself. */
export const siteText = {
  name: SITE_NAME,
  tagline: TAGLINE,
  /** What Parallax does, in one line: shown under the header on the home page. */
  lede: `${SITE_NAME} sets news reports of the same event side by side, so you can see where they agree, where they conflict and what only one of them says.`,
  description: `${SITE_NAME} compares several news reports of the same event claim by claim, quote by quote and question by question.`,
  /** The feed's title, in the feed itself and in the link pages give to it. */
  feedTitle: `${SITE_NAME}: stories`,
  /** A page's <title>: "Claim text · Parallax"; the home page's, "Parallax: <tagline>". */
  pageTitle: (title: string) => (title === SITE_NAME ? `${SITE_NAME}: ${TAGLINE}` : `${title} · ${SITE_NAME}`),
} as const;

/** Page `n` of `of` of a paginated index, in its title, its description and on its own. */
export const pagedText = {
  /** "People" on the first page, "People, page 2 of 3" on later ones. */
  title: (name: string, n: number, of: number) => (n === 1 ? name : `${name}, page ${n} of ${of}`),
  /** The index's description, with "Page 2 of 3." after it on later pages. */
  description: (description: string, n: number, of: number) =>
    n === 1 ? description : `${description} ${pagedText.page(n, of)}.`,
  page: (n: number, of: number) => `Page ${n} of ${of}`,
};

/**
 * An agreement in general words, where no claim is at hand (a person's page, share cards); a
 * claim's own label, naming its reports, is `agreementLabel`.
 */
export const agreementText: Record<Agreement, string> = {
  shared: 'Reports agree',
  conflicting: 'Reports disagree',
  single: 'Only one report',
};

/**
 * A symbol per agreement, so it reads without colour; shared by the badges and the pictures. A lone
 * circle for "only one report" (a "1" read as a footnote).
 */
export const agreementSymbol: Record<Agreement, string> = { shared: '=', conflicting: '≠', single: '○' };

export const agreementHelp: Record<Agreement, string> = {
  shared: 'Two or more reports make this claim and none contradicts it.',
  conflicting: 'One report contradicts what another says.',
  single: 'Only one report makes this claim; the others are silent.',
};

/** What a report does with a claim, in plain words (an attribution adds "to" and the names). */
export const stanceText: Record<Stance | 'silent', string> = {
  asserts: 'States it',
  attributes: 'Attributes it',
  hedges: 'Hedges it',
  contradicts: 'Contradicts it',
  silent: 'Not mentioned',
};

/** What kind of source a person or outlet record is, for labels beside its name. */
export const sourceKindText: Record<SourceKind, string> = {
  person: 'Person',
  outlet: 'Outlet',
  platform: 'Platform',
  document: 'Document',
};

/** Stands for a relay step whose intermediary the report does not name: "relayed by an unnamed source". */
export const UNNAMED_SOURCE = 'an unnamed source';

/** A source's name, or `UNNAMED_SOURCE` when the report names none. */
export function sourceName(source: SourceView | undefined): string {
  return source?.name ?? UNNAMED_SOURCE;
}

/** A report's position in words, with whom it attributes the claim to: "Attributes it to CNN", "Hedges", "Silent". */
export function positionText(cell: Pick<ClaimCell, 'position' | 'attributedTo'>): string {
  const stance = cell.position?.stance ?? 'silent';
  const to = cell.attributedTo.map((s) => s.name);
  return stance === 'attributes' && to.length > 0 ? `${stanceText.attributes} to ${listText(to)}` : stanceText[stance];
}

/** One report's position on one line: "Outcome report: Attributes it to CNN" (claim pages, share cards). */
export function positionLine(cell: Pick<ClaimCell, 'report' | 'position' | 'attributedTo'>): string {
  return `${cell.report.label}: ${positionText(cell)}`;
}

/** "12 claims · 5 quotes": what a report carries (the story page's report cards, share cards). */
export function reportTally(report: { claims: readonly unknown[]; quotes: readonly unknown[] }): string {
  return `${count(report.claims.length, nouns.claim)} · ${count(report.quotes.length, nouns.quote)}`;
}

/** Whether a quote gives the speaker's whole sentence or a few of their words. */
export const quoteKindText: Record<Quote['kind'], string> = { full: 'Full quote', fragment: 'Fragment' };

/** Headings of what the reports credit to an outlet, platform or document, on its page. */
export const creditText = {
  claims: 'Claims the reports attribute to it',
  aired: { outlet: 'Quotes said on it', platform: 'Quotes posted on it', document: 'Quotes published in it' },
  relayed: 'Quotes it passed on',
  none: 'No report credits a claim or a quote to it.',
} as const;

/** "1 claim attributed · 2 quotes said on it · 1 quote passed on", leaving out what is zero. */
export function creditSummary(outlet: OutletView): string {
  const aired = outlet.kind === 'platform' ? nouns.postedQuote : nouns.airedQuote;
  const parts: [number, Noun][] = [
    [outlet.claims.length, nouns.attributedClaim],
    [outlet.aired.length, aired],
    [outlet.relayed.length, nouns.relayedQuote],
  ];
  const said = parts.filter(([n]) => n > 0).map(([n, noun]) => count(n, noun));
  return said.length > 0 ? said.join(' · ') : creditText.none;
}

/**
 * A report's column label inside a sentence: "Outcome report" becomes "outcome report", while a
 * label whose first word is an acronym or name in capitals ("CNN report") keeps them.
 */
export function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? `${label.charAt(0).toLowerCase()}${label.slice(1)}` : label;
}

/** A person or outlet as wording needs it: a name, or an unnamed source's description. */
export interface Named {
  name: string;
  anonymous?: boolean;
}

/** The word an unnamed source's description opens with: "A senior European diplomat", "Some US officials". */
const OPENING_DETERMINER = /^(A|An|The|Some|Several|Many|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Other) /;

/**
 * A source's name inside a sentence. An unnamed source's description starts in lower case there
 * ("A quote from a senior European diplomat"); a name, or a description that opens on a proper
 * noun ("US officials"), stays as written.
 */
export function nameInSentence(source: Named): string {
  const { name } = source;
  return source.anonymous === true && OPENING_DETERMINER.test(name)
    ? `${name.charAt(0).toLowerCase()}${name.slice(1)}`
    : name;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Small numbers in words, as in running prose ("two of three reports"). */
export function numberWord(n: number): string {
  return NUMBER_WORDS[n] ?? n.toLocaleString('en-GB');
}

/** What `agreementLabel` needs to know about a claim: its agreement and each report's stance. */
export interface AgreementFacts {
  agreement: Agreement;
  cells: readonly { label: string; stance: Stance | 'silent' }[];
}

/**
 * A claim's agreement as a newcomer reads it, exactly as strong as its positions: "Both reports",
 * "Both reports, one only hedging", "Two of three reports", "They disagree", "Only the outcome
 * report". A hedge beside a firm statement is named, so a claim is never shown as plainly shared
 * when one report only hedges it.
 */
export function agreementLabel({ agreement, cells }: AgreementFacts): string {
  const speaking = cells.filter((c) => c.stance !== 'silent');
  if (agreement === 'conflicting') return cells.length === 2 ? 'They disagree' : 'Reports disagree';
  if (agreement === 'single') return `Only the ${inSentence(speaking[0]?.label ?? 'one report')}`;
  const who =
    speaking.length === cells.length
      ? cells.length === 2
        ? 'Both reports'
        : `All ${numberWord(cells.length)} reports`
      : `${capitalise(numberWord(speaking.length))} of ${numberWord(cells.length)} reports`;
  const hedging = speaking.filter((c) => c.stance === 'hedges').length;
  if (hedging === 0) return who;
  if (hedging === speaking.length) return `${who}, all hedging`;
  return `${who}, ${numberWord(hedging)} only hedging`;
}

function capitalise(text: string): string {
  return `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
}

export const statusText: Record<Question['status'], string> = {
  open: 'Open',
  'partly-answered': 'Partly answered',
  answered: 'Answered',
};

/** The site's navigation. */
export const navText = {
  home: 'Home',
  stories: 'Stories',
  people: 'People',
  search: 'Search',
} as const;

/** The pages that are search results of their own; a story's claims, quotes and questions are results within it. */
export type SearchPageKind = 'story' | 'report' | 'person' | 'outlet';

/** What a search result is, as the results list names it: a page, or an item on a story page. */
export const searchKindText: Record<SearchPageKind | AnchorKind, string> = {
  story: 'Story',
  report: 'Report',
  person: 'Person',
  outlet: 'Outlet',
  claim: 'Claim',
  quote: 'Quote',
  question: 'Open question',
  topic: 'Topic',
  speaker: 'Speaker',
};

/** The results list's own words. */
export const searchText = {
  /** Items of a story that match beyond those listed under it. */
  more: (n: number) => `and ${n} more in this story`,
} as const;

/** The theme control's name and its three choices. */
export const themeText = {
  group: 'Theme',
  system: 'System',
  light: 'Light',
  dark: 'Dark',
} as const;

/** The share control's words; `what` names the item, e.g. "this claim". */
export const shareText = {
  link: (what: string) => `Link to ${what}`,
  copyShort: 'Copy link',
  copy: (what: string) => `Copy link to ${what}`,
  shareShort: 'Share',
  share: (what: string) => `Share ${what}`,
  copiedShort: 'Copied',
  copied: 'Link copied',
  copyFailed: 'Copy failed: the address is selected instead',
};

/** The line printed at the foot of every page. */
export const printText = {
  from: (url: string) => `Printed from ${url}`,
};

/** Shown wherever an archived copy lacks a piece of metadata: never guessed. */
export const NOT_RECORDED = 'Not recorded in the archived copy';

/** The metadata an archived copy may record about its report, in the order we name what is missing. */
export const PROVENANCE_FIELDS = ['publisher', 'published', 'byline', 'url'] as const;
const PROVENANCE_NOUNS: Record<(typeof PROVENANCE_FIELDS)[number], string> = {
  publisher: 'publisher',
  published: 'date',
  byline: 'byline',
  url: 'address',
};

/**
 * One plain line for what the archive does not record about a report, or `undefined` when it
 * records everything: "The archived copy records no publisher, date, byline or address."
 */
export function missingProvenance(report: Partial<Record<(typeof PROVENANCE_FIELDS)[number], string | undefined>>) {
  const missing = PROVENANCE_FIELDS.filter((field) => !report[field]).map((field) => PROVENANCE_NOUNS[field]);
  if (missing.length === 0) return undefined;
  return `The archived copy records no ${listText(missing).replace(/ and ([^ ]+)$/, ' or $1')}.`;
}

const pluralRules = new Intl.PluralRules('en-GB');

/** A noun's forms for `count`: `{ one: 'quote', other: 'quotes' }`. */
export interface Noun {
  one: string;
  other: string;
}

/** The reader-facing nouns we count, in one place. */
export const nouns = {
  claim: { one: 'claim', other: 'claims' },
  quote: { one: 'quote', other: 'quotes' },
  question: { one: 'question', other: 'questions' },
  openQuestion: { one: 'open question', other: 'open questions' },
  report: { one: 'report', other: 'reports' },
  event: { one: 'event', other: 'events' },
  story: { one: 'story', other: 'stories' },
  outlet: { one: 'outlet', other: 'outlets' },
  person: { one: 'person', other: 'people' },
  // Counted by the command-line tools.
  warning: { one: 'warning', other: 'warnings' },
  shareImage: { one: 'share image', other: 'share images' },
  passage: { one: 'passage', other: 'passages' },
  attributedClaim: { one: 'claim attributed', other: 'claims attributed' },
  relayedQuote: { one: 'quote passed on', other: 'quotes passed on' },
  airedQuote: { one: 'quote said on it', other: 'quotes said on it' },
  postedQuote: { one: 'quote posted on it', other: 'quotes posted on it' },
} as const satisfies Record<string, Noun>;

/** "1 quote", "2 quotes", "0 quotes": the noun's form chosen by `Intl.PluralRules`, never by hand. */
export function count(n: number, noun: Noun): string {
  return `${n.toLocaleString('en-GB')} ${pluralRules.select(n) === 'one' ? noun.one : noun.other}`;
}

/** "A, B and C". */
export function listText(items: readonly string[]): string {
  return items.map((item, i) => `${listSeparator(i, items.length)}${item}`).join('');
}

/** What goes before item `i` of `n` in "A, B and C": '', ', ' or ' and '. For lists of elements, too. */
export function listSeparator(i: number, n: number): string {
  if (i === 0) return '';
  return i === n - 1 ? ' and ' : ', ';
}

// One formatter for the whole build: `toLocaleDateString` builds a new one per call (about 60 µs,
// against 4 µs for `format`), which showed up in build profiles at 10,000 pages.
const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A calendar date for readers, e.g. "15 August 2025"; dates are plain days, so UTC avoids a shift. */
export function formatDate(iso: string): string {
  return dateFormat.format(day(iso));
}

/** "15–18 August 2025", "30 July – 2 August 2025", or one date when both are the same day. */
export function formatDateRange(first: string, last: string): string {
  if (first === last) return formatDate(first);
  // ICU sets the dash between thin spaces; a range of days closes up ("15–18"), longer ones take
  // ordinary spaces, which every font has.
  return dateFormat
    .formatRange(day(first), day(last))
    .replace(/\s+–\s+/, ' – ')
    .replace(/^(\d+) – (\d+) /, '$1–$2 ');
}

/** A person's page and their entry in the people index. */
export const personText = {
  people: 'People',
  unnamed: 'The reports do not name this source.',
  quotesHeading: 'What the reports have them say',
  claimsHeading: 'Claims attributed to them',
  noQuote: 'No direct quote.',
  noClaim: 'No report attributes a claim to them.',
  attributedBy: (reports: string) => `Attributed to them by the ${reports}.`,
  inStory: 'Story:',
  aboutHeading: (source: Named) => `What the reports say about ${nameInSentence(source)}`,
  /** For someone the reports describe but neither quote nor credit with a claim (Putin here). */
  onlyDescribed: (person: Named) =>
    `The reports neither quote ${nameInSentence(person)} nor attribute a claim to them; they describe their positions.`,
  /** "2 quotes · 1 claim attributed", leaving out what is zero. */
  tally(quotes: number, claims: number): string {
    const parts = [
      quotes > 0 ? count(quotes, nouns.quote) : '',
      claims > 0 ? `${count(claims, nouns.claim)} attributed` : '',
    ].filter(Boolean);
    return parts.length > 0 ? parts.join(' · ') : 'No quote or attributed claim';
  },
  description: (name: string, role: string, quotes: number, claims: number) =>
    `${name}, ${role}: ${quotes === 0 ? 'no quotes' : count(quotes, nouns.quote)} and ${claims === 0 ? 'no claims' : count(claims, nouns.claim)} attributed in the reports ${SITE_NAME} compares.`,
};

/** The home page's story cards. */
export const storyCardText = { compares: 'Compares' } as const;

/** Said beside a story's dates when they do not come from its reports. */
export const outsideContextDatesText = {
  all: 'dates from outside context',
  some: 'some dates from outside context',
} as const;

/** The story's verdict, line by line: each a count, then the claims that show it. */
export const verdictText = {
  heading: 'In brief',
  agree: (n: number, reportCount: number) =>
    n === 0
      ? 'The reports agree on no claim'
      : `${reportCount === 2 ? 'Both reports' : 'Two or more reports'} agree on ${count(n, nouns.claim)}`,
  /** How many of the agreed claims some report only hedges, so agreement is never overstated. */
  hedged: (n: number) => (n === 0 ? '' : ` (on ${n === 1 ? 'one' : numberWord(n)}, a report only hedges)`),
  disagree: (n: number, reportCount: number) =>
    n === 0
      ? 'No claim is disputed between the reports'
      : `${reportCount === 2 ? 'They' : 'Reports'} disagree on ${count(n, nouns.claim)}`,
  only: (label: string, n: number) => `Only the ${inSentence(label)} carries ${count(n, nouns.claim)}`,
  /** With three or more reports, the single-report claims in one line: "(wire report 3, explainer 2)". */
  onlyAny: (n: number, byReport: readonly { label: string; n: number }[]) =>
    `Only one report carries ${count(n, nouns.claim)} (${byReport.map((r) => `${inSentence(r.label)} ${r.n}`).join(', ')})`,
  /** Before the claims shown: all of them, or the firmest of several. */
  lead: (shown: number, total: number) => (shown >= total ? ': ' : ', among them: '),
};

/** "37 claims across 2 reports: 14 agreed, 1 disputed, 22 in only one report." */
export function coverageText(coverage: Record<Agreement, number> & { total: number }, reportCount: number): string {
  return (
    `${count(coverage.total, nouns.claim)} across ${count(reportCount, nouns.report)}: ` +
    `${coverage.shared} agreed, ${coverage.conflicting} disputed, ${coverage.single} in only one report.`
  );
}

/** A stance as a verb phrase, for one report and for several: "states it" / "state it". */
const stanceVerb: Record<Stance | 'silent', [one: string, several: string]> = {
  asserts: ['states it', 'state it'],
  attributes: ['attributes it', 'attribute it'],
  hedges: ['hedges it', 'hedge it'],
  contradicts: ['contradicts it', 'contradict it'],
  silent: ['does not mention it', 'do not mention it'],
};

/** One report's stance for `stanceSentence`: its label, stance, and the names an attribution gives. */
export interface StanceFacts {
  label: string;
  stance: Stance | 'silent';
  /** Who the claim is attributed to, already joined ("Steve Witkoff and Marco Rubio"). */
  to?: string;
}

/**
 * A claim's row in one sentence, for screens too narrow for a column per report: "Both state it",
 * "Only the outcome report hedges it", "Weekend-diplomacy report states it; outcome report
 * contradicts it". Reports taking the same stance are named together; silent ones are left out
 * unless nobody else is, since "only" already says the others are silent.
 */
export function stanceSentence(cells: readonly StanceFacts[]): string {
  const speaking = cells.filter((c) => c.stance !== 'silent');
  const phrase = (c: StanceFacts, several: boolean) =>
    `${stanceVerb[c.stance][several ? 1 : 0]}${c.stance === 'attributes' && c.to ? ` to ${c.to}` : ''}`;
  const key = (c: StanceFacts) => phrase(c, true);
  const [first] = speaking;
  if (!first) return 'No report mentions it';
  if (speaking.length === 1 && cells.length > 1) return `Only the ${inSentence(first.label)} ${phrase(first, false)}`;
  if (speaking.length === cells.length && new Set(speaking.map(key)).size === 1) {
    const who = cells.length === 2 ? 'Both' : `All ${numberWord(cells.length)}`;
    return `${who} ${phrase(first, true)}`;
  }
  const groups = new Map<string, StanceFacts[]>();
  for (const cell of speaking) groups.set(key(cell), [...(groups.get(key(cell)) ?? []), cell]);
  const parts = [...groups.values()].flatMap(([lead, ...rest]) => {
    if (!lead) return [];
    const names = listText([lead, ...rest].map((c) => inSentence(c.label)));
    return [`${names} ${phrase(lead, rest.length > 0)}`];
  });
  return capitalise(parts.join('; '));
}

/** The story page's two lists of open questions. */
export const questionsText = {
  reports: 'Asked by the reports',
  analysis: (n: number) => `${count(n, nouns.question)} our analysis raises`,
};

/** A claim's row on the story page, its card on its own page, and each report's cell in them. */
export const claimText = {
  sameness: 'Why these count as one claim:',
  conflict: 'The disagreement:',
  related: 'Related:',
  ownPage: 'The claim’s own page, to share or cite',
  /** What the share controls name. */
  shareWhat: 'this claim',
} as const;

/** Beside a report's verbatim words (a position's evidence, a question's excerpt, a quote). */
export const evidenceText = {
  words: 'The report’s words',
  original: 'Find it in the original',
} as const;

/** Where an event's date comes from: the timeline's key and each event's note. */
export const dateSourceText: Record<DateSource, string> = {
  stated: 'Date stated in a report',
  'outside-context': 'Date from outside context',
};

/** The story's timeline: its key, its picture's name and which reports describe each event. */
export const timelineText = {
  key: 'Key',
  noDateStated: 'No report gives a calendar date: every date below comes from outside the reports.',
  laneKey: 'Described in that report',
  /** Opens an event's note on how the reports word it: "In both reports: how they put it". */
  howPut: (describedIn: string) => `${describedIn}: how they put it`,
  /** "In both reports", "In all reports", "In the outcome report", "In no report". */
  describedIn(labels: readonly string[], reportCount: number): string {
    if (labels.length === reportCount && labels.length > 1) return `In ${labels.length === 2 ? 'both' : 'all'} reports`;
    return labels.length > 0 ? `In the ${listText(labels.map(inSentence))}` : 'In no report';
  },
  /** The picture's accessible name. */
  axis(events: number, first: string, last: string, lanes: boolean): string {
    const span = first === last ? formatDate(first) : `${formatDate(first)} to ${formatDate(last)}`;
    return `Timeline of ${count(events, nouns.event)}, ${span}${lanes ? ', and the reports that describe each' : ''}; the numbered list gives the same in words.`;
  },
};

/** The story page's section headings, and its contents' links to them with their counts. */
export const storySectionText = {
  contents: 'On this page',
  overview: 'Overview',
  timeline: 'When it happened',
  reports: 'The reports',
  claims: 'Claim by claim',
  claimsHint: 'Open a claim for the reports’ own words and our notes.',
  quotes: 'Who said what',
  questions: 'Open questions',
  /** The contents' links: the heading with how many it holds. */
  claimsLink: (n: number) => `${storySectionText.claims} (${n})`,
  quotesLink: (n: number) => `${storySectionText.quotes} (${count(n, nouns.quote)})`,
  questionsLink: (n: number) => `${storySectionText.questions} (${n})`,
  /** The quotes' provenance line: "10 quotes, verbatim: 6 first-hand, 4 second-hand (…)". */
  quotesLead: (n: number) => `${count(n, nouns.quote)}, verbatim: `,
  firstHand: ' first-hand, ',
  secondHand: ' second-hand (passed on by someone the report names).',
  /** The line linking the story's open data: "The data behind this page: the story as JSON and its schema." */
  data: 'The data behind this page:',
  dataExport: 'the story as JSON',
  dataAnd: 'and',
  dataSchema: 'its schema',
};

/** Beside a role the reports do not give (our outside context). */
export const ROLE_OUTSIDE_CONTEXT = '(role: outside context)';

/** Whether a quote reaches the report directly or through someone the report names. */
export type Hand = 'first-hand' | 'second-hand';

/** A quote's card, its provenance and its page. */
export const quoteText = {
  hand: { 'first-hand': 'First-hand', 'second-hand': 'Second-hand' } satisfies Record<Hand, string>,
  roleOutside: ` ${ROLE_OUTSIDE_CONTEXT}`,
  said: ' · Said ',
  venueNotStated: '(where is not stated in the report)',
  firstHand: 'First-hand: the report cites it without naming an intermediary.',
  secondHand: 'Second-hand: passed on by',
  /** After the relays: "to the outcome report, which says:". */
  relayedTo: (report: string) => `to the ${inSentence(report)}, which says:`,
  inReport: 'In the',
  /** What the share controls name. */
  shareWhat: 'this quote',
  /** The quote with its speaker: the share sheet's title and the search result's. */
  withSpeaker: (text: string, speaker: Named) => `“${text}”, ${nameInSentence(speaker)}`,
  /** The compact card's link to the quote's page: "Outcome report, second-hand". */
  compactLink: (report: string, hand: Hand) => `${report}, ${quoteText.hand[hand].toLowerCase()}`,
  compactLinkName: (report: string, hand: Hand, text: string) =>
    `${quoteText.compactLink(report, hand)}: where “${text}” comes from`,
};

/** A report's own page. */
export const reportPageText = {
  description: (label: string, reportCount: number, story: string) =>
    `Our summary of the ${inSentence(label)}, one of ${reportCount} reports compared in “${story}”.`,
  ownWords: `Title and summary are ${SITE_NAME}’s own words; the archived copy has no headline.`,
  summary: 'Summary',
  about: 'About this report',
  compare: 'Compare it with the other reports',
  claims: (n: number) => `Its claims (${n})`,
  quotes: (n: number) => `Its quotes (${n})`,
  questions: 'Questions it asks',
};

/** A claim's own page. */
export const claimPageText = {
  /** "Both reports: a claim compared in “…”. Outcome report: States it; …". */
  description: (agreementLabel: string, story: string, positions: readonly string[]) =>
    `${agreementLabel}: a claim compared in “${story}”. ${positions.join('; ')}.`,
  topic: 'Topic: ',
  inStory: 'See it among all the story’s claims',
  quotes: (n: number) => `Quotes bearing on it (${count(n, nouns.quote)})`,
  questions: 'Open questions about it',
};

/** A quote's own page. */
export const quotePageText = {
  title: (text: string, speaker: string) => `“${text}”: ${speaker}`,
  description: (speaker: string, report: string, story: string) =>
    `${speaker}, quoted in the ${inSentence(report)} compared in “${story}”.`,
  heading: (speaker: Named) => `A quote from ${nameInSentence(speaker)}`,
  provenance: 'How the words reached the report',
  inStory: 'See it beside the other reports’ quotes',
  claims: 'Claims it bears on',
};

/** The paginated indexes: stories (the home page), people, outlets. */
export const indexText = {
  /** The home page's title: the site's name on the first page, "Stories, page 2 of 3" after. */
  homeTitle: (n: number, of: number) => (n === 1 ? SITE_NAME : pagedText.title(navText.stories, n, of)),
  storiesPager: 'Pages of stories',
  peopleDescription: 'Everyone the reports quote or cite, with what each report has them say.',
  peopleIntro: 'Everyone the reports quote or cite. Unnamed sources are listed as the reports describe them.',
  peoplePager: 'Pages of people',
  outlets: 'Outlets',
  outletsDescription:
    'The outlets, platforms and documents the reports credit with claims or quotes, with what each report credits to them.',
  /** Before a link to the people index. */
  outletsIntro:
    'News outlets and broadcasters, platforms and documents that the reports credit with claims, or name as where words were said or who passed them on. People are listed under',
  noOutlets: 'No report credits an outlet, a platform or a document.',
  outletsPager: 'Pages of outlets',
};

/** An outlet's, platform's or document's own page. */
export const outletPageText = {
  description: (outlet: Pick<OutletView, 'name' | 'kind'>, summary: string) =>
    `${outlet.name} (${sourceKindText[outlet.kind].toLowerCase()}): ${summary}, in the reports ${SITE_NAME} compares.`,
  /** Before the story's title, when the page has only one. */
  inStory: 'In',
};

/** The provenance box's terms for what an archived copy records. */
export const provenanceText = {
  publisher: 'Publisher',
  published: 'Published',
  byline: 'Byline',
  originalUrl: 'Original URL',
  archive: 'Archive file',
} as const;

/** An open question on the story page. */
export const questionText = {
  askedBy: (report: string, status: string) => `Asked by the ${inSentence(report)} · ${status}`,
  whyWeAsk: 'Why we ask:',
  /** What the share controls name. */
  shareWhat: 'this question',
};
