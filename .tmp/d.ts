import { readFileSync } from 'node:fs';
import { draftReport } from '../src/lib/workbench/draft.ts';
const archive = readFileSync(process.argv[2]!, 'utf8');
const known = [
  { id: 'ada-moreno', name: 'Ada Moreno', kind: 'person' },
  { id: 'tom-reyes', name: 'Tom Reyes', kind: 'person' },
  { id: 'the-gazette', name: 'The Gazette', kind: 'outlet' },
  { id: 'radio-harbour', name: 'Radio Harbour', kind: 'outlet' },
] as const;
const d = draftReport({ archive, known: [...known] });
console.log(JSON.stringify(d.quotes.map(q => ({...q, sentence: undefined, slice: archive.slice(q.start,q.end)})), null, 1));
console.log(d.questions);
