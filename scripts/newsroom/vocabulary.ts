/**
 * Word banks for the synthetic newsroom: places, kinds of event, topics with claim templates,
 * quotable lines, outlets and people. Plain data; the generator combines it with a seeded PRNG.
 * Everything is invented: no real place, outlet or person is named.
 */

/** A list of single words written as one block of text. */
const words = (text: string): readonly string[] => text.trim().split(/\s+/);

export const PLACES = [
  'Northport',
  'Eastvale',
  'Kelmarsh',
  'Brindle Bay',
  'Ashford Cross',
  'Marrow Hill',
  'Dunmore',
  'Caldwick',
  'Harlow Ferry',
  'Stonebridge',
  'Wexley',
  'Orrin Falls',
  'Penmoor',
  'Ridgeway',
  'Saltmarsh',
  'Thornbury',
  'Upton Lees',
  'Varley',
  'Whitcombe',
  'Yarrowby',
  'Galloway Point',
  'Fenwick',
  'Lowater',
  'Quarry Bank',
] as const;

export const DISTRICTS = [
  'the Old Harbour district',
  'Riverside',
  'the northern estates',
  'the town centre',
  'Mill Lane',
  'the eastern suburbs',
  'Station Quarter',
  'the hill villages',
  'Canal Side',
  'the industrial park',
] as const;

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** A kind of event: `{place}` in `thing` is replaced by the story's place. */
export interface EventKind {
  /** Short noun for headlines, e.g. "Bridge closure". */
  headline: string;
  /** The event as a noun phrase, `{thing}` replaced, e.g. "the closure of the Kelmarsh river bridge". */
  event: string;
  thing: string;
  /** The authority in charge, and the group that challenges it. */
  authority: string;
  challenger: string;
  /** Where protests gather. */
  building: string;
  causes: readonly string[];
}

export const EVENT_KINDS: readonly EventKind[] = [
  {
    headline: 'Bridge closure',
    event: 'the closure of {thing}',
    thing: 'the {place} river bridge',
    authority: 'the regional roads agency',
    challenger: 'the hauliers’ association',
    building: 'the agency’s offices',
    causes: ['corroded support cables', 'a crack found in the main span', 'years of deferred maintenance'],
  },
  {
    headline: 'Factory fire',
    event: 'the fire at {thing}',
    thing: 'the {place} chemical plant',
    authority: 'the plant’s operator',
    challenger: 'the local residents’ association',
    building: 'the plant gates',
    causes: ['a faulty storage tank', 'an electrical fault in the packing hall', 'a failed sprinkler system'],
  },
  {
    headline: 'Rail strike',
    event: 'the strike on {thing}',
    thing: 'the {place} commuter line',
    authority: 'the rail operator',
    challenger: 'the train drivers’ union',
    building: 'the central station',
    causes: ['a dispute over night-shift pay', 'plans to remove guards from trains', 'a pay offer below inflation'],
  },
  {
    headline: 'Flooding',
    event: 'the flooding around {thing}',
    thing: 'the {place} flood barrier',
    authority: 'the environment agency',
    challenger: 'the farmers’ union',
    building: 'the town hall',
    causes: ['a blocked culvert', 'record rainfall over two days', 'a barrier gate that was left open'],
  },
  {
    headline: 'Hospital merger',
    event: 'the planned merger of {thing}',
    thing: '{place} General Hospital',
    authority: 'the regional health board',
    challenger: 'the nurses’ union',
    building: 'the hospital entrance',
    causes: ['a budget shortfall', 'a shortage of specialist staff', 'falling patient numbers'],
  },
  {
    headline: 'Data breach',
    event: 'the breach of {thing}',
    thing: 'the {place} council’s payment system',
    authority: 'the city council',
    challenger: 'a consumer rights group',
    building: 'the council offices',
    causes: ['an unpatched server', 'a phishing email opened by an employee', 'a contractor’s stolen password'],
  },
  {
    headline: 'Water contamination',
    event: 'the contamination of {thing}',
    thing: 'the {place} reservoir',
    authority: 'the water utility',
    challenger: 'a parents’ campaign group',
    building: 'the utility’s headquarters',
    causes: ['a failed filtration unit', 'run-off from a nearby farm', 'a burst sewage pipe'],
  },
  {
    headline: 'Stadium deal',
    event: 'the deal to build {thing}',
    thing: 'the new {place} stadium',
    authority: 'the city development corporation',
    challenger: 'the supporters’ trust',
    building: 'the old ground',
    causes: ['a funding gap', 'rising construction costs', 'a dispute over land rights'],
  },
  {
    headline: 'Mine accident',
    event: 'the accident at {thing}',
    thing: 'the {place} colliery',
    authority: 'the mining company',
    challenger: 'the miners’ union',
    building: 'the pit head',
    causes: ['a roof collapse in a disused tunnel', 'faulty gas detectors', 'ignored ventilation warnings'],
  },
  {
    headline: 'Port expansion',
    event: 'the expansion of {thing}',
    thing: 'the {place} container terminal',
    authority: 'the port authority',
    challenger: 'a fishing cooperative',
    building: 'the harbour master’s office',
    causes: ['dredging in the harbour mouth', 'a change in planning rules', 'a shortage of berths'],
  },
  {
    headline: 'Power cut',
    event: 'the power cut traced to {thing}',
    thing: 'the {place} substation',
    authority: 'the grid operator',
    challenger: 'a small-business association',
    building: 'the operator’s depot',
    causes: ['a transformer fire', 'an overloaded cable', 'storm damage to overhead lines'],
  },
  {
    headline: 'School closure',
    event: 'the closure of {thing}',
    thing: 'the {place} secondary school',
    authority: 'the education authority',
    challenger: 'the teachers’ union',
    building: 'the school gates',
    causes: ['crumbling concrete in the roof', 'a fall in enrolment', 'an asbestos survey'],
  },
];

