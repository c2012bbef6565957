/**
 * `npm run dev` shows content errors as an editor saves: file, line and field in Vite's error
 * overlay and in the terminal, re-checked on every save. Runs `astro dev` on a copy of the valid
 * fixture with a planted error (PARALLAX_CONTENT_DIR), then mends and breaks it again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const port = Number(process.env.PARALLAX_E2E_PORT ?? 4321) + 4;
const base = `http://127.0.0.1:${port}/`;
const root = mkdtempSync(join(tmpdir(), 'parallax-dev-'));
const analysis = join(root, 'stories/harbour-bridge/analysis.yaml');
const person = join(root, 'people/ada-moreno.yaml');
let server: ChildProcess | undefined;
let terminal = '';

const overlay = (page: Page) => page.locator('vite-error-overlay');
/** The 1-based line of the first line of `text` holding `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

test.beforeAll(async () => {
  cpSync('tests/fixtures/content/valid', root, { recursive: true });
  // The planted error: a quote's speaker nobody by that id.
  const text = readFileSync(analysis, 'utf8');
  writeFileSync(analysis, text.replace('speaker: unnamed-engineer', 'speaker: unnamed-enginer'));
  server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      env: { ...process.env, PARALLAX_CONTENT_DIR: root, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server.stdout?.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
  await expect.poll(() => terminal, { timeout: 120_000 }).toContain(base.replace(/\/$/, ''));
});

test.afterAll(() => {
  server?.kill();
});

test('the dev server shows a planted content error in the browser overlay and the terminal, and re-checks on save', async ({
  page,
}) => {
  const line = lineOf(readFileSync(analysis, 'utf8'), 'unnamed-enginer');
  // `file:line:column: field: message`.
  const where = `analysis\\.yaml:${line}:\\d+: quotes\\[\\d+\\]\\.speaker`;

  // In the terminal: file, line, field and the problem.
  expect(terminal).toMatch(new RegExp(`${where}: no person "unnamed-enginer"`));

  // In the browser, as the page is opened.
  await page.goto(base);
  await expect(overlay(page)).toContainText(new RegExp(where));
  await expect(overlay(page)).toContainText('speaker: no person "unnamed-enginer"');

  // Mended and saved: the overlay goes, the page reloads and shows the site.
  writeFileSync(analysis, readFileSync(analysis, 'utf8').replace('unnamed-enginer', 'unnamed-engineer'));
  await expect(overlay(page)).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator('main')).toBeVisible();
  await expect.poll(() => terminal).toContain('Content is valid again.');

  // A new error saved while the page is open appears without a reload: a person's empty role.
  const personText = readFileSync(person, 'utf8');
  writeFileSync(person, personText.replace(/^role: .*$/m, "role: ''"));
  await expect(overlay(page)).toContainText(
    new RegExp(`people/ada-moreno\\.yaml:${lineOf(personText, 'role:')}:\\d+: role: must not be empty`),
    { timeout: 30_000 },
  );
});
