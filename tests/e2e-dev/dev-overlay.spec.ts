/**
 * `npm run dev` shows content errors as an editor saves: file, line and field in Vite's error
 * overlay and in the terminal, re-checked on every save. Runs `astro dev` on a copy of the valid
 * fixture with a planted error (PARALLAX_CONTENT_DIR), then mends and breaks it again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const port = Number(process.env.PARALLAX_E2E_PORT ?? 4321) + 4;
const base = `http://127.0.0.1:${port}/`;
const root = mkdtempSync(join(tmpdir(), 'parallax-dev-'));
const analysis = join(root, 'stories/harbour-bridge/analysis.yaml');
const person = join(root, 'people/ada-moreno.yaml');
const imageCache = join(root, '.share-images');
let server: ChildProcess | undefined;
let terminal = '';
/** Files as they were before the first test broke them. */
const mended: { person?: string } = {};

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
      env: {
        ...process.env,
        PARALLAX_CONTENT_DIR: root,
        PARALLAX_IMAGE_CACHE: imageCache,
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
      },
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
  mended.person = personText;
  writeFileSync(person, personText.replace(/^role: .*$/m, "role: ''"));
  await expect(overlay(page)).toContainText(
    new RegExp(`people/ada-moreno\\.yaml:${lineOf(personText, 'role:')}:\\d+: role: must not be empty`),
    { timeout: 30_000 },
  );
});

test('the dev server draws a page’s share image when it is asked for', async ({ page, request }) => {
  // The person the first test left broken, mended. Astro's content store can miss a save that
  // comes within a moment of the previous one (the page then keeps the old error), so each try
  // saves the file again, as an editor would.
  await expect(async () => {
    if (mended.person !== undefined) writeFileSync(person, mended.person);
    await page.goto(base);
    await expect(page.locator('main')).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 60_000 });
  const image = new URL((await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '');
  expect(image.pathname).toMatch(/^\/og\/.+\.png$/);
  expect(existsSync(imageCache), 'nothing is drawn before it is asked for').toBe(false);
  const response = await request.get(new URL(image.pathname, base).href);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const png = await response.body();
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  // Drawn into the cache, where the next request (and the next build) finds it.
  expect(readdirSync(imageCache)).toHaveLength(1);
  expect(readFileSync(join(imageCache, readdirSync(imageCache)[0] ?? '')).equals(png)).toBe(true);
});
