import { describe, expect, it } from 'vitest';
import { markdownPassages, prosePassages, type StoryFiles } from '../../src/model/prose-quotes.ts';
import { analysisSchema, reportSchema, storySchema } from '../../src/schemas/index.ts';
import { appearsAsWords, closestPassage } from '../../src/model/verbatim.ts';

describe('markdownPassages', () => {
  it('reads a passage as the reader sees it, without emphasis marks, with its line', () => {
    expect(markdownPassages('Intro.\n\nIt calls them “*game* changing” and **“robust”**.')).toEqual([
      { text: 'game changing', line: 3, unclosed: false },
      { text: 'robust', line: 3, unclosed: false },
    ]);
  });

  it('follows a passage across a line break and gives the line it starts on', () => {
    expect(markdownPassages('One line,\nthen “legislative\nenshrinement” and “more”.')).toEqual([
      { text: 'legislative\nenshrinement', line: 2, unclosed: false },
      { text: 'more', line: 3, unclosed: false },
    ]);
  });

  it('finds passages in headings, list items and links, and straight marks SmartyPants would curl', () => {
    const body = "## The “turning point”\n\n- a 'list' item\n- [a “link” text](https://example.org)";
    expect(markdownPassages(body).map((p) => [p.text, p.line])).toEqual([
      ['turning point', 1],
      ['list', 3],
      ['link', 4],
    ]);
  });

  it('skips outside-context blocks and labels, inline code and HTML', () => {
    const body = [
      'Ours: “kept”.',
      '',
      ':::outside-context',
      'The White House called it “historic”.',
      ':::',
      '',
      'Dated :outside-context[“15 August”], code `“x”` and <b title="y">z</b>.',
    ].join('\n');
    expect(markdownPassages(body).map((p) => p.text)).toEqual(['kept']);
  });

  it('does not let a quotation run from one paragraph into the next', () => {
    expect(markdownPassages('An “unclosed one.\n\nA “closed” one.')).toEqual([
      { text: 'unclosed one.', line: 1, unclosed: true },
      { text: 'closed', line: 3, unclosed: false },
    ]);
  });
});

describe('prosePassages', () => {
  const story = storySchema.parse({
    title: 'The “title”',
    dek: 'A dek with “dek words”.',
    events: [{ date: '2030-03-04', label: 'The “label”', dateSource: 'stated', note: 'Called “Monday”.' }],
    topics: [{ id: 'schedule', label: 'A “topic”' }],
    reports: ['report-a', 'report-b'],
  });
  const report = (title: string) => reportSchema.parse({ title, label: 'A', archive: 'a.txt' });
  const analysis = analysisSchema.parse({
    claims: [
      {
        id: 'c',
        topic: 'schedule',
        text: 'A “claim”.',
        positions: { 'report-b': { stance: 'asserts', evidence: 'not “prose”', note: 'Its “note”.' } },
        sameness: 'The “sameness”.',
        conflict: 'The “conflict”.',
      },
    ],
    quotes: [
      {
        id: 'q',
        report: 'report-a',
        speaker: 'p',
        text: 'not “prose”',
        kind: 'full',
        topic: 'schedule',
        context: 'A “context”.',
      },
    ],
    questions: [
      {
        id: 'r',
        text: 'Why “this”?',
        raisedBy: { by: 'report', report: 'report-b', excerpt: 'not “prose”' },
        status: 'open',
      },
      {
        id: 'a',
        text: 'And “that”?',
        raisedBy: { by: 'analysis', basis: 'The “basis”.' },
        status: 'answered',
        answer: 'The “answer”.',
      },
    ],
  });
  const files: StoryFiles = {
    story: { id: 's', file: 's/story.md', data: story, body: 'The “overview”.', bodyLine: 10 },
    reports: [
      {
        id: 's/report-a',
        file: 's/reports/report-a.md',
        data: report('A “report title”'),
        body: '“Summary”',
        bodyLine: 5,
      },
    ],
    analysis: { file: 's/analysis.yaml', data: analysis },
  };
  const all = ['report-a', 'report-b'];

  it('collects every prose field with the reports whose archives may hold it, and none of the verbatim fields', () => {
    const rows = prosePassages(files).map((p) => [p.file, p.field, p.text, p.reports]);
    expect(rows).toEqual([
      ['s/story.md', 'title', 'title', all],
      ['s/story.md', 'dek', 'dek words', all],
      ['s/story.md', 'topics[0].label', 'topic', all],
      ['s/story.md', 'events[0].label', 'label', all],
      ['s/story.md', 'events[0].note', 'Monday', all],
      ['s/story.md', 'body (line 11)', 'overview', all],
      ['s/reports/report-a.md', 'title', 'report title', ['report-a']],
      ['s/reports/report-a.md', 'body (line 6)', 'Summary', ['report-a']],
      ['s/analysis.yaml', 'claims[0].text', 'claim', all],
      ['s/analysis.yaml', 'claims[0].positions.report-b.note', 'note', ['report-b']],
      ['s/analysis.yaml', 'claims[0].sameness', 'sameness', all],
      ['s/analysis.yaml', 'claims[0].conflict', 'conflict', all],
      ['s/analysis.yaml', 'quotes[0].context', 'context', ['report-a']],
      ['s/analysis.yaml', 'questions[0].text', 'this', ['report-b']],
      ['s/analysis.yaml', 'questions[1].text', 'that', all],
      ['s/analysis.yaml', 'questions[1].raisedBy.basis', 'basis', all],
      ['s/analysis.yaml', 'questions[1].answer', 'answer', all],
    ]);
  });
});

