import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { parseContentYaml } from '../../src/model/content-yaml.ts';
import {
  analysisSchema,
  claimSchema,
  excerpt,
  isoDate,
  outletSchema,
  personSchema,
  positionSchema,
  questionSchema,
  quoteSchema,
  relayStepSchema,
  reportSchema,
  slug,
  storySchema,
  venueSchema,
} from '../../src/schemas/index.ts';

interface Issue {
  path: PropertyKey[];
  message: string;
}

/** The issues a schema reports for `value`, as plain path + message; fails the test if it parses. */
function issuesOf(schema: z.ZodType, value: unknown): Issue[] {
  const result = schema.safeParse(value);
  if (result.success) throw new Error(`expected ${JSON.stringify(value)} to be rejected`);
  return result.error.issues.map((i) => ({ path: [...i.path], message: i.message }));
}

/** Asserts that `schema` rejects `value` with exactly one issue, at `path`, whose message matches. */
function expectOneIssue(schema: z.ZodType, value: unknown, path: PropertyKey[], message: string | RegExp): void {
  const issues = issuesOf(schema, value);
  expect(issues).toHaveLength(1);
  expect(issues[0]?.path).toEqual(path);
  expect(issues[0]?.message).toMatch(message);
}

/** A copy of `value` without `key`. */
function without(value: object, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== key));
}

const person = { name: 'Ada Moreno', role: 'Transport chief' };
const report = { title: 'Transport chief says the bridge is ready', label: 'Radio report', archive: 'bridge-a.txt' };
const story = {
  title: 'The Harbour Bridge reopening',
  dek: 'Three reports agree on the day and disagree on the cost.',
  events: [{ date: '2030-03-04', label: 'The bridge reopens', dateSource: 'stated', reports: ['radio-report'] }],
  topics: [{ id: 'schedule', label: 'Schedule' }],
  reports: ['radio-report', 'gazette-report'],
};
const claim = {
  id: 'reopens-monday',
  topic: 'schedule',
  text: 'The bridge reopens on Monday.',
  positions: {
    'radio-report': { stance: 'asserts', evidence: 'The Harbour Bridge will reopen on Monday' },
    'gazette-report': { stance: 'attributes', to: ['ada-moreno'], evidence: 'may reopen on Monday' },
  },
  sameness: 'Both name the same day.',
};
const quote = {
  id: 'moreno-deck-is-safe',
  report: 'radio-report',
  speaker: 'ada-moreno',
  text: 'The deck is safe and the lanes are ready,',
  kind: 'full',
  venue: { outlet: 'radio-harbour' },
  topic: 'schedule',
};
const question = {
  id: 'why-costs-differ',
  text: 'Why do the cost figures differ?',
  raisedBy: { by: 'analysis', basis: 'The totals differ.' },
  status: 'open',
};

describe('slug', () => {
  it.each(['a', 'radio-report', 'repairs-cost-4-million', '2030'])('accepts %j', (value) => {
    expect(slug.parse(value)).toBe(value);
  });

  it.each(['Radio-report', 'radio_report', 'radio--report', '-radio', 'radio-', 'radio report', ''])(
    'rejects %j with the slug message',
    (value) => {
      expectOneIssue(slug, value, [], /^must be a lowercase slug of letters, digits and single hyphens/);
    },
  );
});

