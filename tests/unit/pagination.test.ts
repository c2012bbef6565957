/**
 * Cutting an index into pages and routing them, on plain lists (the built indexes of a large
 * corpus: tests/build/pagination.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { indexPages, pageCount, paginate } from '../../src/model/pagination.ts';
import { paths } from '../../src/model/paths.ts';

describe('paginate', () => {
  it('cuts a list into pages of the given size, the last one shorter, and always gives a first page', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([1, 2], 2)).toEqual([[1, 2]]);
    expect(paginate([], 20)).toEqual([[]]);
  });

  it('counts the pages it would cut', () => {
    for (const [count, size] of [
      [5, 2],
      [4, 2],
      [0, 20],
      [61, 60],
    ] as const) {
      expect(pageCount(count, size), `${count} by ${size}`).toBe(paginate(Array(count).fill(0), size).length);
    }
  });

  it('routes page n of an index by the path after its folder', () => {
    const home = indexPages([1, 2, 3], 2, paths.homePage);
    expect(home.map((p) => p.params.page)).toEqual([undefined, 'page/2']);
    expect(home.map((p) => p.path)).toEqual(['/', '/page/2/']);
    expect(home.map((p) => p.props)).toEqual([
      { items: [1, 2], number: 1, count: 2 },
      { items: [3], number: 2, count: 2 },
    ]);
    expect(indexPages([1, 2, 3], 1, paths.peoplePage).map((p) => p.params.page)).toEqual([
      undefined,
      'page/2',
      'page/3',
    ]);
    expect(indexPages([1, 2], 1, paths.outletsPage).map((p) => p.params.page)).toEqual([undefined, 'page/2']);
    expect(paths.outletsPage(2)).toBe('/outlets/page/2/');
  });
});
