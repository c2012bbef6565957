/**
 * `npm run test:fast`: `astro sync`, then types (`astro check`), lint, the format check and the unit
 * tests, which build nothing, two at a time (see LANES).
 * Each step's output is printed whole when it ends, then one line per step with its time; the exit
 * status is 1 when any step failed.
 */
import { spawn } from 'node:child_process';

/** Longest first, so the two lanes end close together. */
const STEPS = ['test:unit', 'lint:only', 'check:types', 'format:check'] as const;

/**
 * Steps running at once. Each of the two longest keeps about 1.4 cores busy on its own, so all
 * four at once only fought over two cores: 91 s, against 88 s one after another and 72-80 s two
 * at a time in a working checkout (BENCHMARKS.md, "Two steps at a time").
 */
const LANES = 2;

interface Outcome {
  script: string;
  code: number | null;
  seconds: number;
}

function run(script: string): Promise<Outcome> {
  const started = performance.now();
  const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      process.stdout.write(`\n── npm run ${script} ──\n${output}`);
      resolve({ script, code, seconds });
    });
  });
}

const started = performance.now();
// Typed lint and `astro check` both read the types `astro sync` generates (`astro:content`, in
// .astro/): on a fresh clone they do not exist yet. Generated once, first, so no step reads them
// while another writes them (`check` runs `astro check --noSync`).
const sync = await run('sync');
const outcomes: Outcome[] = [];
if (sync.code === 0) {
  const queue: string[] = [...STEPS];
  const lane = async () => {
    for (let script = queue.shift(); script !== undefined; script = queue.shift()) outcomes.push(await run(script));
  };
  await Promise.all(Array.from({ length: LANES }, lane));
} else {
  outcomes.push(sync);
}
console.log('');
for (const { script, code, seconds } of outcomes) {
  console.log(`${code === 0 ? 'passed' : 'FAILED'}  npm run ${script} (${seconds.toFixed(1)} s)`);
}
console.log(`test:fast: ${((performance.now() - started) / 1000).toFixed(1)} s in all.`);
if (outcomes.some((o) => o.code !== 0)) process.exitCode = 1;
