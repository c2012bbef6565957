/** The built site holds exactly the route table's pages (src/model/routes.ts), each with its share image. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/model/paths.ts';
import { sitePaths } from '../../src/model/routes.ts';
import { corpus, DIST, distFiles, htmlPages } from './built-site.ts';

describe('the route table against the build', () => {
  const table = sitePaths(corpus);

  it('every built page is in the table, and every page in the table was built (404.html aside)', () => {
    expect(htmlPages()).toEqual([...table].sort());
    expect(existsSync(join(DIST, '404.html'))).toBe(true);
  });

  it('every share image belongs to a page of the table', () => {
    const images = distFiles()
      .filter((f) => f.startsWith('og/'))
      .map((f) => `/${f}`)
      .sort();
    expect(images).toEqual(table.map(paths.shareImage).sort());
  });
});