/** The values one story's sentences are built from. */
export interface Scene {
  place: string;
  district: string;
  event: string;
  thing: string;
  authority: string;
  challenger: string;
  building: string;
  cause: string;
  weekday: string;
}

/**
 * One checkable proposition. Sentences are built as `subject verb object`, past (`past`) or future
 * (`will base`); a report contradicts it with the negation or with a different figure.
 */
export interface ClaimTemplate {
  key: string;
  subject: (s: Scene) => string;
  tense: 'past' | 'future';
  base: string;
  past: string;
  object: (s: Scene, n: number) => string;
  /** Range of the figure `n` the object mentions. */
  range: readonly [number, number];
  /** Whether the object shows `n`, so reports can disagree on the figure. */
  figure: boolean;
}

export interface TopicSpec {
  id: string;
  label: string;
  claims: readonly ClaimTemplate[];
}

const money = (n: number) => `€${n} million`;
/** 53000 → "53,000", as newsrooms print it. */
const num = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const t = (
  key: string,
  subject: (s: Scene) => string,
  tense: 'past' | 'future',
  [base, past]: readonly [string, string],
  object: (s: Scene, n: number) => string,
  range: readonly [number, number] = [2, 9],
  figure = true,
): ClaimTemplate => ({ key, subject, tense, base, past, object, range, figure });

