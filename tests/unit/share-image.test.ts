import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodePng } from '../../src/build/png.ts';
import type { ShareCard } from '../../src/model/share-cards.ts';
import { drawShareImage, HEIGHT, WIDTH } from '../../src/build/share-image-draw.ts';
import { emojiSequences, uncovered } from '../../src/build/share-image-fonts.ts';
import {
  cacheFile,
  cacheKey,
  drawShareImages,
  pruneImageCache,
  renderShareImage,
  reportUncovered,
  shareImageFile,
} from '../../src/build/share-image.ts';

const card = (title: string): ShareCard => ({
  kicker: 'Claim · Conflicting',
  title,
  lines: ['Wire report: States it', 'Local report: Contradicts it'],
  footer: 'A story',
});

const decode = (png: Buffer) => sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });

describe('encodePng', () => {
  const pixels = (colours: number, alpha = 255) => {
    const rgba = new Uint8Array(40 * 30 * 4);
    for (let p = 0; p < 40 * 30; p++) rgba.set([p % colours, (p % colours) >> 8, 7, alpha], p * 4);
    return rgba;
  };

  it('writes a few colours losslessly as a palette PNG', async () => {
    const rgba = pixels(200);
    const png = encodePng(rgba, 40, 30);
    expect(png[25], 'colour type').toBe(3);
    const { data, info } = await decode(png);
    expect([info.width, info.height]).toEqual([40, 30]);
    expect(Buffer.from(data).equals(Buffer.from(rgba))).toBe(true);
  });

  it('stays lossless where rows repeat the row above, and across images of other sizes', async () => {
    // Mostly repeated rows (written with the Up filter), a few that differ in one pixel (indexed anew).
    const image = (width: number, height: number) => {
      const rgba = new Uint8Array(width * height * 4);
      for (let p = 0; p < width * height; p++) rgba.set([250, 249, 246, 255], p * 4);
      for (let y = 3; y < height; y += 7) rgba.set([29, 28, 26, 255], (y * width + (y % width)) * 4);
      return rgba;
    };
    for (const [w, h] of [
      [64, 48],
      [17, 5],
      [64, 48],
    ] as const) {
      const rgba = image(w, h);
      const png = encodePng(rgba, w, h);
      expect(png[25], 'colour type').toBe(3);
      expect(Buffer.from((await decode(png)).data).equals(Buffer.from(rgba))).toBe(true);
    }
  });

  it('falls back to RGB past 256 colours and to RGBA with transparency, still lossless', async () => {
    for (const [rgba, type] of [
      [pixels(1000), 2],
      [pixels(3, 128), 6],
    ] as const) {
      const png = encodePng(rgba, 40, 30);
      expect(png[25], 'colour type').toBe(type);
      expect(Buffer.from((await decode(png)).data).equals(Buffer.from(rgba))).toBe(true);
    }
  });
});

describe('share images', () => {
  afterEach(() => vi.restoreAllMocks());

  it('are 1200x630 palette PNGs, the same bytes every time and from the worker threads', async () => {
    const drawn = await drawShareImage(card('Prosecutors opened a criminal investigation'));
    const { info } = await decode(drawn);
    expect([info.width, info.height]).toEqual([WIDTH, HEIGHT]);
    expect(drawn[25], 'colour type').toBe(3);
    expect((await drawShareImage(card('Prosecutors opened a criminal investigation'))).equals(drawn)).toBe(true);
    expect((await renderShareImage(card('Prosecutors opened a criminal investigation'))).equals(drawn)).toBe(true);
  });

  // A character no font has is drawn as the same empty box as any other: if these scripts fell
  // through to that box, their images would equal one of as many undrawable characters.
  it.each([
    ['Cyrillic', 'Саммит на Аляске'],
    ['Greek', 'Σύνοδος κορυφής'],
    ['Arabic', 'قمة ألاسكا'],
    ['Chinese', '阿拉斯加峰会'],
    ['Japanese kana', 'サミット'],
    ['emoji', '🔥📰🤝'],
  ])('draw %s from a bundled fallback font', async (_, text) => {
    // eslint-disable-next-line @typescript-eslint/no-misused-spread -- one box per code point, as `uncovered` checks them
    const boxes = [...text].map((c) => (c === ' ' ? ' ' : '\u{10fffd}')).join('');
    expect(uncovered(text)).toEqual([]);
    expect((await drawShareImage(card(text))).equals(await drawShareImage(card(boxes)))).toBe(false);
  });

  it('name the page and field of a character no bundled font draws, at build', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    reportUncovered({ ...card('Саммит 🔥'), lines: ['Hieroglyph 𓀀'] }, '/stories/alaska/claims/c1/');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toBe(
      'Share image of /stories/alaska/claims/c1/, lines[0]: no bundled font draws 𓀀 (U+13000); drawn as empty boxes.',
    );
  });

  it('name emoji sequences the fallback font cannot join (flags, skin tones, ZWJ families), but not single emoji', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(emojiSequences('Talks 🔥 ❤️ in Alaska')).toEqual([]);
    expect(emojiSequences('Flags 🇺🇸 🇷🇺, a thumb 👍🏽, a family 👨‍👩‍👧')).toEqual(['🇺🇸', '🇷🇺', '👍🏽', '👨‍👩‍👧']);
    // Joiners inside a script are not emoji sequences.
    expect(emojiSequences('क्‍ष')).toEqual([]);
    reportUncovered(card('Summit 🇺🇸'), '/stories/alaska/');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toBe(
      'Share image of /stories/alaska/, title: the emoji sequence 🇺🇸 (U+1F1FA U+1F1F8) cannot be joined; drawn as separate pieces.',
    );
  });
});

