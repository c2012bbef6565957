/** A person quoted in two stories: every item on their page names its story. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/content-files.ts';
import { personPageView } from '../../src/lib/person-page.ts';
import { buildSite } from './build-site.ts';

const VALID = resolve(import.meta.dirname, '../fixtures/content/valid');
const ROOT = resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'parallax-person-'));
const out = join(ROOT, `dist-person-${process.pid}`);
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

/** The valid fixture plus a copy of its story under another id and title: the same people in two stories. */
function twoStoryContent(dir: string): string {
  cpSync(VALID, dir, { recursive: true });
  const second = join(dir, 'stories/harbour-bridge-reopening');
  cpSync(join(dir, 'stories/harbour-bridge'), second, { recursive: true });
  const story = join(second, 'story.md');
  writeFileSync(story, readFileSync(story, 'utf8').replace(/^title: .*$/m, "title: 'The bridge reopens'"));
  return dir;
}

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

/** Elements under `tree` carrying the data attribute `name` (camel-cased as hast stores it). */
function withData(name: string, tree: Root | Element): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.properties[name] !== undefined) found.push(node);
  });
  return found;
}

describe('a person’s page, built from two stories', () => {
  it('names the story beside every quote and claim, and never repeats the speaker line', () => {
    const content = twoStoryContent(join(temp, 'site'));
    const result = buildSite({ content, out, imageCache: join(temp, 'images') });
    expect(result.status, result.output).toBe(0);
    const { corpus } = loadCorpus(content);
    const person = corpus.people.find((p) => p.quotes.length > 0)!;
    const page = fromHtml(readFileSync(join(out, 'people', person.id, 'index.html'), 'utf8'));
    const quotes = withData('dataPersonQuote', page);
    expect(quotes).toHaveLength(person.quotes.length);
    for (const quote of quotes) {
      expect(withData('dataStoryRef', quote)).toHaveLength(1);
      // The speaker line ("— Name, role") belongs on the story page, not on the speaker's own.
      expect(toString(quote)).not.toContain(`— ${person.name}`);
    }
    const claims = withData('dataPersonClaim', page);
    expect(claims).toHaveLength(person.claims.length);
    for (const claim of claims) expect(withData('dataStoryRef', claim)).toHaveLength(1);
    const named = new Set(withData('dataStoryRef', page).map((el) => toString(el).trim()));
    expect(named).toEqual(new Set([corpus.story('harbour-bridge')!.title, 'The bridge reopens']));
  }, 180_000);
});
