/**
 * Words never run together where elements meet, on any page (see seams.ts). Pagefind indexes the
 * same text without layout, so this also keeps search snippets readable.
 */
import { expect, test } from '@playwright/test';
import { allPages } from './content.ts';
import { findSeams } from './seams.ts';

// Every page in the route table, and the 404 page outside it.
const pages = [...allPages(), 'no/such/page/'];

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

for (const path of pages) {
  test(`/${path}: no words run together where elements meet`, async ({ page }) => {
    await page.goto(path);
    const seams = await page.evaluate(findSeams);
    expect(seams.map((s) => s.text)).toEqual([]);
  });
}
