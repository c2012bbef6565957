/**
 * Joins the content into the model pages read: stories with their reports, claims classified and
 * grouped by topic, quotes grouped by speaker, open questions, people and outlets, each cross-linked.
 * Every cross-reference is checked here, because Astro only logs a dangling reference: any
 * problem throws a ContentError naming the file and the field. Pure: no file system, no Astro.
 */
import type {
  Analysis,
  Claim,
  Outlet,
  OutletKind,
  Person,
  Position,
  Question,
  Quote,
  Report,
  Story,
  Topic,
} from '../schemas/index.ts';
import { classify, unclassifiable, type Agreement } from './classify.ts';
import { ContentError, type ContentIssue } from './errors.ts';
import { agreementLabel } from './labels.ts';
import { handTally, type HandTally } from './pictures/provenance.ts';
import { storyDateSpan, type DateSpan } from './story-dates.ts';
import { storyVerdict, type Verdict } from './verdict.ts';

/** One parsed content file. `file` is the path shown in error messages. */
export interface Source<T> {
  id: string;
  file: string;
  data: T;
}

export interface CorpusInput {
  stories: readonly Source<Story>[];
  /** `id` is `<story>/<report>`. */
  reports: readonly Source<Report>[];
  /** `id` is the story id. */
  analyses: readonly Source<Analysis>[];
  people: readonly Source<Person>[];
  /** Outlets, platforms and documents (`content/outlets`); none when absent. Ids shared with people. */
  outlets?: readonly Source<Outlet>[] | undefined;
  /**
   * Files that exist but failed their own schema, already reported: references to their ids are
   * not reported again as dangling, and a story folder holding one is not joined, so that one run
   * lists every real problem without echoes of the first.
   */
  unreadable?: Unreadable | undefined;
}

export interface Unreadable {
  /** Person and outlet ids. */
  sources: ReadonlySet<string>;
  /** Story ids whose story.md, analysis.yaml or a report failed. */
  stories: ReadonlySet<string>;
}

/** What any source (person or outlet) is credited with, by the reports, across every story. */
interface Credited {
  id: string;
  /** Claims some report attributes to this source. */
  claims: ClaimView[];
  /** Quotes some report says this source passed on (a step of the quote's relay chain). */
  relayed: QuoteView[];
  /** Claims that describe this source's position or action (the claim's `about`). */
  about: ClaimView[];
}

export interface PersonView extends Person, Credited {
  kind: 'person';
  /** Quotes this person is reported to have said. */
  quotes: QuoteView[];
}

export interface OutletView extends Outlet, Credited {
  /** Quotes said on this outlet or platform (the quote's venue). */
  aired: QuoteView[];
}

/**
 * Whoever a report credits words or a claim to: a person, or an outlet, platform or document,
 * told apart by `kind`. Render one with its name and `sourcePath` (src/model/paths.ts).
 */
export type SourceView = PersonView | OutletView;
export type SourceKind = SourceView['kind'];

export interface ReportView extends Report {
  /** Unique within its story; the file name without `.md`. */
  id: string;
  /** `<story>/<report>`, unique across the corpus; the key for rendering the summary. */
  key: string;
  storyId: string;
  file: string;
  /** The claims it speaks on, in the story's claim order. */
  claims: ClaimView[];
  /** The same claims, each with this report's own cell (its position on it). */
  positions: { claim: ClaimView; cell: ClaimCell }[];
  quotes: QuoteView[];
  /** The open questions this report raises itself. */
  questions: QuestionView[];
}

/** One report's cell in a claim row; `position` is undefined when the report is silent. */
export interface ClaimCell {
  report: ReportView;
  position: Position | undefined;
  /** Who the position attributes the claim to (empty unless the stance is `attributes`). */
  attributedTo: SourceView[];
}

