/**
 * The whole synthetic corpus as a stream of files (path relative to the output directory, text),
 * so a 10,000-story corpus never sits in memory at once. Same options, same files, byte for byte.
 */
import { OUTLET_RECORDS, outletRecord } from './outlets.ts';
import { namedPool, personRecord, poolSize } from './people.ts';
import { createRng } from './prng.ts';
import { generateStory, yaml, type GeneratedFile } from './story.ts';

export interface CorpusOptions {
  stories: number;
  /** Reports per story, or per story in turn (the test fixtures' 3 and 5); when absent each story has 2-5. */
  reports?: number | readonly number[] | undefined;
  seed: string;
}

/** Yields story by story, then the named people and the outlets the stories refer to, then the manifest. */
export function* corpusFiles(options: CorpusOptions): Generator<GeneratedFile> {
  const pool = namedPool(createRng(`${options.seed}/people`), poolSize(options.stories));
  const referenced = new Set<string>();
  const outlets = new Set<string>();
  let files = 0;
  for (let i = 0; i < options.stories; i++) {
    const reports = typeof options.reports === 'object' ? options.reports[i] : options.reports;
    const story = generateStory(options.seed, i, reports, pool);
    for (const file of story.files) {
      files++;
      yield file;
    }
    for (const id of story.people) referenced.add(id);
    for (const id of story.outlets) outlets.add(id);
  }
  for (const person of pool) {
    if (!referenced.has(person.id)) continue;
    files++;
    yield [`content/people/${person.id}.yaml`, yaml(personRecord(person))];
  }
  for (const outlet of OUTLET_RECORDS.values()) {
    if (!outlets.has(outlet.id)) continue;
    files++;
    yield [`content/outlets/${outlet.id}.yaml`, yaml(outletRecord(outlet))];
  }
  yield [MANIFEST, `${JSON.stringify(manifest(options, files), null, 2)}\n`];
}

export const GENERATOR_VERSION = 2;

/** Marks a directory as a generated corpus: the writer only ever replaces directories carrying it. */
export const MANIFEST = 'corpus.json';

export function manifest(options: CorpusOptions, files: number) {
  return {
    generator: 'parallax npm run newsroom',
    /** Bumped whenever the same options would produce different files, so stale corpora are regenerated. */
    version: GENERATOR_VERSION,
    stories: options.stories,
    reports: options.reports ?? '2-5',
    seed: options.seed,
    files,
    contentDir: 'content',
    sourcesDir: 'sources',
  };
}
