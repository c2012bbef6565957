/**
 * `npm run draft:measure -- [story]`: runs the draft on every report of a story and compares it
 * with the story's hand-written analysis.yaml (`src/build/workbench/measure.ts`). Prints the figures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot, sourcesDir } from '../../src/build/content-layout.ts';
import { readContentFiles } from '../../src/build/content-files.ts';
import { draftReport } from '../../src/build/workbench/draft.ts';
import { knownProgrammes, knownRecords, storyClaims } from '../../src/build/workbench/inputs.ts';
import { scoreDraft } from '../../src/build/workbench/measure.ts';

const story = process.argv[2] ?? 'alaska-summit-2025';
const files = readContentFiles(contentRoot());
const analysis = files.analyses.find((a) => a.id === story);
if (!analysis) throw new Error(`no analysis for story "${story}"`);
const archiveDir = sourcesDir();
const total = {
  quotes: 0,
  found: 0,
  speaker: 0,
  relay: 0,
  venue: 0,
  proposed: 0,
  right: 0,
  questions: 0,
  asked: 0,
  qProposed: 0,
};
for (const report of files.reports.filter((r) => r.id.startsWith(`${story}/`))) {
  const id = report.id.split('/')[1] ?? report.id;
  const path = join(archiveDir, report.data.archive);
  if (!existsSync(path)) throw new Error(`${report.file}: no archive ${path}`);
  const draft = draftReport({
    archive: readFileSync(path, 'utf8'),
    known: knownRecords(files),
    claims: storyClaims(files, story, id),
    programmes: knownProgrammes(files),
  });
  const s = scoreDraft(draft, analysis.data, id);
  console.log(
    `${id}: quotes ${s.found}/${s.quotes} proposed, speaker right ${s.speakerRight}, relay right ${s.relayRight}, venue right ${s.venueRight}; ` +
      `${s.speechInAnalysis} of ${s.speechProposed} speech proposals in the analysis; ` +
      `questions ${s.questionsFound}/${s.questions} (${s.questionsProposed} proposed); ` +
      `not-speech proposed as speech: ${s.notSpeechAsSpeech.length}`,
  );
  for (const miss of [...s.misses, ...s.venueMisses]) console.log(`  ${miss}`);
  total.quotes += s.quotes;
  total.found += s.found;
  total.speaker += s.speakerRight;
  total.relay += s.relayRight;
  total.venue += s.venueRight;
  total.proposed += s.speechProposed;
  total.right += s.speechInAnalysis;
  total.questions += s.questions;
  total.asked += s.questionsFound;
  total.qProposed += s.questionsProposed;
}
console.log(
  `Total: recall ${total.found}/${total.quotes} quotes, speaker right ${total.speaker}, relay right ${total.relay}, venue right ${total.venue}; ` +
    `precision ${total.right}/${total.proposed} speech proposals; questions ${total.asked}/${total.questions} ` +
    `(${total.qProposed} question sentences proposed).`,
);
