/**
 * A report's synthetic archived copy: every sentence the analysis cites (evidence, quotes with their
 * relay wording, questions), each kept whole, mixed with the report's other sentences and a few
 * section lines, the way the real archive's plain-text copies look.
 */
import type { ReportDraft, StoryDraft } from './draft.ts';
import { archiveFiller } from './prose.ts';
import { wordCount } from './text.ts';

export const ARCHIVE_WORDS = [350, 900] as const;

export function archiveText(d: StoryDraft, report: ReportDraft): string {
  const { rng } = d;
  const target = rng.int(...ARCHIVE_WORDS);
  let filler: string[] = [];
  const sentences = rng.shuffle(report.sentences);
  let words = sentences.reduce((n, s) => n + wordCount(s), 0);
  while (words < target) {
    // Drawn as from a deck, so a sentence recurs only once the others have been used.
    if (filler.length === 0) filler = rng.shuffle(archiveFiller(d));
    const sentence = filler.pop() ?? '';
    sentences.splice(rng.int(0, sentences.length), 0, sentence);
    words += wordCount(sentence);
  }
  const lines: string[] = [];
  const headings = rng.shuffle(d.topics.map((t) => t.label));
  for (let i = 0; i < sentences.length;) {
    const size = rng.int(2, 5);
    if (i > 0 && rng.chance(0.3) && headings.length > 0) lines.push(headings.pop() ?? '');
    lines.push(sentences.slice(i, i + size).join(' '));
    i += size;
  }
  return `${lines.join('\n')}\n`;
}
