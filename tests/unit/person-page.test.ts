/** A person quoted in two stories: every item of their page's view names its story (the built page: tests/build/person-page.test.ts). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/build/content-files.ts';
import { personPageView } from '../../src/model/person-page.ts';
import { twoStoryContent, VALID } from '../fixtures/two-stories.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'parallax-person-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('personPageView', () => {
  it('in one story, items need not name it', () => {
    const { corpus } = loadCorpus(VALID);
    for (const person of corpus.people) expect(personPageView(person, corpus).acrossStories).toBe(false);
  });

  it('marks only someone the reports describe but neither quote nor credit with a claim', () => {
    // The Alaska story describes Putin's positions without quoting him; the fixture describes nobody.
    const { corpus } = loadCorpus(resolve(ROOT, 'content'));
    const only = corpus.people.filter((p) => personPageView(p, corpus).onlyDescribed).map((p) => p.id);
    expect(only).toEqual(['vladimir-putin']);
    const fixture = loadCorpus(VALID).corpus;
    for (const person of fixture.people) expect(personPageView(person, fixture).onlyDescribed).toBe(false);
  });

  it('across two stories, every quote and claim carries its own story', () => {
    const { corpus } = loadCorpus(twoStoryContent(join(temp, 'two')));
    const person = corpus.people.find((p) => p.quotes.length > 0)!;
    const view = personPageView(person, corpus);
    expect(view.acrossStories).toBe(true);
    const titles = new Set(view.quotes.map((q) => q.story.title));
    expect(titles).toEqual(new Set([corpus.story('harbour-bridge')!.title, 'The bridge reopens']));
    for (const { quote, story } of view.quotes) expect(story.id).toBe(quote.storyId);
    for (const { claim, story, reports } of view.claims) {
      expect(story.id).toBe(claim.storyId);
      expect(reports.length).toBeGreaterThan(0);
    }
  });
});
