/**
 * The one inline script of the site: it applies a reader's saved theme before the first paint, so
 * a dark-theme reader never sees a flash of the light one. The CSP allows it by its hash, which
 * astro.config.mjs computes from this exact text.
 */
import { createHash } from 'node:crypto';

export const THEME_STORAGE_KEY = 'parallax-theme';

/** What the theme control offers; "system" is the absence of a saved choice. */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

export const THEME_INIT_SCRIPT = `try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

/** The script's CSP source expression, e.g. `sha256-…`. */
export function themeInitHash(): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(THEME_INIT_SCRIPT).digest('base64')}`;
}
