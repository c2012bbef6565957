/**
 * axe-core run in the page, in the light theme and then the dark one. The script is put in once per
 * page and run twice: @axe-core/playwright injected it anew for every run and gathered each run's
 * results in a blank page of its own, 1.5-2.9 s a run on a claim page whose checks take 0.2-0.4 s,
 * for frames our pages never have (checked here, so the shortcut cannot hide one).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

declare global {
  interface Window {
    axe: { run(context: Document, options: { resultTypes: ['violations'] }): Promise<AxeResults> };
  }
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(page.frames()).toHaveLength(1);
  await page.evaluate(AXE_SOURCE);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const violations = await page.evaluate(async () => {
      const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
      return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    });
    expect(violations.map((v) => `${colorScheme}: ${v}`)).toEqual([]);
  }
}
