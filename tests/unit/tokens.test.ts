/** The colours in src/model/tokens.ts are the CSS custom properties of src/styles/global.css, value for value. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colours, shareImageColours } from '../../src/model/tokens.ts';

const css = readFileSync(resolve(import.meta.dirname, '../../src/styles/global.css'), 'utf8');

/** Every `--name: light-dark(#light, #dark);` declared in the stylesheet, by name. */
function cssColours(text: string): Record<string, { light: string; dark: string }> {
  const found: Record<string, { light: string; dark: string }> = {};
  for (const m of text.matchAll(/--([\w-]+):\s*light-dark\(\s*(#[0-9a-fA-F]{3,8})\s*,\s*(#[0-9a-fA-F]{3,8})\s*\)/g)) {
    found[m[1]!] = { light: m[2]!.toLowerCase(), dark: m[3]!.toLowerCase() };
  }
  return found;
}

describe('colour tokens', () => {
  it('are the stylesheet’s light and dark values, the same names, no more and no fewer', () => {
    const declared = cssColours(css);
    expect(Object.keys(declared).length).toBeGreaterThan(10);
    expect(colours).toEqual(declared);
  });

  it('notice a colour changed in the stylesheet alone', () => {
    const edited = css.replace('--ink: light-dark(#1d1c1a,', '--ink: light-dark(#000000,');
    expect(edited).not.toBe(css);
    expect(colours).not.toEqual(cssColours(edited));
  });

  it('give share images the light theme’s paper, ink and muted text, and the card’s own shade for its lines', () => {
    expect(shareImageColours).toEqual({ background: '#fbfaf7', ink: '#1d1c1a', muted: '#57534e', lines: '#3f3b37' });
  });
});
