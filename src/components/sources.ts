/**
 * Attributions in one place: a person (soon also an outlet, platform or document) as the
 * `SourceRef` that `SourceNames.astro` renders, and the same names as plain text where no markup
 * may go (a <summary>'s one-line sentence).
 */
import type { ClaimCell, PersonView } from '../lib/corpus';
import { listText, type StanceFacts } from '../lib/labels';
import { paths } from '../lib/paths';
import type { SourceRef } from './SourceNames.astro';

export function personSource(person: Pick<PersonView, 'id' | 'name'>): SourceRef {
  return { name: person.name, path: paths.person(person.id) };
}

/** "Steve Witkoff and Marco Rubio". */
export function sourcesText(sources: readonly SourceRef[]): string {
  return listText(sources.map((s) => s.name));
}

/** A claim cell as `stanceSentence` reads it. */
export function stanceFacts(cell: ClaimCell): StanceFacts {
  return {
    label: cell.report.label,
    stance: cell.position?.stance ?? 'silent',
    to: sourcesText(cell.attributedTo.map(personSource)),
  };
}
