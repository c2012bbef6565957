import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, checkContentOnce, handOffCheckedContent } from '../../src/build/content-check.ts';

const root = resolve('content');

describe('checkContentOnce', () => {
  it("takes npm run build's result once, then checks afresh", async () => {
    const handed = await checkContent(root);
    handOffCheckedContent(root, handed);
    expect(await checkContentOnce(root)).toBe(handed);
    const again = await checkContentOnce(root);
    expect(again).not.toBe(handed);
    expect(again.corpus.stories.map((s) => s.id)).toEqual(handed.corpus.stories.map((s) => s.id));
  });

  it('does not take a result handed off for another content root', async () => {
    const other = resolve('tests/fixtures/content/valid');
    const handed = await checkContent(other);
    handOffCheckedContent(other, handed);
    const checked = await checkContentOnce(root);
    expect(checked).not.toBe(handed);
    expect(checked.corpus.stories.map((s) => s.id)).toContain('alaska-summit-2025');
    // The other root's result was dropped, not kept for later.
    expect(await checkContentOnce(other)).not.toBe(handed);
  });
});
