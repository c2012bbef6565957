/**
 * `npm run test:fast`: `astro sync`, types (`astro check`), lint, the format check and the unit
 * tests, which build nothing, two at a time (see LANES and STEPS).
 * Each step's output is printed whole when it ends, then one line per step with its time; the exit
 * status is 1 when any step failed.
 */
import { spawn } from 'node:child_process';

/**
 * The steps, longest first so the two lanes end close together, each with the steps it waits for.
 * Typed lint and `astro check` read the types `astro sync` generates (`astro:content`, in .astro/),
 * which a fresh clone does not have: they start once it is done (`check:types` runs `astro check
 * --noSync`), while the unit tests and the format check, which do not read them, run beside it.
 */
const STEPS: { script: string; after: string[] }[] = [
  { script: 'sync', after: [] },
  { script: 'lint:only', after: ['sync'] },
  { script: 'test:unit', after: [] },
  { script: 'check:types', after: ['sync'] },
  { script: 'format:check', after: [] },
];

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
const outcomes: Outcome[] = [];
const passed = new Set<string>();
const waiting = [...STEPS];
let running = 0;
/** Wakes a lane waiting for a step to end. */
let stepEnded: () => void = () => undefined;
const lane = async () => {
  while (waiting.length > 0) {
    const next = waiting.findIndex((step) => step.after.every((s) => passed.has(s)));
    const step = waiting[next];
    if (step === undefined) {
      // What the rest wait for is still running in the other lane; if it failed (or is not a step at
      // all), they never run.
      if (running === 0 || outcomes.some((o) => o.code !== 0)) return;
      await new Promise<void>((resolve) => (stepEnded = resolve));
      continue;
    }
    waiting.splice(next, 1);
    running++;
    const outcome = await run(step.script);
    running--;
    outcomes.push(outcome);
    if (outcome.code === 0) passed.add(step.script);
    stepEnded();
  }
};
await Promise.all(Array.from({ length: LANES }, lane));
for (const step of waiting) console.log(`\nnot run: npm run ${step.script} (it needs ${step.after.join(', ')})`);
console.log('');
for (const { script, code, seconds } of outcomes) {
  console.log(`${code === 0 ? 'passed' : 'FAILED'}  npm run ${script} (${seconds.toFixed(1)} s)`);
}
console.log(`test:fast: ${((performance.now() - started) / 1000).toFixed(1)} s in all.`);
if (outcomes.some((o) => o.code !== 0)) process.exitCode = 1;