export interface ClaimView extends Claim {
  storyId: string;
  agreement: Agreement;
  /** The agreement in a newcomer's words, naming the reports: "Both reports", "Only the outcome report". */
  agreementLabel: string;
  /**
   * Claims of the same topic that share a quote or question with this one but are classified
   * differently (a shared claim beside a disputed one): shown together, so the page says why the
   * same subject is both agreed and disputed.
   */
  related: ClaimView[];
  topicLabel: string;
  /** One cell per report of the story, in column order. */
  cells: ClaimCell[];
  /** The people or outlets the claim describes (`about`), resolved. */
  aboutRefs: SourceView[];
  quotes: QuoteView[];
  questions: QuestionView[];
}

/** A quote's venue with its outlet and platform records resolved. */
export interface VenueView {
  outlet: OutletView | undefined;
  programme: string | undefined;
  platform: OutletView | undefined;
}

/** One relay step with its source resolved; `source` is undefined when the report leaves it unnamed. */
export interface RelayStepView {
  source: SourceView | undefined;
  wording: string;
}

export interface QuoteView extends Quote {
  storyId: string;
  reportRef: ReportView;
  speakerRef: PersonView;
  /** Where the words were said, resolved; undefined when the report does not say. */
  venueRef: VenueView | undefined;
  /** The relay chain, resolved, in the order of `relay`. */
  relayRefs: RelayStepView[];
  /** True when the report names no intermediary that passed the words on (an empty relay chain). */
  firstHand: boolean;
  /** The claims it bears on, in the story's claim order. */
  claimRefs: ClaimView[];
}

export interface QuestionView extends Question {
  storyId: string;
  claimRefs: ClaimView[];
  raisedByReport: ReportView | undefined;
}

export interface TopicGroup {
  topic: Topic;
  claims: ClaimView[];
}

/** A speaker's quotes, one column per report of the story. */
export interface SpeakerQuotes {
  person: PersonView;
  byReport: { report: ReportView; quotes: QuoteView[] }[];
}

export type Coverage = Record<Agreement, number> & { total: number };

export interface StoryView extends Story {
  id: string;
  file: string;
  reportViews: ReportView[];
  claims: ClaimView[];
  topicGroups: TopicGroup[];
  quotes: QuoteView[];
  speakers: SpeakerQuotes[];
  questions: QuestionView[];
  /** The open questions split by who raises them: the reports, or our analysis. */
  questionsBy: { report: QuestionView[]; analysis: QuestionView[] };
  /** How many of its quotes are first-hand and how many passed on. */
  hands: HandTally;
  /** The days its events cover. */
  dates: DateSpan;
  coverage: Coverage;
  verdict: Verdict;
}

export interface Corpus {
  stories: StoryView[];
  people: PersonView[];
  /** Outlets, platforms and documents. */
  outlets: OutletView[];
  /** People in the people index's order: named first, then unnamed sources, each alphabetically. */
  peopleIndex: PersonView[];
  /** Outlets in their index's order: by name. */
  outletsIndex: OutletView[];
  story(id: string): StoryView | undefined;
  person(id: string): PersonView | undefined;
  outlet(id: string): OutletView | undefined;
  /** A person or an outlet by id (one id space). */
  source(id: string): SourceView | undefined;
}

/** Collects issues for one file, with field paths relative to it. */
class IssueLog {
  readonly issues: ContentIssue[] = [];
  add(file: string, field: string, message: string): void {
    this.issues.push({ file, field, message });
  }
}

/** Reports each id that occurs more than once in `items`. */
function checkUnique(log: IssueLog, file: string, list: string, ids: readonly string[]): void {
  const seen = new Map<string, number>();
  ids.forEach((id, i) => {
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else log.add(file, `${list}[${i}]`, `duplicate id "${id}" (also at ${list}[${first}])`);
  });
}

