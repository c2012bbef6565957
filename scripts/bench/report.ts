/** The benchmark's results as Markdown, and their place in BENCHMARKS.md (between two markers). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import type { ImageFigures } from './images.ts';
import type { Machine } from './machine.ts';
import type { BuildSpread, WholeFigures } from './whole.ts';
import { show, type Spread } from './stats.ts';

export interface CorpusFigures {
  label: string;
  synthetic: boolean;
  runs: number;
  pages: Spread;
  htmlPages: number;
  kinds: Record<string, number>;
  /** The build's validation step (schemas, cross-references, Markdown check), as it times itself. */
  validateSeconds: Spread;
  coldSeconds: Spread;
  coldMsPerPage: Spread;
  warmSeconds: Spread;
  warmMsPerPage: Spread;
  peakRssGiB: Spread;
  /** CPU time (user + system) of the cold build: less sensitive than wall time to other work on the machine. */
  cpuMsPerPage: Spread;
  coresUsed: Spread;
  distMB: Spread;
  search: { seconds: Spread; MB: Spread } | undefined;
  /** The whole cold `astro build`: validation, Astro's build, search index. */
  pipelineSeconds: Spread;
  /** The real site only: `npm run build` end to end, on a cold and then a warm share-image cache. */
  npmBuild: { coldSeconds: Spread; warmSeconds: Spread; peakRssGiB: Spread } | undefined;
  storyHtmlGzipKB: Spread;
  storyTotalGzipKB: Spread;
  load: Spread;
}

export interface BenchResults {
  date: string;
  command: string;
  machine: Machine;
  runs: number;
  /** The whole build against the anchor blog (`whole.ts`); absent with `--no-whole`. */
  whole: WholeFigures | undefined;
  corpora: CorpusFigures[];
  images: ImageFigures | 'skipped';
}

export const START = '<!-- bench:start (written by npm run bench; edit outside these markers) -->';
export const END = '<!-- bench:end -->';

const GOAL_MS = 2.5;
const GOAL_GIB = 1.5;
const GOAL_REAL_S = 15;

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function goals(r: BenchResults): string {
  const synthetic = r.corpora.filter((c) => c.synthetic);
  const large = synthetic.filter((c) => c.pages.median >= 10_000);
  const real = r.corpora.find((c) => !c.synthetic);
  const rows: string[][] = [];
  for (const c of large) {
    rows.push([
      `≤ ${GOAL_MS} ms/page at 10,000+ pages (${c.label})`,
      `${show(c.coldMsPerPage, 2)} cold, ${show(c.warmMsPerPage, 2)} warm (CPU ${show(c.cpuMsPerPage, 2)})`,
      c.coldMsPerPage.median <= GOAL_MS ? 'met' : 'missed',
    ]);
    rows.push([
      `≤ ${GOAL_GIB} GiB peak RSS at 10,000+ pages (${c.label})`,
      show(c.peakRssGiB, 2, ' GiB'),
      c.peakRssGiB.median <= GOAL_GIB ? 'met' : 'missed',
    ]);
  }
  if (synthetic.length >= 2) {
    const first = synthetic[0];
    const last = synthetic.at(-1);
    if (first && last) {
      const ratio = last.coldMsPerPage.median / first.coldMsPerPage.median;
      rows.push([
        'ms/page flat or falling as the corpus grows',
        synthetic.map((c) => c.coldMsPerPage.median.toFixed(2)).join(' → '),
        ratio <= 1.1 ? 'met' : `missed (×${ratio.toFixed(2)})`,
      ]);
    }
  }
  if (real?.npmBuild) {
    const { coldSeconds, warmSeconds } = real.npmBuild;
    rows.push([
      `real site: \`npm run build\` in < ${GOAL_REAL_S} s (warm install)`,
      `${show(coldSeconds, 1, ' s')} with a cold share-image cache, ${show(warmSeconds, 1, ' s')} warm`,
      coldSeconds.median < GOAL_REAL_S ? 'met' : 'missed',
    ]);
  }
  return table(['goal', 'measured (median, min–max)', ''], rows);
}

function imagesSection(r: BenchResults): string {
  if (r.images === 'skipped') return '';
  const i = r.images;
  return table(
    ['figure', 'value'],
    [
      ['images drawn (cold image cache)', show(i.images, 0)],
      ['image time (build with images − build without)', show(i.imageSeconds, 1, ' s')],
      ['images per second, cold', show(i.imagesPerSecond, 1)],
      ['cores busy during the build with images (CPU time ÷ wall time)', show(i.coresUsed, 2)],
      [
        'ms per HTML page with images / without',
        `${show(i.msPerPageWithImages, 1)} / ${show(i.msPerPageWithoutImages, 1)}`,
      ],
      [
        'images redrawn after one story’s title changed (warm cache)',
        `${show(i.regenerated, 0)} (that story’s cards: ${i.expected})`,
      ],
      ['warm rebuild with images, after that change', show(i.warmSeconds, 1, ' s')],
    ],
  );
}

