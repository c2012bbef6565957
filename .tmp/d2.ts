import { readFileSync } from 'node:fs';
import { readContentFiles } from '../src/lib/content-files.ts';
import { draftReport } from '../src/lib/workbench/draft.ts';
import { knownRecords } from '../src/lib/workbench/inputs.ts';
const files = readContentFiles('content');
const archive = readFileSync(process.argv[2]!, 'utf8');
const d = draftReport({ archive, known: knownRecords(files) });
for (const q of d.quotes) console.log(JSON.stringify({t:q.text,k:q.kind,n:q.notSpeech,s:q.speaker,v:q.venue,r:q.relay.map(r=>[r.source,r.wording])}));
console.log(d.questions.map(q=>q.text));
