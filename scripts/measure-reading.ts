/**
 * `node scripts/measure-reading.ts [DIR] [--port 4363] [--story ID]`: how long the story page is to
 * read, measured in Chromium the way a reader meets it, so before and after figures come from the
 * same code. Serves DIR (default `dist`) with scripts/serve.ts and prints, for each story: height in
 * screens at 360x780 and 1440x900, visible words, tab stops, anchor misses (every `#fragment` the
 * page links to or offers, opened cold at 360, 768 and 1440 px), printed A4 pages and the bytes a
 * reader downloads (gzip, everything included).
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tests/chromium.ts';

/** How far (px) a target may sit below where it should land before it counts as a miss. */
export const LANDING_TOLERANCE = 4;

/**
 * Waits until the page has stopped scrolling (smooth scrolling and late layout settled): the
 * scroll position unchanged for half a second. A shorter window can close before a fragment's
 * scroll has even begun, which starts a moment after the load event.
 */
export async function settle(page: Page): Promise<void> {
  let previous = Number.NaN;
  let still = 0;
  for (let i = 0; i < 60 && still < 4; i++) {
    await page.waitForTimeout(125);
    const y = await page.evaluate(() => window.scrollY);
    still = y === previous ? still + 1 : 0;
    previous = y;
  }
}

/**
 * Where a target landed against where it should: just under any sticky or fixed header, or as far
 * down as the page can scroll. Positive `off` means the target sits below its place, negative above.
 */
export async function landing(page: Page, id: string): Promise<{ off: number; atBottom: boolean }> {
  return page.evaluate((targetId) => {
    const target = document.getElementById(targetId);
    if (!target) return { off: Number.NaN, atBottom: false };
    let headerBottom = 0;
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const { position } = getComputedStyle(el);
      if (position !== 'sticky' && position !== 'fixed') continue;
      const box = el.getBoundingClientRect();
      // A bar pinned across the top, not a sidebar or a closed overlay.
      if (box.top <= 1 && box.height > 0 && box.height < innerHeight / 3 && box.width > innerWidth / 2) {
        headerBottom = Math.max(headerBottom, box.bottom);
      }
    }
    const top = target.getBoundingClientRect().top;
    const margin = parseFloat(getComputedStyle(target).scrollMarginTop) || 0;
    const atBottom = Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight - 1;
    return { off: Math.round(top - headerBottom - Math.min(margin, 32)), atBottom };
  }, id);
}

/** How many A4 pages the page prints on (print media must already be emulated). */
export async function printedPageCount(page: Page): Promise<number> {
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  return (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** Every fragment of a page: each `#…` link on it, and each claim, quote, question and topic anchor. */
export async function fragments(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ids = new Set<string>();
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href*="#"]')) {
      const url = new URL(a.href);
      if (url.pathname === location.pathname && url.hash.length > 1) ids.add(decodeURIComponent(url.hash.slice(1)));
    }
    for (const el of document.querySelectorAll('[id^="claim-"], [id^="quote-"], [id^="question-"], [id^="topic-"]')) {
      if (!el.id.endsWith('-text') && !el.id.endsWith('-h')) ids.add(el.id);
    }
    ids.delete('main');
    return [...ids];
  });
}

interface Figures {
  screens360: number;
  screens1440: number;
  words: number;
  tabStops: number;
  fragments: number;
  anchorMisses: number;
  worstMiss: number;
  printedPages: number;
  bytes: number;
  bytesByType: Record<string, number>;
}

async function measure(browser: Browser, url: string): Promise<Figures> {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  const responses: { type: string; body: Promise<Buffer> }[] = [];
  page.on('response', (r) => {
    if (r.status() < 300) responses.push({ type: r.request().resourceType(), body: r.body() });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const bytesByType: Record<string, number> = {};
  let bytes = 0;
  for (const r of responses) {
    const size = gzipSync(await r.body).length;
    bytesByType[r.type] = (bytesByType[r.type] ?? 0) + size;
    bytes += size;
  }
  const height = () => page.evaluate(() => document.documentElement.scrollHeight / innerHeight);
  const screens360 = await height();
  const words = await page.evaluate(() => document.body.innerText.split(/\s+/).filter((w) => /\w/.test(w)).length);
  const tabStops = await page.evaluate(
    () =>
      [
        ...document.querySelectorAll<HTMLElement>(
          'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
        ),
      ].filter((el) => el.tabIndex >= 0 && el.checkVisibility({ visibilityProperty: true })).length,
  );
  const ids = await fragments(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  const screens1440 = await height();
  await page.emulateMedia({ media: 'print' });
  const printedPages = await printedPageCount(page);
  await context.close();

  let anchorMisses = 0;
  let worstMiss = 0;
  for (const width of [360, 768, 1440]) {
    const cold = await browser.newContext({ viewport: { width, height: width === 1440 ? 900 : 780 } });
    const tab = await cold.newPage();
    for (const id of ids) {
      // A blank page between fragments, so each opens as a new document (as a shared link does),
      // never as a scroll within the page already open.
      await tab.goto('about:blank');
      await tab.goto(`${url}#${encodeURIComponent(id)}`, { waitUntil: 'load' });
      await settle(tab);
      const { off, atBottom } = await landing(tab, id);
      const missed = Number.isNaN(off) || (off > LANDING_TOLERANCE && !atBottom) || off < -LANDING_TOLERANCE;
      if (missed) {
        anchorMisses += 1;
        worstMiss = Math.max(worstMiss, Number.isNaN(off) ? Infinity : Math.abs(off));
        if (process.env.VERBOSE) console.error(`miss ${width}px #${id}: ${off}px`);
      }
    }
    await cold.close();
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    screens360: round(screens360),
    screens1440: round(screens1440),
    words,
    tabStops,
    fragments: ids.length,
    anchorMisses,
    worstMiss,
    printedPages,
    bytes,
    bytesByType,
  };
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { port: { type: 'string', default: '4363' }, story: { type: 'string', multiple: true } },
  });
  const dist = positionals[0] ?? 'dist';
  const origin = `http://127.0.0.1:${values.port}`;
  const stories =
    values.story ??
    readdirSync(join(dist, 'stories'), { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? [d.name] : []));
  const server = spawn(
    process.execPath,
    ['--experimental-strip-types', 'scripts/serve.ts', dist, '--port', values.port],
    { stdio: 'ignore' },
  );
  try {
    for (let i = 0; i < 50; i++) {
      if (
        await fetch(`${origin}/`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
    try {
      for (const story of stories) {
        const figures = await measure(browser, `${origin}/stories/${story}/`);
        console.log(JSON.stringify({ story, ...figures }, null, 2));
      }
    } finally {
      await browser.close();
    }
  } finally {
    server.kill();
  }
}

if (import.meta.main) await main();