describe('isoDate', () => {
  it('accepts a YYYY-MM-DD string unchanged', () => {
    expect(isoDate.parse('2030-03-01')).toBe('2030-03-01');
  });

  it('keeps a bare YAML date as the string written: the content reader makes no Date to shift', () => {
    const { data } = parseContentYaml('published: 2030-03-01\n');
    expect(data).toEqual({ published: '2030-03-01' });
    expect(isoDate.parse((data as { published: unknown }).published)).toBe('2030-03-01');
  });

  it('keeps the calendar day of a date and time written with its zone, whatever the zone', () => {
    expect(isoDate.parse('2025-08-17T01:00:00+05:00')).toBe('2025-08-17');
    expect(isoDate.parse('2025-08-16T23:30:00-07:00')).toBe('2025-08-16');
    expect(isoDate.parse('2030-03-01T10:00:00Z')).toBe('2030-03-01');
  });

  it.each(['2030-3-1', '01/03/2030', 'Monday'])('rejects the string %j', (value) => {
    expectOneIssue(isoDate, value, [], 'must be a date written as YYYY-MM-DD');
  });

  it.each(['2030-02-30', '2030-13-01', '2025-02-29'])('rejects the impossible date %j', (value) => {
    expectOneIssue(isoDate, value, [], 'is not a date on the calendar (check the day and the month)');
  });

  it.each(['2025-08-17T01:00:00', '2025-08-17 01:00'])('rejects the date and time without a zone %j', (value) => {
    expectOneIssue(isoDate, value, [], /^is a date and time without a time zone/);
  });

  it('rejects a Date object (a parser has already turned it into an instant) and a number', () => {
    expectOneIssue(isoDate, new Date(Date.UTC(2030, 2, 1)), [], 'must be a date written as YYYY-MM-DD');
    expectOneIssue(isoDate, 20300301, [], 'must be a date written as YYYY-MM-DD');
  });
});

describe('excerpt', () => {
  it('accepts up to 320 characters and trims', () => {
    expect(excerpt.parse(`  ${'x'.repeat(320)}  `)).toHaveLength(320);
  });

  it('rejects an excerpt longer than 320 characters', () => {
    expectOneIssue(excerpt, 'x'.repeat(321), [], 'must be a short excerpt of at most 320 characters');
  });

  it('rejects an excerpt shorter than a word', () => {
    expectOneIssue(excerpt, ' a ', [], 'must quote at least a word');
  });
});

describe('outletSchema', () => {
  const outlet = { name: 'Radio Harbour', kind: 'outlet', description: 'A local radio station.' };

  it.each(['outlet', 'platform', 'document'])('accepts kind %j, with or without a description', (kind) => {
    expect(outletSchema.parse({ ...outlet, kind })).toEqual({ ...outlet, kind });
    expect(outletSchema.parse({ name: 'X', kind })).toEqual({ name: 'X', kind });
  });

  it('rejects a kind outside the enum', () => {
    expectOneIssue(outletSchema, { ...outlet, kind: 'person' }, ['kind'], /"outlet"\|"platform"\|"document"/);
  });

  it('rejects a missing kind and an unknown key', () => {
    expectOneIssue(outletSchema, { name: 'Radio Harbour' }, ['kind'], /expected one of/);
    expectOneIssue(outletSchema, { ...outlet, programmes: [] }, [], 'Unrecognized key: "programmes"');
  });

  it('rejects a blank name and an overlong description', () => {
    expectOneIssue(outletSchema, { ...outlet, name: '  ' }, ['name'], 'must not be empty');
    expectOneIssue(outletSchema, { ...outlet, description: 'x'.repeat(301) }, ['description'], /at most 300/);
  });
});

describe('personSchema', () => {
  it('accepts a person and fills in the defaults', () => {
    expect(personSchema.parse(person)).toEqual({ ...person, roleSource: 'reports', anonymous: false });
  });

  it('rejects a missing required field', () => {
    expectOneIssue(personSchema, { name: 'Ada Moreno' }, ['role'], /expected string, received undefined/);
  });

  it('rejects an unknown key, naming it', () => {
    expectOneIssue(personSchema, { ...person, nickname: 'Ada' }, [], 'Unrecognized key: "nickname"');
  });

  it('rejects a wrong type', () => {
    expectOneIssue(personSchema, { ...person, anonymous: 'yes' }, ['anonymous'], /expected boolean, received string/);
  });

  it('rejects blank prose after trimming', () => {
    expectOneIssue(personSchema, { ...person, name: '   ' }, ['name'], 'must not be empty');
  });

  it('rejects a roleSource outside the enum', () => {
    expectOneIssue(personSchema, { ...person, roleSource: 'guess' }, ['roleSource'], /"reports"\|"outside-context"/);
  });
});

