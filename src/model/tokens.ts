/**
 * The site's colours, each a light and a dark value, as TypeScript: for what is drawn outside the
 * CSS (share images). `src/styles/global.css` declares the same values as custom properties
 * (`--paper: light-dark(#fbfaf7, #121110)`); tests/unit/tokens.test.ts proves the two lists equal,
 * so a colour is changed in both or the test fails.
 */
export const colours = {
  paper: { light: '#fbfaf7', dark: '#121110' },
  surface: { light: '#ffffff', dark: '#1c1b19' },
  ink: { light: '#1d1c1a', dark: '#ecebe7' },
  muted: { light: '#57534e', dark: '#aba59f' },
  rule: { light: '#d6d3d1', dark: '#3d3935' },
  accent: { light: '#1f4e79', dark: '#9cc3ea' },
  'link-rule': { light: '#8f8a84', dark: '#8a847d' },
  shared: { light: '#0f766e', dark: '#5fd4c4' },
  'shared-soft': { light: '#e6f4f1', dark: '#10302c' },
  conflicting: { light: '#b42318', dark: '#ff9b8f' },
  'conflicting-soft': { light: '#fdecea', dark: '#3b1714' },
  single: { light: '#4338ca', dark: '#b4b9ff' },
  'single-soft': { light: '#eceafd', dark: '#23204d' },
  outside: { light: '#92400e', dark: '#f4b860' },
  'outside-soft': { light: '#fdf3e1', dark: '#36280f' },
  highlight: { light: '#fff7c2', dark: '#3d3612' },
} as const satisfies Record<string, { light: string; dark: string }>;

/** A share image's colours: the light theme's paper, ink and muted text. */
export const shareImageColours = {
  background: colours.paper.light,
  /** The rule along the top, the title and the site's name in the corner. */
  ink: colours.ink.light,
  /** The kicker and the footer. */
  muted: colours.muted.light,
  /**
   * The card's lines under the title: the image's own shade between ink and muted, darker than
   * muted so 28 px text stays crisp when the card is shown small. No page text uses it.
   */
  lines: '#3f3b37',
} as const;
