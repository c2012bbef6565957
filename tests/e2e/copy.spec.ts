/**
 * Words never run together where elements meet (see seams.ts). Pagefind indexes the same text
 * without layout, so this also keeps search snippets readable. Every page is checked on its one
 * visit in pages.spec.ts (the sitemap's pages and the 404 page); this proves the detector works.
 */
import { expect, test } from '@playwright/test';
import { findSeams } from './seams.ts';

test('the detector flags joined elements and leaves ordinary text alone', async ({ page }) => {
  await page.setContent(`<main>
    <p id="bad1">— <a href="#">Steve Witkoff</a>,US special envoy</p>
    <p id="bad2"><span>Full quote</span> ·<span>Said: CNN</span></p>
    <p id="bad3">(<a href="#">JSON</a>,<a href="#">schema</a>)</p>
    <p id="bad4"><strong>Full</strong>quote</p>
    <p id="ok">In the <a href="#">Outcome report</a>. “<em>game changing</em>”, he said; <a href="#">Rubio</a> (CBS) agreed.</p>
    <div id="ok2"><h2>Stories</h2><p>After the summit</p><ul><li>One</li><li>Two</li></ul></div>
  </main>`);
  const found = (await page.evaluate(findSeams)).map((s) => s.text);
  expect(found).toEqual([',⟂US special envoy', ' ·⟂Said: CNN', ',⟂schema', 'Full⟂quote']);
});