describe('reportSchema', () => {
  it('accepts a report with only the required fields', () => {
    expect(reportSchema.parse(report)).toEqual(report);
  });

  it('accepts full metadata', () => {
    const full = {
      ...report,
      publisher: 'The Test Gazette',
      url: 'https://example.org/a?b=c',
      published: '2030-03-01',
    };
    expect(reportSchema.parse(full)).toEqual(full);
  });

  it('writes a URL back as the WHATWG parser normalises it', () => {
    const url = 'HTTPS://Example.org/a"><script>alert(1)</script>';
    expect(reportSchema.parse({ ...report, url }).url).toBe(
      'https://example.org/a%22%3E%3Cscript%3Ealert(1)%3C/script%3E',
    );
  });

  it.each(['Harbour \u202Egnineer', 'Harbour\u200Bengineer', 'Harbour\u0007engineer', 'Harbour\u2066engineer'])(
    'rejects a title with an invisible control character (%j)',
    (title) => {
      expectOneIssue(reportSchema, { ...report, title }, ['title'], /^contains an invisible control character, U\+/);
    },
  );

  it('rejects a missing required field', () => {
    expectOneIssue(reportSchema, { title: report.title, label: report.label }, ['archive'], /expected string/);
  });

  it('rejects an unknown key', () => {
    expectOneIssue(reportSchema, { ...report, headline: 'x' }, [], 'Unrecognized key: "headline"');
  });

  it('rejects a wrong type', () => {
    expectOneIssue(reportSchema, { ...report, label: 7 }, ['label'], /expected string, received number/);
  });

  it('rejects a bad date', () => {
    expectOneIssue(reportSchema, { ...report, published: '1 March 2030' }, ['published'], /YYYY-MM-DD/);
  });

  it('rejects a non-http URL and an archive path with folders', () => {
    expectOneIssue(reportSchema, { ...report, url: 'ftp://example.org/a' }, ['url'], 'must be an http(s) URL');
    expectOneIssue(reportSchema, { ...report, url: 'http:example.org' }, ['url'], 'must be an http(s) URL');
    expectOneIssue(reportSchema, { ...report, archive: '../bridge-a.txt' }, ['archive'], /plain \.txt file name/);
    expectOneIssue(reportSchema, { ...report, archive: 'bridge-a.pdf' }, ['archive'], /plain \.txt file name/);
  });

  it('rejects a label too long for a column', () => {
    expectOneIssue(reportSchema, { ...report, label: 'x'.repeat(33) }, ['label'], 'must be at most 32 characters');
  });
});

describe('storySchema', () => {
  it('accepts a story and defaults event reports to []', () => {
    const parsed = storySchema.parse({ ...story, events: [without(story.events[0] ?? {}, 'reports')] });
    expect(parsed.events[0]?.reports).toEqual([]);
    expect(parsed.reports).toEqual(['radio-report', 'gazette-report']);
  });

  it('keeps an event date with a zone on its own calendar day', () => {
    const event = { ...story.events[0], date: '2030-03-04T01:00:00+05:00' };
    expect(storySchema.parse({ ...story, events: [event] }).events[0]?.date).toBe('2030-03-04');
  });

  it('rejects a story comparing fewer than two reports', () => {
    expectOneIssue(storySchema, { ...story, reports: ['radio-report'] }, ['reports'], /at least two reports/);
  });

  it('rejects a missing required field', () => {
    expectOneIssue(storySchema, without(story, 'dek'), ['dek'], /expected string, received undefined/);
  });

  it('rejects an unknown key in a nested topic, with the path to the topic', () => {
    const topics = [{ id: 'schedule', label: 'Schedule', colour: 'red' }];
    expectOneIssue(storySchema, { ...story, topics }, ['topics', 0], 'Unrecognized key: "colour"');
  });

  it('rejects a bad report slug in the column list', () => {
    expectOneIssue(storySchema, { ...story, reports: ['radio-report', 'Gazette'] }, ['reports', 1], /lowercase slug/);
  });

  it('rejects a bad event date and a wrong dateSource', () => {
    const events = [{ ...story.events[0], date: '2030-03-32', dateSource: 'guessed' }];
    const issues = issuesOf(storySchema, { ...story, events });
    expect(issues.map((i) => i.path)).toEqual([
      ['events', 0, 'date'],
      ['events', 0, 'dateSource'],
    ]);
    expect(issues[0]?.message).toBe('is not a date on the calendar (check the day and the month)');
  });

  it('rejects empty events and topics lists', () => {
    expectOneIssue(storySchema, { ...story, events: [] }, ['events'], 'must list at least one dated event');
    expectOneIssue(storySchema, { ...story, topics: [] }, ['topics'], 'must define at least one topic');
  });
});