export function buildCorpus(input: CorpusInput): Corpus {
  const log = new IssueLog();
  const unreadable = input.unreadable ?? { sources: new Set<string>(), stories: new Set<string>() };
  const joined = <T extends { id: string }>(items: readonly T[]) =>
    items.filter((item) => !unreadable.stories.has(item.id.split('/')[0] ?? ''));
  const people = new Map<string, PersonView>(
    input.people.map((p) => [
      p.id,
      { ...p.data, id: p.id, kind: 'person', quotes: [], claims: [], relayed: [], about: [] },
    ]),
  );
  const outlets = new Map<string, OutletView>();
  const personFiles = new Map(input.people.map((p) => [p.id, p.file]));
  for (const outlet of input.outlets ?? []) {
    const person = personFiles.get(outlet.id);
    if (person !== undefined) {
      log.add(
        outlet.file,
        '',
        `has the id "${outlet.id}" of a person (${person}): a source id must name one person or one outlet`,
      );
      continue;
    }
    outlets.set(outlet.id, { ...outlet.data, id: outlet.id, claims: [], relayed: [], aired: [], about: [] });
  }
  const analyses = new Map(joined(input.analyses).map((a) => [a.id, a]));
  const storyIds = new Set([...input.stories.map((s) => s.id), ...unreadable.stories]);

  // Reports and analyses must belong to a story; reports are grouped by story folder.
  const reportsByStory = new Map<string, Source<Report>[]>();
  for (const report of joined(input.reports)) {
    const storyId = report.id.split('/')[0] ?? '';
    if (!storyIds.has(storyId)) log.add(report.file, '', `is in a story folder with no story.md`);
    reportsByStory.set(storyId, [...(reportsByStory.get(storyId) ?? []), report]);
  }
  for (const analysis of joined(input.analyses)) {
    if (!storyIds.has(analysis.id)) log.add(analysis.file, '', 'is in a story folder with no story.md');
  }

  const sources: Sources = { people, outlets, unreadable: unreadable.sources };
  const stories = joined(input.stories).map((story) =>
    buildStory(story, reportsByStory.get(story.id) ?? [], analyses.get(story.id), sources, log),
  );
  if (log.issues.length > 0) throw new ContentError(log.issues);

  const storyIndex = new Map(stories.map((s) => [s.id, s]));
  const peopleList = [...people.values()];
  const outletList = [...outlets.values()];
  return {
    stories,
    people: peopleList,
    outlets: outletList,
    peopleIndex: [...peopleList].sort(
      (a, b) => Number(a.anonymous) - Number(b.anonymous) || a.name.localeCompare(b.name),
    ),
    outletsIndex: [...outletList].sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || a.id.localeCompare(b.id)),
    story: (id) => storyIndex.get(id),
    person: (id) => people.get(id),
    outlet: (id) => outlets.get(id),
    source: (id) => people.get(id) ?? outlets.get(id),
  };
}

/** Every person and outlet by id: one id space, checked for clashes before stories are built. */
interface Sources {
  people: Map<string, PersonView>;
  outlets: Map<string, OutletView>;
  /** Ids of person and outlet files that failed their schema (already reported). */
  unreadable: ReadonlySet<string>;
}

