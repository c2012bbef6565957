/**
 * One column per report on wide screens, stacked on narrow ones. Whole class names (not built from
 * the count) so Tailwind finds them; a class, not a style attribute, so the CSP needs no 'unsafe-inline'.
 */
const BY_COUNT: Record<number, string> = {
  1: 'md:grid-cols-1',
  2: 'md:grid-cols-2 print:grid-cols-2',
  3: 'md:grid-cols-3 print:grid-cols-3',
  4: 'md:grid-cols-2 lg:grid-cols-4',
  5: 'md:grid-cols-3 lg:grid-cols-5',
};

export function reportColumns(count: number): string {
  return BY_COUNT[count] ?? 'md:grid-cols-3 lg:grid-cols-6';
}
