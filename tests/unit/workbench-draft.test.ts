/**
 * `npm run draft` on invented fixture archives: every quoted passage with its exact offsets, full or
 * fragment, speaker, venue and relay guesses; strings that are not speech marked as such; question
 * sentences; candidate evidence for a claim; and the YAML an editor pastes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { draftReport, type Known } from '../../src/build/workbench/draft.ts';
import { draftYaml, keyWords, newPersonCommand } from '../../src/build/workbench/draft-yaml.ts';
import { quotesOf } from '../../src/build/workbench/passages.ts';

const known: Known[] = [
  { id: 'ada-moreno', name: 'Ada Moreno', kind: 'person', role: 'Transport chief (invented test person)' },
  { id: 'tom-reyes', name: 'Tom Reyes', kind: 'person', role: 'Mayor' },
  { id: 'the-gazette', name: 'The Gazette', kind: 'outlet' },
  { id: 'radio-harbour', name: 'Radio Harbour', kind: 'outlet' },
];
const archive = readFileSync('tests/fixtures/sources/draft-cases.txt', 'utf8');
const draft = draftReport({
  archive,
  known,
  claims: [{ id: 'tolls-frozen', text: 'Tolls will not rise this year.', evidence: ['will not raise the tolls'] }],
});
const at = (text: string) => draft.quotes.find((q) => q.text === text)!;

describe('draft: quoted passages', () => {
  it('finds every quoted passage, in order, each cut from the archive at its offsets', () => {
    expect(draft.quotes.map((q) => [q.start, q.end, q.text])).toEqual([
      [80, 120, 'The deck is safe and the lanes are ready'],
      [158, 222, 'When the engineer told me ‘the cables are sound’, I believed him'],
      [185, 205, 'the cables are sound'],
      [332, 370, 'We will not raise the tolls this year.'],
      [406, 418, 'Morning Desk'],
      [444, 456, 'Tolls frozen'],
      [499, 511, 'long overdue'],
      [567, 599, 'It is a good day for the harbour'],
      [616, 640, 'We open the lanes at six'],
      [671, 697, 'The tolls stay as they are'],
    ]);
    for (const q of draft.quotes) expect(archive.slice(q.start, q.end).replace(/\s+/g, ' ')).toBe(q.text);
  });

  it('keeps a quote that runs across a line break, with its exact span', () => {
    expect(archive.slice(80, 120)).toBe('The deck is safe and the lanes\nare ready');
    expect(at('The deck is safe and the lanes are ready')).toMatchObject({
      kind: 'full',
      speaker: { id: 'ada-moreno', known: true, cue: 'Ada Moreno said' },
      relay: [],
    });
  });

  it('gives a nested quote to the quote around it, not as speech of its own', () => {
    expect(at('the cables are sound').notSpeech).toBe('nested');
    expect(at('When the engineer told me ‘the cables are sound’, I believed him')).toMatchObject({
      kind: 'full',
      speaker: { id: 'ada-moreno', name: 'Moreno', cue: 'Moreno told' },
      venue: { outlet: 'the-gazette' },
    });
  });

  it('orders a two-step relay innermost first: the source cited, then the outlet quoted', () => {
    expect(at('We will not raise the tolls this year.')).toMatchObject({
      kind: 'full',
      speaker: { id: 'tom-reyes', cue: 'Tom Reyes was quoted' },
      relay: [
        { source: 'radio-harbour', wording: 'citing Radio Harbour', start: 301, end: 321 },
        { source: 'the-gazette', wording: 'quoted in The Gazette report', start: 271, end: 299 },
      ],
    });
    expect(archive.slice(271, 299)).toBe('quoted in The Gazette report');
  });

  it('marks a programme title and an “Also read” headline as not speech', () => {
    expect(at('Morning Desk').notSpeech).toBe('programme-title');
    expect(at('Tolls frozen').notSpeech).toBe('headline');
  });

  it('leaves an unattributed fragment without a speaker', () => {
    const q = at('long overdue');
    expect(q.kind).toBe('fragment');
    expect(q.speaker).toBeUndefined();
    expect(q.notSpeech).toBeUndefined();
  });

  it('reads straight marks and a verb before the name', () => {
    expect(at('It is a good day for the harbour')).toMatchObject({
      kind: 'full',
      speaker: { id: 'tom-reyes', cue: 'said Reyes' },
    });
  });

  it('finds the speaker from a role on file and from “according to” after the quote', () => {
    expect(at('We open the lanes at six').speaker).toEqual({
      id: 'ada-moreno',
      name: 'the transport chief',
      known: true,
      cue: 'the transport chief said (role of Ada Moreno)',
    });
    expect(at('The tolls stay as they are').speaker).toMatchObject({ id: 'tom-reyes', cue: 'according to Tom Reyes' });
  });

  it('does not take apostrophes for quote marks', () => {
    const spans = quotesOf('Russia’s view: the allies’ plan is ‘firm’, it’s said.');
    expect(spans.map((s) => [s.start, s.end])).toEqual([[36, 40]]);
  });
});

describe('draft: questions and evidence', () => {
  it('proposes every question sentence, across a line break', () => {
    expect(draft.questions).toEqual([
      { start: 531, end: 564, text: 'Who will pay for the next repair?', standalone: false },
    ]);
  });

  it('offers the sentences sharing a claim’s key terms as candidate evidence', () => {
    const [tolls] = draft.evidence;
    expect(tolls?.claim).toBe('tolls-frozen');
    expect(tolls?.sentences[0]?.text).toContain('We will not raise the tolls this year.');
    expect(tolls?.sentences[0]?.terms).toEqual(expect.arrayContaining(['tolls', 'raise']));
  });
});

describe('draft: the fictional wire report', () => {
  const wire = readFileSync('tests/fixtures/sources/fictional-wire-alaska.txt', 'utf8');
  const result = draftReport({
    archive: wire,
    known: [
      { id: 'steve-witkoff', name: 'Steve Witkoff', kind: 'person' },
      { id: 'cnn', name: 'CNN', kind: 'outlet' },
      { id: 'the-independent', name: 'The Independent', kind: 'outlet' },
    ],
  });
  it('guesses people not on file by name or description, marked as new', () => {
    const speech = result.quotes.filter((q) => !q.notSpeech);
    expect(speech.map((q) => [q.text, q.speaker?.id, q.speaker?.known, q.relay.map((r) => r.source ?? '-')])).toEqual([
      ['game changing', 'steve-witkoff', true, ['cnn']],
      ['Nobody should mistake a promise for a treaty', 'dana-whitlock', false, []],
      ['The map is the hardest part.', 'european-official', false, ['the-independent']],
    ]);
    expect(result.quotes.find((q) => q.text === 'Summit diplomacy')?.notSpeech).toBe('headline');
  });
});

describe('draft YAML', () => {
  const yaml = draftYaml(draft, { story: 'harbour-bridge', report: 'gazette-report', archive: 'draft-cases.txt' });
  const data = parse(yaml) as {
    quotes: { text: string; speaker: string; relay: unknown[]; topic: string }[];
    notSpeech: { text: string; why: string }[];
    questions: { raisedBy: { excerpt: string } }[];
  };
  it('is YAML in the analysis’ own shape, the speech quotes only, each marked as a draft', () => {
    expect(data.quotes.map((q) => q.text)).toEqual([
      'The deck is safe and the lanes are ready',
      'When the engineer told me ‘the cables are sound’, I believed him',
      'We will not raise the tolls this year.',
      'long overdue',
      'It is a good day for the harbour',
      'We open the lanes at six',
      'The tolls stay as they are',
    ]);
    expect(data.quotes[2]?.relay).toEqual([
      { source: 'radio-harbour', wording: 'citing Radio Harbour' },
      { source: 'the-gazette', wording: 'quoted in The Gazette report' },
    ]);
    expect(yaml.match(/# DRAFT \(/g)).toHaveLength(data.quotes.length + data.questions.length);
    // Unconfirmed fields fail the schema, so a pasted draft cannot pass validation unread.
    expect(data.quotes.every((q) => q.topic === 'TODO')).toBe(true);
    expect(data.quotes[3]?.speaker).toBe('TODO');
  });
  it('lists what is not speech apart, and the questions with their verbatim excerpts', () => {
    expect(data.notSpeech.map((n) => [n.text, n.why])).toEqual([
      ['the cables are sound', 'nested'],
      ['Morning Desk', 'programme-title'],
      ['Tolls frozen', 'headline'],
    ]);
    expect(data.questions[0]?.raisedBy.excerpt).toBe('Who will pay for the next repair?');
  });
});

describe('the scaffold command a draft suggests for a speaker not on file', () => {
  it('names a person by name, and makes a description an anonymous source with an id without the article', () => {
    expect(newPersonCommand('Dana Whitlock')).toBe('npm run new:person -- "Dana Whitlock"');
    expect(newPersonCommand('A European official')).toBe(
      'npm run new:person -- "A European official" --anonymous --id european-official',
    );
    expect(newPersonCommand('The senior aide')).toBe(
      'npm run new:person -- "The senior aide" --anonymous --id senior-aide',
    );
  });
});

describe('the ids a draft proposes', () => {
  it('are made of the first meaningful words, never ending on a filler word', () => {
    expect(keyWords('Will Europe have a seat at the table in Washington?', 4)).toBe('europe-seat-table-washington');
    expect(keyWords('Nobody should mistake a handshake for a deal', 3)).toBe('nobody-mistake-handshake');
    expect(keyWords('The map is the whole problem', 3)).toBe('map-whole-problem');
    expect(keyWords('It is what it is', 3)).toBe('what');
  });
});
