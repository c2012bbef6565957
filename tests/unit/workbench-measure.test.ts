/**
 * The draft against the hand-written analysis of the Alaska story, on the two archived copies: the
 * issue's bar (every quote proposed, speaker right for at least 10, relay for at least 9, the
 * weekend-diplomacy report's 3 questions, no title or headline as speech). The archive is licensed
 * material outside the repository: CI has it beside the checkout (as for `verify:sources`); a public
 * clone without it registers no test here and says so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/build/content-files.ts';
import { draftReport } from '../../src/build/workbench/draft.ts';
import { knownProgrammes, knownRecords, storyClaims } from '../../src/build/workbench/inputs.ts';
import { scoreDraft } from '../../src/build/workbench/measure.ts';

const sources = resolve(process.env.PARALLAX_SOURCES_DIR ?? '../shared/sources');
const files = readContentFiles('content');
const story = 'alaska-summit-2025';
const analysis = files.analyses.find((a) => a.id === story)!.data;
const reports = files.reports.filter((r) => r.id.startsWith(`${story}/`));
const present = reports.every((r) => existsSync(join(sources, r.data.archive)));
if (!present && process.env.PARALLAX_REQUIRE_SOURCES === '1') throw new Error(`no source archive at ${sources}`);
if (!present) console.log(`Draft measurement not run: no source archive at ${sources}.`);

describe.runIf(present)('draft on the Alaska story’s archived copies', () => {
  const scores = reports.map((report) => {
    const id = report.id.split('/')[1]!;
    const draft = draftReport({
      archive: readFileSync(join(sources, report.data.archive), 'utf8'),
      known: knownRecords(files),
      claims: storyClaims(files, story, id),
      programmes: knownProgrammes(files),
    });
    return { id, draft, score: scoreDraft(draft, analysis, id) };
  });
  const sum = (key: 'quotes' | 'found' | 'speakerRight' | 'relayRight' | 'speechProposed' | 'speechInAnalysis') =>
    scores.reduce((n, s) => n + s.score[key], 0);

  it('proposes every direct quote of the hand-written analysis, with the right speaker and relay', () => {
    expect(sum('found')).toBe(sum('quotes'));
    expect(sum('speakerRight')).toBeGreaterThanOrEqual(10);
    expect(sum('relayRight')).toBeGreaterThanOrEqual(9);
    expect(scores.flatMap((s) => s.score.misses)).toEqual([]);
  });

  it('proposes few quotes the analysis does not hold', () => {
    expect(sum('speechInAnalysis') / sum('speechProposed')).toBeGreaterThanOrEqual(0.9);
  });

  it('proposes all three of the weekend-diplomacy report’s own questions', () => {
    const weekend = scores.find((s) => s.id === 'weekend-diplomacy-report')!.score;
    expect([weekend.questionsFound, weekend.questions]).toEqual([3, 3]);
  });

  it('proposes programme titles and headline lines as not speech', () => {
    const notSpeech = scores.flatMap((s) =>
      s.draft.quotes.filter((q) => q.notSpeech).map((q) => [q.text, q.notSpeech]),
    );
    expect(notSpeech).toEqual([
      ['State of the Union', 'programme-title'],
      ['Face the Nation', 'programme-title'],
      ['jelly legs', 'headline'],
    ]);
    expect(scores.flatMap((s) => s.score.notSpeechAsSpeech)).toEqual([]);
  });
});