function buildStory(
  source: Source<Story>,
  reportSources: readonly Source<Report>[],
  analysisSource: Source<Analysis> | undefined,
  sources: Sources,
  log: IssueLog,
): StoryView {
  const { file, data: story } = source;
  const files = new Map(reportSources.map((r) => [r.id.split('/')[1] ?? '', r]));

  checkUnique(log, file, 'reports', story.reports);
  checkUnique(
    log,
    file,
    'topics',
    story.topics.map((t) => t.id),
  );
  const reportViews: ReportView[] = [];
  story.reports.forEach((id, i) => {
    const report = files.get(id);
    if (!report) {
      log.add(file, `reports[${i}]`, `no report "${id}": expected reports/${id}.md beside story.md`);
      return;
    }
    if (reportViews.some((r) => r.id === id)) return;
    reportViews.push({
      ...report.data,
      id,
      key: report.id,
      storyId: source.id,
      file: report.file,
      claims: [],
      positions: [],
      quotes: [],
      questions: [],
    });
  });
  for (const [id, report] of files) {
    if (!story.reports.includes(id)) log.add(report.file, '', `is not listed in ${file} reports`);
  }
  const reports = new Map(reportViews.map((r) => [r.id, r]));
  const topics = new Map(story.topics.map((t) => [t.id, t]));
  story.events.forEach((event, i) =>
    event.reports.forEach((id, j) => {
      if (!reports.has(id)) log.add(file, `events[${i}].reports[${j}]`, `no report "${id}" in this story`);
    }),
  );

  const view: StoryView = {
    ...story,
    id: source.id,
    file,
    reportViews,
    claims: [],
    topicGroups: [],
    quotes: [],
    speakers: [],
    questions: [],
    questionsBy: { report: [], analysis: [] },
    hands: { firstHand: 0, secondHand: 0 },
    dates: storyDateSpan(story.events),
    coverage: { shared: 0, conflicting: 0, single: 0, total: 0 },
    verdict: { agree: [], disagree: [], only: [], lines: [] },
  };
  if (!analysisSource) {
    log.add(file, '', 'has no analysis.yaml beside it');
    return view;
  }

  const ctx: StoryContext = { storyId: source.id, file: analysisSource.file, reports, topics, ...sources, log };
  const analysis = analysisSource.data;
  checkUnique(
    log,
    ctx.file,
    'claims',
    analysis.claims.map((c) => c.id),
  );
  checkUnique(
    log,
    ctx.file,
    'quotes',
    analysis.quotes.map((q) => q.id),
  );
  checkUnique(
    log,
    ctx.file,
    'questions',
    analysis.questions.map((q) => q.id),
  );

  view.claims = analysis.claims.map((claim, i) => buildClaim(claim, i, reportViews, ctx));
  const claims = new Map(view.claims.map((c) => [c.id, c]));
  view.quotes = analysis.quotes.flatMap((quote, i) => buildQuote(quote, i, claims, ctx) ?? []);
  view.questions = analysis.questions.map((question, i) => buildQuestion(question, i, claims, ctx));
  view.questionsBy = {
    report: view.questions.filter((q) => q.raisedBy.by === 'report'),
    analysis: view.questions.filter((q) => q.raisedBy.by === 'analysis'),
  };
  view.hands = handTally(view.quotes);

  view.topicGroups = story.topics
    .map((topic) => ({ topic, claims: view.claims.filter((c) => c.topic === topic.id) }))
    .filter((group) => group.claims.length > 0);
  view.speakers = groupBySpeaker(view.quotes, reportViews);
  for (const claim of view.claims) view.coverage[claim.agreement] += 1;
  view.coverage.total = view.claims.length;
  for (const claim of view.claims) claim.related = relatedClaims(claim, claims);
  view.verdict = storyVerdict(view.claims, reportViews);
  return view;
}

interface StoryContext {
  storyId: string;
  file: string;
  reports: Map<string, ReportView>;
  topics: Map<string, Topic>;
  people: Map<string, PersonView>;
  outlets: Map<string, OutletView>;
  unreadable: ReadonlySet<string>;
  log: IssueLog;
}

/** The person or outlet `id` names; logs a dangling id at `field`. */
function resolveSource(ctx: StoryContext, field: string, id: string): SourceView | undefined {
  const found = ctx.people.get(id) ?? ctx.outlets.get(id);
  if (!found && !ctx.unreadable.has(id)) {
    ctx.log.add(ctx.file, field, `no person or outlet "${id}": expected people/${id}.yaml or outlets/${id}.yaml`);
  }
  return found;
}

/** The outlet record of kind `kind` that `id` names; logs a dangling id, a person, or the wrong kind. */
function resolveOutlet(ctx: StoryContext, field: string, id: string, kind: OutletKind): OutletView | undefined {
  const outlet = ctx.outlets.get(id);
  if (!outlet) {
    if (ctx.unreadable.has(id)) return undefined;
    const person = ctx.people.has(id) ? ` ("${id}" is a person)` : '';
    ctx.log.add(ctx.file, field, `no ${kind} "${id}"${person}: expected outlets/${id}.yaml with kind: ${kind}`);
    return undefined;
  }
  if (outlet.kind !== kind) {
    ctx.log.add(ctx.file, field, `"${id}" is of kind ${outlet.kind}, not ${kind}: see outlets/${id}.yaml`);
    return undefined;
  }
  return outlet;
}