describe('positionSchema', () => {
  it('accepts each stance', () => {
    for (const stance of ['asserts', 'hedges', 'contradicts'] as const) {
      expect(positionSchema.parse({ stance, evidence: 'the words' })).toEqual({ stance, evidence: 'the words' });
    }
    const attributes = { stance: 'attributes', to: ['ada-moreno'], evidence: 'the words', note: 'A note.' };
    expect(positionSchema.parse(attributes)).toEqual(attributes);
  });

  it('rejects attributes without `to`', () => {
    expectOneIssue(positionSchema, { stance: 'attributes', evidence: 'the words' }, ['to'], /expected array/);
  });

  it('rejects attributes with an empty `to`', () => {
    const value = { stance: 'attributes', to: [], evidence: 'the words' };
    expectOneIssue(positionSchema, value, ['to'], 'must name at least one person');
  });

  it('rejects `to` on a stance that does not attribute', () => {
    const value = { stance: 'asserts', to: ['ada-moreno'], evidence: 'the words' };
    expectOneIssue(positionSchema, value, [], 'Unrecognized key: "to"');
  });

  it('rejects an unknown stance at the discriminator', () => {
    expectOneIssue(positionSchema, { stance: 'claims', evidence: 'the words' }, ['stance'], /Invalid discriminator/);
  });

  it('rejects evidence that is too long', () => {
    const value = { stance: 'asserts', evidence: 'x'.repeat(321) };
    expectOneIssue(positionSchema, value, ['evidence'], 'must be a short excerpt of at most 320 characters');
  });
});

describe('claimSchema', () => {
  it('accepts a claim, defaulting `about` to no one', () => {
    expect(claimSchema.parse(claim)).toEqual({ ...claim, about: [] });
    expect(claimSchema.parse({ ...claim, about: ['ada-moreno'] }).about).toEqual(['ada-moreno']);
  });

  it('rejects a bad id slug', () => {
    expectOneIssue(claimSchema, { ...claim, id: 'Reopens Monday' }, ['id'], /lowercase slug/);
  });

  it('rejects empty positions', () => {
    expectOneIssue(claimSchema, { ...claim, positions: {} }, ['positions'], /at least one report’s position/);
  });

  it('rejects a position keyed by a non-slug report id', () => {
    const positions = { Radio: { stance: 'asserts', evidence: 'the words' } };
    expectOneIssue(claimSchema, { ...claim, positions }, ['positions', 'Radio'], /Invalid key/);
  });

  it('reports the full path of an error inside a position', () => {
    const positions = { ...claim.positions, 'gazette-report': { stance: 'attributes', evidence: 'the words' } };
    expectOneIssue(claimSchema, { ...claim, positions }, ['positions', 'gazette-report', 'to'], /expected array/);
  });

  it('rejects an unknown key', () => {
    expectOneIssue(claimSchema, { ...claim, agreement: 'shared' }, [], 'Unrecognized key: "agreement"');
  });
});

describe('venueSchema and relayStepSchema', () => {
  it('accepts a venue naming any one of outlet, programme or platform', () => {
    for (const venue of [{ outlet: 'radio-harbour' }, { programme: 'Morning Desk' }, { platform: 'posts' }]) {
      expect(venueSchema.parse(venue)).toEqual(venue);
    }
  });

  it('takes ids of outlet records for outlet and platform, free text for the programme', () => {
    expectOneIssue(venueSchema, { outlet: 'Radio Harbour' }, ['outlet'], /^must be a lowercase slug/);
    expectOneIssue(venueSchema, { platform: 'Posts' }, ['platform'], /^must be a lowercase slug/);
    expect(venueSchema.parse({ outlet: 'cbs', programme: 'Face the Nation' }).programme).toBe('Face the Nation');
  });

  it('accepts a relay step with or without a source id, never a free-text source', () => {
    expect(relayStepSchema.parse({ source: 'the-gazette', wording: 'was quoted' })).toEqual({
      source: 'the-gazette',
      wording: 'was quoted',
    });
    expect(relayStepSchema.parse({ wording: 'was quoted as saying' })).toEqual({ wording: 'was quoted as saying' });
    expectOneIssue(relayStepSchema, { source: 'The Gazette', wording: 'x y' }, ['source'], /^must be a lowercase slug/);
  });

  it('rejects a venue with no outlet, programme or platform', () => {
    expectOneIssue(venueSchema, {}, [], 'must name an outlet, a programme or a platform');
  });

  it('rejects a relay step without wording', () => {
    expectOneIssue(relayStepSchema, { source: 'the-gazette' }, ['wording'], /expected string/);
  });
});