describe('appearsAsWords', () => {
  // An archive written here, with the typography of a real one.
  const archive =
    'Russia reportedly offered concessions. The recent summit in Alaska was called ‘game changing’ by\n' +
    'Witkoff. What role with US forces play? “We are ready,” he said.';

  it('finds words whatever their quote marks and white space', () => {
    expect(appearsAsWords(archive, "called 'game changing' by Witkoff")).toBe(true);
    expect(appearsAsWords(archive, 'We are ready,')).toBe(true);
    expect(appearsAsWords(archive, 'by   Witkoff')).toBe(true);
  });

  it('matches whole words only: “reported” is not in “reportedly”', () => {
    expect(appearsAsWords(archive, 'reported')).toBe(false);
    expect(appearsAsWords(archive, 'reportedly')).toBe(true);
    expect(appearsAsWords(archive, 'recent summit')).toBe(true);
    expect(appearsAsWords(archive, 'ecent summi')).toBe(false);
  });

  it('allows punctuation at the edges of a passage to meet a word', () => {
    expect(appearsAsWords(archive, 'concessions. The')).toBe(true);
    expect(appearsAsWords(archive, '.')).toBe(true);
  });

  it('keeps case: “the recent summit” is not “The recent summit”', () => {
    expect(appearsAsWords(archive, 'the recent summit in Alaska')).toBe(false);
    expect(appearsAsWords(archive, 'Reportedly')).toBe(false);
  });

  it('drops [sic], so the words around it must stand together in the archive', () => {
    expect(appearsAsWords(archive, 'What role with [sic] US forces play')).toBe(true);
    expect(appearsAsWords(archive, 'What role [sic] US forces play')).toBe(false);
  });

  it('lets an ellipsis or a bracketed insertion leave words out, keeping the parts in order', () => {
    expect(appearsAsWords(archive, 'Russia reportedly … in Alaska')).toBe(true);
    expect(appearsAsWords(archive, 'Russia reportedly ... in Alaska')).toBe(true);
    expect(appearsAsWords(archive, '[Russia] offered concessions')).toBe(true);
    expect(appearsAsWords(archive, 'in Alaska … Russia reportedly')).toBe(false);
    expect(appearsAsWords(archive, 'Russia … report')).toBe(false);
  });

  it('finds nothing in an empty passage', () => {
    expect(appearsAsWords(archive, '…')).toBe(false);
  });
});

describe('closestPassage for a word the archive has only inside a longer one', () => {
  it('points at the longer word', () => {
    expect(closestPassage('Russia reportedly offered', 'reported')).toBe('reportedly');
  });
});