function checkTopic(ctx: StoryContext, field: string, topic: string): string {
  const found = ctx.topics.get(topic);
  if (!found) ctx.log.add(ctx.file, field, `no topic "${topic}" in the story's topics`);
  return found?.label ?? topic;
}

function buildClaim(claim: Claim, i: number, reportViews: readonly ReportView[], ctx: StoryContext): ClaimView {
  const at = `claims[${i}]`;
  const topicLabel = checkTopic(ctx, `${at}.topic`, claim.topic);
  for (const id of Object.keys(claim.positions)) {
    if (!ctx.reports.has(id)) ctx.log.add(ctx.file, `${at}.positions.${id}`, `no report "${id}" in this story`);
  }
  const problem = unclassifiable(claim);
  if (problem) ctx.log.add(ctx.file, `${at}.positions`, problem);

  const positions = Object.values(claim.positions);
  const agreement = classify(positions);
  if (agreement === 'conflicting' && !claim.conflict) {
    ctx.log.add(ctx.file, `${at}.conflict`, 'is required: one report contradicts another, so explain the conflict');
  }
  if (!problem && agreement !== 'conflicting' && claim.conflict) {
    ctx.log.add(
      ctx.file,
      `${at}.conflict`,
      'is only for claims that a report contradicts; no position here is "contradicts"',
    );
  }
  if (positions.length >= 2 && !claim.sameness) {
    ctx.log.add(
      ctx.file,
      `${at}.sameness`,
      'is required when two or more reports speak: say why they make the same claim',
    );
  }

  const view: ClaimView = {
    ...claim,
    storyId: ctx.storyId,
    agreement,
    agreementLabel: '',
    related: [],
    topicLabel,
    cells: [],
    aboutRefs: [],
    quotes: [],
    questions: [],
  };
  view.cells = reportViews.map((report) => {
    const position = claim.positions[report.id];
    const attributedTo =
      position?.stance === 'attributes'
        ? position.to.flatMap((id, j) => resolveSource(ctx, `${at}.positions.${report.id}.to[${j}]`, id) ?? [])
        : [];
    const cell = { report, position, attributedTo };
    if (position) {
      report.claims.push(view);
      report.positions.push({ claim: view, cell });
    }
    for (const source of attributedTo) if (!source.claims.includes(view)) source.claims.push(view);
    return cell;
  });
  view.aboutRefs = claim.about.flatMap((id, j) => resolveSource(ctx, `${at}.about[${j}]`, id) ?? []);
  for (const source of view.aboutRefs) if (!source.about.includes(view)) source.about.push(view);
  view.agreementLabel = agreementLabel({
    agreement,
    cells: view.cells.map((c) => ({ label: c.report.label, stance: c.position?.stance ?? 'silent' })),
  });
  return view;
}

