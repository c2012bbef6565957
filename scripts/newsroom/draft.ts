/** The working state of one generated story, shared by the modules that fill it in. */
import type { PersonSpec } from './people.ts';
import type { Rng } from './prng.ts';
import type { Scene, TopicSpec } from './vocabulary.ts';

export interface ReportDraft {
  /** Unique within the story. */
  id: string;
  label: string;
  /** The outlet that published it (recorded in the frontmatter or not). */
  outlet: string;
  /** Sentences of its archived copy that carry a claim, a quote or a question, verbatim. */
  sentences: string[];
  /** Our summary's sentences, by section heading, in our own words. */
  notes: Map<string, string[]>;
}

export interface StoryDraft {
  rng: Rng;
  id: string;
  scene: Scene;
  topics: readonly TopicSpec[];
  reports: readonly ReportDraft[];
  named: readonly PersonSpec[];
  anonymous: readonly PersonSpec[];
  /** Outlets not publishing any of the story's reports: venues and relays. */
  otherOutlets: readonly string[];
}

/** Adds a summary sentence to a report's section. */
export function note(report: ReportDraft, section: string, sentence: string): void {
  report.notes.set(section, [...(report.notes.get(section) ?? []), sentence]);
}

/** Summary sections, in reading order. */
export const SECTIONS = {
  says: 'What the report says',
  quotes: 'Who it quotes',
  sourcing: 'How it sources its material',
  gaps: 'What it leaves out',
} as const;
