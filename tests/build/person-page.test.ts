/** A person quoted in two stories: on their built page every quote and claim names its story. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/build/content-files.ts';
import { twoStoryContent } from '../fixtures/two-stories.ts';
import { buildSite } from './build-site.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'parallax-person-'));
const out = join(ROOT, `dist-person-${process.pid}`);
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
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
