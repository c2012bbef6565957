/** A person quoted in two stories: every item on their page names its story. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/content-files.ts';
import { personPageView } from '../../src/lib/person-page.ts';

const VALID = resolve(import.meta.dirname, '../fixtures/content/valid');
const temp = mkdtempSync(join(tmpdir(), 'parallax-person-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

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