describe('the share-image cache', () => {
  it('keeps the images a build used and deletes the rest afterwards', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-images-'));
    try {
      const used = card('A card still on a page');
      const usedFile = join(dir, `${cacheKey(used)}.png`);
      const goneFile = join(dir, `${'0'.repeat(64)}.png`);
      const png = await drawShareImage(used);
      writeFileSync(usedFile, png);
      writeFileSync(goneFile, png);
      const yesterday = new Date(Date.now() - 86_400_000);
      for (const file of [usedFile, goneFile]) utimesSync(file, yesterday, yesterday);
      const started = Date.now() - 1000;
      // A hit draws nothing and marks the file as used by this build.
      expect(await shareImageFile(used, dir)).toEqual({ file: usedFile, drawn: false });
      expect(pruneImageCache(dir, started)).toBe(1);
      expect(existsSync(usedFile)).toBe(true);
      expect(existsSync(goneFile)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('on a miss draws the card into a folder it makes, and uses that file when asked again', async () => {
    const root = mkdtempSync(join(tmpdir(), 'parallax-images-'));
    const dir = join(root, 'not', 'made', 'yet');
    try {
      const fresh = card('A card no build has drawn');
      const file = join(dir, `${cacheKey(fresh)}.png`);
      expect(await shareImageFile(fresh, dir)).toEqual({ file, drawn: true });
      expect(readFileSync(file).equals(await drawShareImage(fresh))).toBe(true);
      // The worker wrote under a name of its own and renamed: nothing else is left in the folder.
      expect(readdirSync(dir)).toEqual([`${cacheKey(fresh)}.png`]);
      // Asked again, it uses the file instead of drawing: marked bytes stay.
      const marked = Buffer.concat([readFileSync(file), Buffer.from('marked')]);
      writeFileSync(file, marked);
      expect(await shareImageFile(fresh, dir)).toEqual({ file, drawn: false });
      expect(readFileSync(file).equals(marked)).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('draws identical cards asked for at once one time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-images-'));
    try {
      const same = card('Two pages, one card');
      const asked = await Promise.all([1, 2, 3].map(() => shareImageFile({ ...same }, dir)));
      expect(asked.filter(({ drawn }) => drawn)).toHaveLength(1);
      expect(new Set(asked.map(({ file }) => file)).size).toBe(1);
      expect(readdirSync(dir)).toEqual([`${cacheKey(same)}.png`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives every card of a build its file, drawing only those missing, each once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-images-'));
    try {
      const cards = [card('First'), card('Second'), card('First'), card('Third')];
      const first = await drawShareImages(cards, dir);
      expect(first).toEqual({ drawn: 3, reused: 1 });
      for (const c of cards) {
        expect(readFileSync(cacheFile(c, dir)).equals(await drawShareImage(c)), c.title).toBe(true);
      }
      // The next build with one card changed draws that card alone.
      const next = await drawShareImages([card('First'), card('Second, revised')], dir);
      expect(next).toEqual({ drawn: 1, reused: 1 });
      expect(readdirSync(dir)).toHaveLength(4);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names an image by the renderer version and every word of its card', () => {
    const a = card('Title');
    expect(cacheKey(a)).toBe(cacheKey({ ...a }));
    expect(cacheKey(a)).not.toBe(cacheKey({ ...a, footer: 'Another story' }));
    expect(cacheKey(a)).not.toBe(cacheKey({ ...a, lines: [...a.lines, 'one more line'] }));
  });
});
