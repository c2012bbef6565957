/** Small text helpers shared by the corpus generator's modules. */
import type { Scene } from './vocabulary.ts';

export const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
export const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** Replaces `{place}`, `{thing}`, … with the scene's values. */
export function fill(template: string, scene: Scene): string {
  return template.replace(/\{(\w+)\}/g, (slot: string, key: string) =>
    key in scene ? scene[key as keyof Scene] : slot,
  );
}

/** A lowercase hyphenated slug, as ids require. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Words of prose: whitespace-separated tokens. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** "A, B and C". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six'];
/** "two", "three", …; digits beyond six. */
export const numberWord = (n: number): string => NUMBER_WORDS[n] ?? String(n);

/** An ISO date `days` after `start` (YYYY-MM-DD). */
export function addDays(start: string, days: number): string {
  const date = new Date(`${start}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
