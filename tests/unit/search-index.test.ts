import { describe, expect, it } from 'vitest';
import { fragmentFilesFrom, MAX_FRAGMENT_FILES } from '../../src/build/search-index.ts';

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