describe('quoteSchema', () => {
  it('accepts a quote and defaults relay and claims to []', () => {
    expect(quoteSchema.parse(quote)).toEqual({ ...quote, relay: [], claims: [] });
  });

  it('rejects a venue with nothing in it, at the venue path', () => {
    expectOneIssue(quoteSchema, { ...quote, venue: {} }, ['venue'], 'must name an outlet, a programme or a platform');
  });

  it('rejects a kind outside the enum', () => {
    expectOneIssue(quoteSchema, { ...quote, kind: 'paraphrase' }, ['kind'], /"full"\|"fragment"/);
  });

  it('rejects a quote text that is too long', () => {
    const value = { ...quote, text: 'word '.repeat(70) };
    expectOneIssue(quoteSchema, value, ['text'], 'must be a short excerpt of at most 320 characters');
  });

  it('rejects a missing speaker', () => {
    expectOneIssue(quoteSchema, without(quote, 'speaker'), ['speaker'], /expected string, received undefined/);
  });

  it('rejects a bad relay step with the path into the list', () => {
    const relay = [{ source: 'the-gazette', wording: 'was quoted', via: 'x' }];
    expectOneIssue(quoteSchema, { ...quote, relay }, ['relay', 0], 'Unrecognized key: "via"');
  });
});

describe('questionSchema', () => {
  it('accepts an open question without an answer', () => {
    expect(questionSchema.parse(question)).toEqual({ ...question, claims: [] });
  });

  it('accepts a question raised by a report', () => {
    const raisedBy = { by: 'report', report: 'gazette-report', excerpt: 'We have not finished the load tests.' };
    expect(questionSchema.parse({ ...question, raisedBy }).raisedBy).toEqual(raisedBy);
  });

  it.each(['partly-answered', 'answered'])('rejects status %j without an answer, at `answer`', (status) => {
    expectOneIssue(
      questionSchema,
      { ...question, status },
      ['answer'],
      'must say what the answer is when status is not "open"',
    );
  });

  it('accepts an answered question with an answer', () => {
    expect(questionSchema.parse({ ...question, status: 'answered', answer: 'It says so.' }).answer).toBe('It says so.');
  });

  it('rejects a report-raised question without its excerpt', () => {
    const raisedBy = { by: 'report', report: 'gazette-report' };
    expectOneIssue(questionSchema, { ...question, raisedBy }, ['raisedBy', 'excerpt'], /expected string/);
  });

  it('rejects an unknown status', () => {
    expectOneIssue(
      questionSchema,
      { ...question, status: 'closed' },
      ['status'],
      /"open"\|"partly-answered"\|"answered"/,
    );
  });
});

describe('analysisSchema', () => {
  it('accepts claims alone and defaults quotes and questions to []', () => {
    expect(analysisSchema.parse({ claims: [claim] })).toEqual({
      claims: [{ ...claim, about: [] }],
      quotes: [],
      questions: [],
    });
  });

  it('rejects an analysis with no claims', () => {
    expectOneIssue(analysisSchema, { claims: [] }, ['claims'], 'must list at least one claim');
  });

  it('reports nested issues with their full path', () => {
    const issues = issuesOf(analysisSchema, {
      claims: [claim],
      quotes: [quote, { ...quote, id: 'second', venue: {} }],
      questions: [{ ...question, status: 'answered' }],
    });
    expect(issues).toEqual([
      { path: ['quotes', 1, 'venue'], message: 'must name an outlet, a programme or a platform' },
      { path: ['questions', 0, 'answer'], message: 'must say what the answer is when status is not "open"' },
    ]);
  });

  it('rejects an unknown top-level key', () => {
    expectOneIssue(analysisSchema, { claims: [claim], people: [] }, [], 'Unrecognized key: "people"');
  });
});
