/**
 * `npm run newsroom -- --stories N [--reports M] [--seed S] [--out DIR]`: writes a seeded synthetic
 * corpus in the project's content format to DIR/content, with the matching source archive in
 * DIR/sources, then validates it with the same reader and checks as real content.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../../src/build/content-files.ts';
import { ContentError } from '../../src/model/errors.ts';
import { MAX_REPORTS } from './story.ts';
import { writeCorpus } from './write.ts';

const USAGE = `Usage: npm run newsroom -- --stories N [--reports M] [--seed S] [--out DIR] [--no-validate]

  --stories N    number of stories (at least 1)
  --reports M    exactly M reports per story (2-${MAX_REPORTS}); without it each story has 2-5
  --seed S       any string; the same arguments always write byte-identical files (default 1)
  --out DIR      output directory, never inside ./content (default .bench/corpus-<N>x<M>-seed<S>)
  --no-validate  skip reading the corpus back through the content schemas and cross-reference checks`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    stories: { type: 'string' },
    reports: { type: 'string' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    'no-validate': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const stories = Number(values.stories);
if (!Number.isInteger(stories) || stories < 1) fail('--stories must be a whole number of at least 1.');
const reports = values.reports === undefined ? undefined : Number(values.reports);
if (reports !== undefined && (!Number.isInteger(reports) || reports < 2 || reports > MAX_REPORTS)) {
  fail(`--reports must be a whole number from 2 to ${MAX_REPORTS}.`);
}
const seed = values.seed;
const out = values.out ?? `.bench/corpus-${stories}x${reports ?? 'var'}-seed${seed}`;

const started = performance.now();
let written;
try {
  written = writeCorpus(out, { stories, reports, seed });
} catch (error) {
  fail((error as Error).message);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Wrote ${written.files} files (${(written.bytes / 1e6).toFixed(1)} MB) to ${out} in ${seconds} s.`);

const contentDir = join(out, 'content');
if (!values['no-validate']) {
  try {
    const { corpus } = loadCorpus(contentDir);
    const count = (of: (s: (typeof corpus.stories)[number]) => number) => corpus.stories.reduce((n, s) => n + of(s), 0);
    console.log(
      `Valid: ${corpus.stories.length} stories, ${count((s) => s.reportViews.length)} reports, ` +
        `${count((s) => s.claims.length)} claims, ${count((s) => s.quotes.length)} quotes, ` +
        `${count((s) => s.questions.length)} questions, ${corpus.people.length} people.`,
    );
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
console.log(`Use it with:\n  PARALLAX_CONTENT_DIR=${contentDir} PARALLAX_SOURCES_DIR=${join(out, 'sources')}`);
