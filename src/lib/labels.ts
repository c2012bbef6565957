/** Reader-facing words for the analysis' enumerations, in one place. */
import type { Stance } from '../schemas/index.ts';
import type { Agreement } from './classify.ts';
import type { Question } from '../schemas/index.ts';
import type { ClaimCell, OutletView, SourceKind, SourceView } from './corpus.ts';

export const agreementText: Record<Agreement, string> = {
  shared: 'Shared',
  conflicting: 'Conflicting',
  single: 'Only in one report',
};

/** A symbol per agreement, so it reads without colour; shared by the badges and the pictures. */
export const agreementSymbol: Record<Agreement, string> = { shared: '=', conflicting: '≠', single: '1' };

export const agreementHelp: Record<Agreement, string> = {
  shared: 'Two or more reports make this claim and none contradicts it.',
  conflicting: 'One report contradicts what another says.',
  single: 'Only one report makes this claim; the others are silent.',
};

export const stanceText: Record<Stance | 'silent', string> = {
  asserts: 'Asserts',
  attributes: 'Attributes',
  hedges: 'Hedges',
  contradicts: 'Contradicts',
  silent: 'Silent',
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
  return stance === 'attributes' && to.length > 0
    ? `${stanceText.attributes} it to ${listText(to)}`
    : stanceText[stance];
}

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
  story: { one: 'story', other: 'stories' },
  outlet: { one: 'outlet', other: 'outlets' },
  person: { one: 'person', other: 'people' },
  // Counted by the command-line tools.
  warning: { one: 'warning', other: 'warnings' },
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
  aboutHeading: (name: string) => `What the reports say about ${name}`,
  /** For someone the reports describe but neither quote nor credit with a claim (Putin here). */
  onlyDescribed: (name: string) =>
    `The reports neither quote ${name} nor attribute a claim to them; they describe their positions.`,
  /** "2 quotes · 1 claim attributed", leaving out what is zero. */
  tally(quotes: number, claims: number): string {
    const parts = [
      quotes > 0 ? count(quotes, nouns.quote) : '',
      claims > 0 ? `${count(claims, nouns.claim)} attributed` : '',
    ].filter(Boolean);
    return parts.length > 0 ? parts.join(' · ') : 'No quote or attributed claim';
  },
  description: (name: string, role: string, quotes: number, claims: number) =>
    `${name}, ${role}: ${quotes === 0 ? 'no quotes' : count(quotes, nouns.quote)} and ${claims === 0 ? 'no claims' : count(claims, nouns.claim)} attributed in the reports Parallax compares.`,
};

/** The home page's story cards. */
export const storyCardText = { compares: 'Compares' } as const;

/** Said beside a story's dates when they do not come from its reports. */
export const outsideContextDatesText = {
  all: 'dates from outside context',
  some: 'some dates from outside context',
} as const;