export const TOPICS: readonly TopicSpec[] = [
  {
    id: 'costs',
    label: 'Costs and funding',
    claims: [
      t(
        'repair-fund',
        (s) => s.authority,
        'past',
        ['set aside', 'set aside'],
        (s, n) => `${money(n)} to repair ${s.thing}`,
        [3, 60],
      ),
      t(
        'cost-estimate',
        (s) => s.authority,
        'past',
        ['put', 'put'],
        (_, n) => `the total cost at ${money(n)}`,
        [5, 90],
      ),
      t(
        'emergency-funding',
        () => 'the national government',
        'past',
        ['promise', 'promised'],
        (s, n) => `${money(n)} in emergency funding for ${s.place}`,
        [2, 40],
      ),
      t(
        'compensation-demand',
        (s) => s.challenger,
        'past',
        ['demand', 'demanded'],
        (_, n) => `compensation of ${money(n)} for affected households`,
        [1, 25],
      ),
      t(
        'insurance-cover',
        (s) => s.authority,
        'future',
        ['claim', 'claim'],
        (_, n) => `about ${money(n)} from its insurers`,
        [2, 30],
      ),
    ],
  },
  {
    id: 'timeline',
    label: 'What happened when',
    claims: [
      t(
        'first-warning',
        (s) => s.authority,
        'past',
        ['issue', 'issued'],
        (_, n) => `its first warning ${n} hours after the problem was found`,
        [2, 30],
      ),
      t(
        'crews-arrived',
        () => 'the first emergency crews',
        'past',
        ['reach', 'reached'],
        (_, n) => `the site within ${n} minutes`,
        [6, 55],
      ),
      t(
        'first-statement',
        (s) => s.authority,
        'past',
        ['make', 'made'],
        (s) => `its first public statement on ${s.weekday}`,
        [1, 1],
        false,
      ),
      t(
        'known-for-weeks',
        (s) => s.authority,
        'past',
        ['know', 'knew'],
        (s, n) => `about ${s.cause} for ${n} weeks`,
        [2, 12],
      ),
    ],
  },
  {
    id: 'impact',
    label: 'Who was affected',
    claims: [
      t(
        'evacuations',
        () => 'the authorities',
        'past',
        ['evacuate', 'evacuated'],
        (s, n) => `${num(n * 10)} residents from ${s.district}`,
        [4, 90],
      ),
      t(
        'injuries',
        () => 'local hospitals',
        'past',
        ['treat', 'treated'],
        (_, n) => `${n} people for minor injuries`,
        [2, 40],
      ),
      t(
        'commuters',
        (s) => s.event,
        'past',
        ['disrupt', 'disrupted'],
        (_, n) => `travel for about ${num(n * 1000)} commuters`,
        [3, 60],
      ),
      t(
        'schools-shut',
        (s) => s.event,
        'past',
        ['force', 'forced'],
        (s, n) => `${n} schools in ${s.district} to close`,
        [2, 14],
      ),
      t(
        'businesses-hit',
        (s) => s.challenger,
        'past',
        ['count', 'counted'],
        (_, n) => `${num(n * 10)} businesses that lost trade`,
        [3, 50],
      ),
    ],
  },
  {
    id: 'cause',
    label: 'What caused it',
    claims: [
      t(
        'investigators-link',
        () => 'investigators',
        'past',
        ['link', 'linked'],
        (s) => `the failure to ${s.cause}`,
        [1, 1],
        false,
      ),
      t(
        'authority-blames',
        (s) => s.authority,
        'past',
        ['blame', 'blamed'],
        (s) => `${s.cause} for the failure`,
        [1, 1],
        false,
      ),
      t(
        'review-finds',
        () => 'an internal review',
        'past',
        ['identify', 'identified'],
        (s) => `${s.cause} as the main factor`,
        [1, 1],
        false,
      ),
      t(
        'warnings-ignored',
        (s) => s.authority,
        'past',
        ['ignore', 'ignored'],
        (_, n) => `${n} written warnings from its own engineers`,
        [2, 9],
      ),
    ],
  },
  {
    id: 'response',
    label: 'The official response',
    claims: [
      t(
        'inquiry-ordered',
        () => 'the regional minister',
        'past',
        ['order', 'ordered'],
        (s) => `an independent inquiry into ${s.event}`,
        [1, 1],
        false,
      ),
      t(
        'managers-suspended',
        (s) => s.authority,
        'past',
        ['suspend', 'suspended'],
        (_, n) => `${n} senior managers pending the inquiry`,
        [2, 6],
      ),
      t(
        'resignation-refused',
        () => 'the minister',
        'past',
        ['reject', 'rejected'],
        (s) => `calls to resign over ${s.event}`,
        [1, 1],
        false,
      ),
      t(
        'report-deadline',
        () => 'the inquiry',
        'future',
        ['report', 'report'],
        (_, n) => `within ${n} months`,
        [2, 12],
      ),
    ],
  },
  {
    id: 'safety',
    label: 'The safety record',
    claims: [
      t(
        'flagged-before',
        () => 'inspectors',
        'past',
        ['flag', 'flagged'],
        (s, n) => `problems with ${s.thing} ${n} years ago`,
        [2, 11],
      ),
      t(
        'missed-inspections',
        (s) => s.authority,
        'past',
        ['miss', 'missed'],
        (_, n) => `${n} scheduled inspections since 2019`,
        [2, 15],
      ),
      t(
        'safety-budget-cut',
        (s) => s.authority,
        'past',
        ['cut', 'cut'],
        (_, n) => `its maintenance budget by ${n} per cent`,
        [5, 40],
      ),
    ],
  },
  {
    id: 'legal',
    label: 'Legal questions',
    claims: [
      t(
        'criminal-probe',
        () => 'prosecutors',
        'past',
        ['open', 'opened'],
        (s) => `a criminal investigation into ${s.authority}`,
        [1, 1],
        false,
      ),
      t(
        'lawsuit',
        (s) => s.challenger,
        'past',
        ['file', 'filed'],
        (_, n) => `a lawsuit seeking ${money(n)} in damages`,
        [1, 30],
      ),
      t(
        'regulator-fine',
        () => 'the regulator',
        'future',
        ['fine', 'fine'],
        (s, n) => `${s.authority} up to ${money(n)}`,
        [1, 12],
      ),
    ],
  },
  {
    id: 'politics',
    label: 'The political fallout',
    claims: [
      t(
        'emergency-debate',
        () => 'the opposition',
        'past',
        ['demand', 'demanded'],
        () => 'an emergency debate in the regional assembly',
        [1, 1],
        false,
      ),
      t(
        'motion-blocked',
        () => 'the governing coalition',
        'past',
        ['block', 'blocked'],
        () => 'a motion to publish the inspection reports',
        [1, 1],
        false,
      ),
      t(
        'councillors-letter',
        () => 'opposition councillors',
        'past',
        ['sign', 'signed'],
        (_, n) => `a letter of protest with ${n} other members`,
        [4, 30],
      ),
    ],
  },
  {
    id: 'reaction',
    label: 'Public reaction',
    claims: [
      t(
        'protest',
        () => 'residents',
        'past',
        ['hold', 'held'],
        (s) => `a protest outside ${s.building} on ${s.weekday}`,
        [1, 1],
        false,
      ),
      t(
        'petition',
        () => 'a petition',
        'past',
        ['gather', 'gathered'],
        (_, n) => `more than ${num(n * 1000)} signatures`,
        [2, 80],
      ),
      t(
        'meeting-turnout',
        () => 'a public meeting',
        'past',
        ['draw', 'drew'],
        (_, n) => `about ${num(n * 50)} people`,
        [3, 20],
      ),
    ],
  },
  {
    id: 'next-steps',
    label: 'What comes next',
    claims: [
      t(
        'reopening',
        (s) => s.authority,
        'future',
        ['reopen', 'reopen'],
        (s, n) => `${s.thing} within ${n} weeks`,
        [2, 20],
      ),
      t(
        'talks',
        (s) => s.authority,
        'future',
        ['meet', 'meet'],
        (s) => `${s.challenger} on ${s.weekday}`,
        [1, 1],
        false,
      ),
      t(
        'plan-published',
        (s) => s.authority,
        'future',
        ['publish', 'publish'],
        (_, n) => `a recovery plan within ${n} days`,
        [5, 60],
      ),
      t(
        'monitoring',
        () => 'independent engineers',
        'future',
        ['monitor', 'monitor'],
        (s, n) => `${s.thing} for ${n} months`,
        [3, 24],
      ),
    ],
  },
];