/** The goals for the whole build, against the anchor measured in the same runs. */
function wholeGoals(w: WholeFigures): string {
  const verdict = (ok: boolean) => (ok ? 'met' : 'missed');
  return table(
    ['goal', 'measured (median, min–max)', ''],
    [
      [
        'cold full build ≤ 4× the blog’s ms/page',
        `×${show(w.coldRatio, 2)} (${show(w.coldMsPerPage, 2)} against ${show(w.anchor.coldMsPerPage, 2)} ms/page)`,
        verdict(w.coldRatio.median <= 4),
      ],
      [
        'warm full build ≤ 1.0× the blog’s ms/page',
        `×${show(w.warmRatio, 2)} (${show(w.warmMsPerPage, 2)} against ${show(w.anchor.warmMsPerPage, 2)} ms/page)`,
        verdict(w.warmRatio.median <= 1),
      ],
      ['peak RSS ≤ 1.5 GiB', show(w.peakRssGiB, 2, ' GiB'), verdict(w.peakRssGiB.median <= 1.5)],
      ['search index ≤ 5 s', show(w.indexSeconds, 1, ' s'), verdict(w.indexSeconds.median <= 5)],
      ['share images ≥ 200 per second, cold', show(w.imagesPerSecond, 1), verdict(w.imagesPerSecond.median >= 200)],
      ...(w.edit
        ? [
            [
              'one story edited: only its images redrawn',
              `${w.edit.redrawn} redrawn, its cards ${w.edit.expected}; rebuild ${w.edit.seconds.toFixed(1)} s`,
              verdict(w.edit.redrawn === w.edit.expected),
            ],
          ]
        : []),
    ],
  );
}

function buildRow(label: string, f: BuildSpread): string[] {
  return [
    label,
    show(f.pages, 0),
    show(f.coldSeconds, 1),
    show(f.coldMsPerPage, 2),
    show(f.warmSeconds, 1),
    show(f.warmMsPerPage, 2),
    show(f.peakRssGiB, 2),
  ];
}

function wholeSection(w: WholeFigures): string {
  const main = table(
    ['build', 'pages', 'cold (s)', 'cold ms/page', 'warm (s)', 'warm ms/page', 'peak RSS (GiB)'],
    [
      buildRow(`Parallax, ${w.label} (\`astro build\`, as \`npm run build\` runs it)`, w),
      buildRow(`anchor: plain Astro blog, ${w.anchorLabel}`, w.anchor),
      ['ratio (run by run)', '', '', `×${show(w.coldRatio, 2)}`, '', `×${show(w.warmRatio, 2)}`, ''],
    ],
  );
  const split = table(
    ['Parallax cold build, split', 'seconds'],
    [
      ['validate (`src/integrations/content-check-on-build.ts`)', show(w.validateSeconds, 1)],
      ['pages (the same build HTML-only: share images left out, empty caches)', show(w.pagesSeconds, 1)],
      [
        `share images (build with them − without; ${show(w.images, 0)} drawn, ${show(w.imagesPerSecond, 1)} per second, ${show(w.coresUsed, 2)} cores busy)`,
        show(w.imageSeconds, 1),
      ],
      [
        `share images as the build times them (drawn before the pages, copied in after: \`src/integrations/share-images.ts\`; ${show(w.imagesTimedPerSecond, 1)} per second)`,
        show(w.imagesTimedSeconds, 1),
      ],
      ['search index (`src/integrations/search-index.ts`)', show(w.indexSeconds, 1)],
      ['whole cold build', show(w.coldSeconds, 1)],
    ],
  );
  return [
    `Each cell is the median of ${w.runs} run(s), with min–max in brackets; each run builds the blog cold and warm, ` +
      'then Parallax, so both see the same machine. **Cold**: empty output, content store, Vite cache and ' +
      'share-image cache. **Warm**: rebuilt at once on the caches the cold build left (for Parallax, ' +
      'validation and the search index are run again: a deploy runs them every time). "pages" is Astro’s ' +
      'count of HTML pages and endpoints without the share images (which are files of their own: ' +
      `${show(w.images, 0)} more); ms/page divides the whole build by it. Load average at the start of each ` +
      `run: ${show(w.load, 1)}.`,
    '',
    main,
    '',
    split,
    '',
    wholeGoals(w),
  ].join('\n');
}

