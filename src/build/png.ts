/**
 * A PNG encoder for opaque images with few colours, such as share cards (flat background, text in
 * a handful of colours and their anti-aliased edges: under a hundred colours in all). Such an
 * image is written losslessly as an indexed (palette) PNG, a quarter of the RGBA data before
 * compression; one with more than 256 colours, or any transparency, as 8-bit RGB(A). The
 * output depends only on the pixels (palette in order of first appearance), so it is reproducible.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function header(width: number, height: number, colourType: 2 | 3 | 6): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data[8] = 8; // bit depth
  data[9] = colourType;
  return chunk('IHDR', data);
}

// Level 3, zlib's quickest with full matching: on 40 cards' rows 27.7 KB in 1.8 ms, where
// run-length matching alone took 28.0 KB in 1.0 ms, level 4 23.9 KB in 2.6-3.7 ms and level 9
// 20.7 KB in 40 ms (scripts/bench/images-stages.ts, BENCHMARKS.md).
const deflate = (rows: Uint8Array) => deflateSync(rows, { level: 3 });

let scratch = new Uint8Array(0);

/**
 * Indexed rows (a filter byte, then one palette index a pixel) and the palette as RGBA words, or
 * undefined past 256 colours or at the first pixel that is not opaque.
 */
function indexed(rgba: Uint8Array, width: number, height: number): { rows: Uint8Array; palette: number[] } | undefined {
  const words = new Int32Array(rgba.buffer, rgba.byteOffset, width * height);
  // Reused from image to image: a fresh 750 KB buffer costs more in page faults than filling it.
  if (scratch.length < (width + 1) * height) scratch = new Uint8Array((width + 1) * height);
  const rows = scratch.subarray(0, (width + 1) * height);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0; // filter: none
  // Colours seen, in an open-addressed table: 1024 slots for at most 256 colours.
  const keys = new Int32Array(1024);
  const values = new Int16Array(1024).fill(-1);
  const palette: number[] = [];
  let last = 0;
  let lastIndex = -1;
  const bytes = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  const stride = width * 4;
  for (let y = 0, p = 0; y < height; y++) {
    let o = y * (width + 1) + 1;
    // A row like the one above (a card is mostly empty rows): PNG's Up filter, which makes it all
    // zeros (native compare and fill; deflate matches zeros a little quicker and tighter).
    if (y > 0 && bytes.compare(bytes, p * 4, p * 4 + stride, p * 4 - stride, p * 4) === 0) {
      rows[o - 1] = 2; // filter: up
      rows.fill(0, o, o + width);
      p += width;
      continue;
    }
    for (let x = 0; x < width; x++, p++, o++) {
      const colour = words[p] ?? 0;
      if (colour !== last || lastIndex < 0) {
        if (colour >>> 24 !== 0xff) return undefined; // alpha (the highest byte) below 255
        let slot = Math.imul(colour, 0x9e3779b1) >>> 22;
        while ((values[slot] ?? -1) >= 0 && keys[slot] !== colour) slot = (slot + 1) & 1023;
        if ((values[slot] ?? -1) < 0) {
          if (palette.length === 256) return undefined;
          keys[slot] = colour;
          values[slot] = palette.length;
          palette.push(colour);
        }
        last = colour;
        lastIndex = values[slot] ?? 0;
      }
      rows[o] = lastIndex;
    }
  }
  return { rows, palette };
}

/** Encodes RGBA pixels (straight alpha, row by row) as a PNG. */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  if (rgba.length !== width * height * 4) throw new Error(`expected ${width}x${height} RGBA pixels`);
  // Whole 32-bit words need 4-byte alignment; a copy provides it in the rare case it is missing.
  const palette = indexed(rgba.byteOffset % 4 === 0 ? rgba : new Uint8Array(rgba), width, height);
  if (palette) {
    const plte = Buffer.alloc(palette.palette.length * 3);
    palette.palette.forEach((c, i) => {
      // Little-endian words: red is the lowest byte.
      plte[i * 3] = c & 0xff;
      plte[i * 3 + 1] = (c >>> 8) & 0xff;
      plte[i * 3 + 2] = (c >>> 16) & 0xff;
    });
    return Buffer.concat([
      SIGNATURE,
      header(width, height, 3),
      chunk('PLTE', plte),
      chunk('IDAT', deflate(palette.rows)),
      chunk('IEND', new Uint8Array()),
    ]);
  }
  let opaque = true;
  for (let p = 3; p < rgba.length && opaque; p += 4) opaque = rgba[p] === 255;
  const channels = opaque ? 3 : 4;
  const rows = new Uint8Array((width * channels + 1) * height);
  for (let y = 0, o = 0, p = 0; y < height; y++) {
    rows[o++] = 0;
    for (let x = 0; x < width; x++, p += 4) {
      rows[o++] = rgba[p] ?? 0;
      rows[o++] = rgba[p + 1] ?? 0;
      rows[o++] = rgba[p + 2] ?? 0;
      if (channels === 4) rows[o++] = rgba[p + 3] ?? 0;
    }
  }
  return Buffer.concat([
    SIGNATURE,
    header(width, height, opaque ? 2 : 6),
    chunk('IDAT', deflate(rows)),
    chunk('IEND', new Uint8Array()),
  ]);
}