function buildQuote(quote: Quote, i: number, claims: Map<string, ClaimView>, ctx: StoryContext): QuoteView | undefined {
  const at = `quotes[${i}]`;
  checkTopic(ctx, `${at}.topic`, quote.topic);
  const report = ctx.reports.get(quote.report);
  if (!report) ctx.log.add(ctx.file, `${at}.report`, `no report "${quote.report}" in this story`);
  const speaker = ctx.people.get(quote.speaker);
  if (!speaker && !ctx.unreadable.has(quote.speaker))
    ctx.log.add(ctx.file, `${at}.speaker`, `no person "${quote.speaker}": expected people/${quote.speaker}.yaml`);
  const named = quote.claims.flatMap((id, j) => {
    const claim = claims.get(id);
    if (!claim) ctx.log.add(ctx.file, `${at}.claims[${j}]`, `no claim "${id}" in this story`);
    return claim ?? [];
  });
  const venue = quote.venue;
  const venueRef: VenueView | undefined = venue && {
    outlet: venue.outlet === undefined ? undefined : resolveOutlet(ctx, `${at}.venue.outlet`, venue.outlet, 'outlet'),
    programme: venue.programme,
    platform:
      venue.platform === undefined ? undefined : resolveOutlet(ctx, `${at}.venue.platform`, venue.platform, 'platform'),
  };
  const relayRefs = quote.relay.map((step, j): RelayStepView => ({
    source: step.source === undefined ? undefined : resolveSource(ctx, `${at}.relay[${j}].source`, step.source),
    wording: step.wording,
  }));
  if (!report || !speaker) return undefined;

  const view: QuoteView = {
    ...quote,
    storyId: ctx.storyId,
    reportRef: report,
    speakerRef: speaker,
    venueRef,
    relayRefs,
    firstHand: quote.relay.length === 0,
    // In the story's order, as the quote's page lists them (editors name them in any order).
    claimRefs: [...claims.values()].filter((claim) => named.includes(claim)),
  };
  report.quotes.push(view);
  speaker.quotes.push(view);
  for (const outlet of [venueRef?.outlet, venueRef?.platform]) {
    if (outlet && !outlet.aired.includes(view)) outlet.aired.push(view);
  }
  for (const { source } of relayRefs) if (source && !source.relayed.includes(view)) source.relayed.push(view);
  for (const claim of named) claim.quotes.push(view);
  return view;
}

function buildQuestion(question: Question, i: number, claims: Map<string, ClaimView>, ctx: StoryContext): QuestionView {
  const at = `questions[${i}]`;
  let raisedByReport: ReportView | undefined;
  if (question.raisedBy.by === 'report') {
    raisedByReport = ctx.reports.get(question.raisedBy.report);
    if (!raisedByReport) {
      ctx.log.add(ctx.file, `${at}.raisedBy.report`, `no report "${question.raisedBy.report}" in this story`);
    }
  }
  const view: QuestionView = { ...question, storyId: ctx.storyId, claimRefs: [], raisedByReport };
  raisedByReport?.questions.push(view);
  view.claimRefs = question.claims.flatMap((id, j) => {
    const claim = claims.get(id);
    if (!claim) ctx.log.add(ctx.file, `${at}.claims[${j}]`, `no claim "${id}" in this story`);
    claim?.questions.push(view);
    return claim ?? [];
  });
  return view;
}

/**
 * Same-topic claims linked to `claim` through a quote or question where one of the two is disputed
 * and the other is not: the pairs a reader could take for the same dispute shown two ways.
 */
function relatedClaims(claim: ClaimView, claims: ReadonlyMap<string, ClaimView>): ClaimView[] {
  const ids = new Set([...claim.quotes, ...claim.questions].flatMap((item) => item.claims));
  return [...ids].flatMap((id) => {
    const other = claims.get(id);
    return other &&
      other !== claim &&
      other.topic === claim.topic &&
      (other.agreement === 'conflicting') !== (claim.agreement === 'conflicting')
      ? [other]
      : [];
  });
}

/** Speakers in order of first appearance, each with their quotes split by report. */
function groupBySpeaker(quotes: readonly QuoteView[], reports: readonly ReportView[]): SpeakerQuotes[] {
  const bySpeaker = new Map<string, QuoteView[]>();
  for (const quote of quotes) bySpeaker.set(quote.speaker, [...(bySpeaker.get(quote.speaker) ?? []), quote]);
  return [...bySpeaker.values()].flatMap(([first, ...rest]) => {
    if (!first) return [];
    const list = [first, ...rest];
    return [
      {
        person: first.speakerRef,
        byReport: reports.map((report) => ({ report, quotes: list.filter((q) => q.reportRef === report) })),
      },
    ];
  });
}