export function renderResults(r: BenchResults): string {
  const m = r.machine;
  const header = [
    `Measured ${r.date} on ${m.cores} cores (${m.cpu}), ${m.memoryGiB.toFixed(1)} GiB memory, Node ${m.node}, ` +
      `Astro ${m.astro}; source ${m.source}.`,
    '',
    `Reproduce: \`${r.command}\``,
  ];
  const whole = r.whole ? ['', '### The whole build against a plain Astro blog', '', wholeSection(r.whole)] : [];
  if (r.corpora.length === 0) return [...header, ...whole].join('\n');
  return [...header, ...whole, '', '### HTML only, by corpus size', '', htmlOnly(r)].join('\n');
}

function htmlOnly(r: BenchResults): string {
  const main = table(
    [
      'corpus',
      'pages',
      'validate (s)',
      'astro build, cold (s)',
      'cold ms/page',
      'warm (s)',
      'warm ms/page',
      'peak RSS (GiB)',
      'CPU ms/page',
      'cores busy',
      'search index',
      'validate + build + index (s)',
      'dist (MB)',
      'story page gzip, HTML / with CSS+JS (kB)',
      'load avg',
    ],
    r.corpora.map((c) => [
      c.label,
      show(c.pages, 0),
      show(c.validateSeconds, 1),
      show(c.coldSeconds, 1),
      show(c.coldMsPerPage, 2),
      show(c.warmSeconds, 1),
      show(c.warmMsPerPage, 2),
      show(c.peakRssGiB, 2),
      show(c.cpuMsPerPage, 2),
      show(c.coresUsed, 2),
      c.search ? `${show(c.search.seconds, 1, ' s')}, ${show(c.search.MB, 1, ' MB')}` : 'not installed',
      show(c.pipelineSeconds, 1),
      show(c.distMB, 0),
      `${show(c.storyHtmlGzipKB, 1)} / ${show(c.storyTotalGzipKB, 1)}`,
      show(c.load, 1),
    ]),
  );
  const npm = r.corpora.flatMap((c) =>
    c.npmBuild
      ? [
          `\`npm run build\` of the real site, end to end: ${show(c.npmBuild.coldSeconds, 1, ' s')} with a cold ` +
            `share-image cache, ${show(c.npmBuild.warmSeconds, 1, ' s')} warm; peak RSS ${show(c.npmBuild.peakRssGiB, 2, ' GiB')}.`,
        ]
      : [],
  );
  const kinds = [...new Set(r.corpora.flatMap((c) => Object.keys(c.kinds)))].sort();
  const byKind = table(
    ['written files by kind', ...r.corpora.map((c) => c.label)],
    kinds.map((k) => [k, ...r.corpora.map((c) => String(c.kinds[k] ?? 0))]),
  );
  return [
    `Each cell is the median of ${r.runs} run(s), with min–max in brackets. Each run takes the steps of ` +
      '`npm run build`: `astro build` (with `scripts/bench/astro.config.mjs`: the project’s config with caches of ' +
      'its own), which validates the content first and indexes the pages for search last; those two steps time ' +
      'themselves (PARALLAX_BUILD_TIMINGS), and "astro build" is the rest. **Cold**: empty ' +
      'output directory, content store, Vite cache and share-image cache. **Warm**: rebuilt at once on the caches ' +
      'the cold build left. Synthetic corpora are built HTML-only (the share images left out); share images are ' +
      'measured on their own below. The real site is built with its share images. "pages" is Astro’s own count of ' +
      'files written by routes (HTML pages and endpoints). "load avg" is the machine’s 1-minute load average when ' +
      'the build started: other work on the machine slows builds down, so "CPU ms/page" (user + system time ' +
      'of the cold build per page) and "cores busy" (CPU time ÷ wall time) are given too.',
    '',
    main,
    '',
    ...npm,
    ...(npm.length > 0 ? [''] : []),
    byKind,
    '',
    ...(r.images === 'skipped' ? [] : ['#### Share images, measured on their own', '', imagesSection(r), '']),
    '#### HTML only, against the goals',
    '',
    goals(r),
  ].join('\n');
}

/**
 * Replaces the text between the markers in `file` (creating the file, or the markers, when missing),
 * formatted with the project's Prettier settings so `npm run format:check` stays green.
 */
export async function writeResults(file: string, markdown: string): Promise<void> {
  const block = `${START}\n\n${markdown}\n\n${END}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const next =
    start >= 0 && end > start
      ? `${current.slice(0, start)}${block}${current.slice(end + END.length)}`
      : `${current.trimEnd()}\n\n## Results\n\n${block}\n`;
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(next, { ...options, filepath: file }));
}