/** Whole quotable sentences; `{…}` slots are filled from the scene. */
export const FULL_QUOTES = [
  'We will not reopen {thing} until every engineer has signed it off.',
  'Nobody from {authority} has explained to us why {thing} was left like this.',
  'This is the worst day {place} has seen in a generation.',
  'Our priority now is the families in {district}, and everything else can wait.',
  'We warned them about {cause} and nothing was done.',
  'The figures being circulated are simply wrong.',
  'I have asked for a full report to be on my desk by {weekday}.',
  'People deserve to know what was known, and when it was known.',
  'We are cooperating fully with the investigation.',
  'It is far too early to talk about blame.',
  'Every penny of the repair bill should be paid by {authority}.',
  'The staff on the ground did everything that was asked of them.',
  'We have been raising this for years and were told it was under control.',
  'There will be consequences for anyone who cut corners.',
  'I would not let my own children near {thing} today.',
  'We expect to have a clearer picture by the end of the week.',
] as const;

/** Quoted phrases that a report sets inside its own sentence. */
export const FRAGMENTS = [
  'a disaster waiting to happen',
  'completely unacceptable',
  'a failure of basic maintenance',
  'the darkest week for {place}',
  'premature and irresponsible',
  'a cover-up in all but name',
  'fully under control',
  'an insult to every family in {district}',
  'a wake-up call',
  'deeply regrettable',
  'the tip of the iceberg',
  'a reasonable first step',
] as const;

