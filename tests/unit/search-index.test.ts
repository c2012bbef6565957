import { describe, expect, it } from 'vitest';
import { fragmentFilesFrom, MAX_FRAGMENT_FILES } from '../../src/build/search-index.ts';
import { anchorKind, anchors } from '../../src/model/paths.ts';

describe('the limit on the search index’s fragment files', () => {
  it('is MAX_FRAGMENT_FILES unless the build sets PARALLAX_SEARCH_FRAGMENT_FILES', () => {
    expect(fragmentFilesFrom({})).toBe(MAX_FRAGMENT_FILES);
    expect(fragmentFilesFrom({ PARALLAX_SEARCH_FRAGMENT_FILES: '' })).toBe(MAX_FRAGMENT_FILES);
    expect(fragmentFilesFrom({ PARALLAX_SEARCH_FRAGMENT_FILES: '8' })).toBe(8);
  });

  it.each(['0', '-3', '2.5', 'many'])('refuses %s, naming the variable', (value) => {
    expect(() => fragmentFilesFrom({ PARALLAX_SEARCH_FRAGMENT_FILES: value })).toThrow(
      `PARALLAX_SEARCH_FRAGMENT_FILES must be a whole number of at least 1, not “${value}”.`,
    );
  });
});

describe('what a result within a story page is', () => {
  it('is named by the kind its anchor id starts with, for every kind of anchor', () => {
    for (const kind of Object.keys(anchors) as (keyof typeof anchors)[]) {
      expect(anchorKind(anchors[kind]('putin-commitment'))).toBe(kind);
    }
    expect(anchorKind(`${anchors.topic('guarantees')}-h`)).toBe('topic');
  });

  it('is no kind for the page’s other ids (section headings)', () => {
    for (const id of ['overview', 'claims', 'timeline-heading', 'contents-heading', 'claimant', '']) {
      expect(anchorKind(id), id).toBeUndefined();
    }
  });
});