/** What a fragment describes in the report's sentence, e.g. "X called the response …". */
export const FRAGMENT_TARGETS = [
  'the response',
  'the decision',
  'the delay',
  'the latest figures',
  'the inquiry plan',
  'the state of {thing}',
] as const;

/** Questions a report asks in so many words. */
export const REPORT_QUESTIONS = [
  'Who will pay for the repairs to {thing}?',
  'Why did {authority} wait so long before warning residents?',
  'Will the inquiry be independent of {authority}?',
  'How many of the scheduled inspections were actually carried out?',
  'What did {authority} know about {cause}, and when?',
  'Can {thing} be made safe without being rebuilt?',
  'Will the families in {district} be compensated?',
  'Why were the inspection reports never published?',
] as const;

/** Outlets: publishers of reports, venues of quotes and relaying sources. */
export const OUTLETS = [
  'The Northern Courier',
  'Harbour Gazette',
  'Valley Herald',
  'The Morning Ledger',
  'Coastline Radio',
  'Metro Daily',
  'The Evening Standard-Post',
  'Channel Seven News',
  'The Regional Observer',
  'Citywire Bulletin',
  'The Weekly Sentinel',
  'Radio Midlands',
] as const;

export const PROGRAMMES = [
  'Morning Briefing',
  'The Week in Review',
  'Newsnight Extra',
  'Sunday Politics',
  'Drive Time',
];
/** Social platforms: venues of posts. */
export const PLATFORMS = ['Bluebird', 'ChatterBox', 'Townsquare', 'ClipStream'];

/** Column labels (at most 32 characters). */
export const LABEL_KINDS = [
  'Wire report',
  'Local report',
  'Radio bulletin',
  'Evening report',
  'Explainer',
  'Live blog',
];

export const FIRST_NAMES = words(`
  Ada Bruno Carla Dmitri Elena Farid Greta Hugo Ines Jonas Keiko Lars Maya Nikos Olga Pavel Quinn Rosa
  Samir Tanya Ugo Vera Wim Yara Zoltan Amara Bashir Chloe Dario Esther Felix Gloria Hassan Irene Jakub
  Kofi Lena Marek Nadia Oscar Priya Ruben Sofia Tomas Ulla Viktor
`);

export const SURNAMES = words(`
  Moreno Lindqvist Okafor Brennan Castellano Dubois Eriksen Fischer Gallagher Haddad Ivanova Jansen
  Kowalski Laurent Mensah Novak Ortega Petrov Quist Romano Schmidt Tanaka Umarov Varga Whitfield Xu
  Yilmaz Zeller Achebe Bergstrom Coelho Delacroix Engel Ferreira Grant Horvath Iqbal Keane Lowe
`);

/** Roles of recurring named people; shared across stories, so generic. */
export const ROLES = [
  'Regional transport minister',
  'Regional minister for public safety',
  'Leader of the opposition in the regional assembly',
  'Chief executive of a regional agency',
  'General secretary of a trade union',
  'Chair of a residents’ association',
  'Police spokesperson',
  'Independent structural engineer',
  'Professor of public policy',
  'Consumer rights campaigner',
  'Mayor',
  'Emergency services commander',
  'Chair of the regional audit committee',
  'Business association spokesperson',
] as const;

/** Unnamed sources, as a report describes them; the generator makes one person record per story. */
export const ANONYMOUS = [
  { name: 'A senior official', role: 'Official (no name, body or post given)' },
  { name: 'Two people familiar with the inquiry', role: 'Sources close to the inquiry (not named)' },
  { name: 'An engineer who worked on the site', role: 'Engineer (not named)' },
  { name: 'A union official', role: 'Union official (not named, no post given)' },
  { name: 'A person briefed on the talks', role: 'Source briefed on the talks (not named)' },
  { name: 'A former manager', role: 'Former manager (not named, no employer given)' },
] as const;
