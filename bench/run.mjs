// `npm run bench`: serves bench/bench.html, runs it in Debian's Chromium, and
// prints each measurement next to its baseline from the same run, with the
// ratio. Figures are medians of 25 alternating rounds; the ratio is what to
// compare between runs, since absolute times vary from machine to machine.
// The page runs `--runs N` times (5), each in a fresh page, and the bars are
// judged on the median of the runs' ratios: one run's ratio moves by a tenth
// on a busy machine.
import { startDevServer } from '@web/dev-server';
import { ensureBrowsers } from '../scripts/ensure-browsers.mjs';
import { launchChromium } from '../test/support/example-pages.mjs';
import { sourceTransforms } from '../scripts/source-transforms.mjs';
import { median } from './median.mjs';

/** DESIGN.md's bars: against the vanilla baseline, 1,000 cards at most 1.10x and 100 cards at most 1.15x. */
const BUDGETS = { 'create 1,000': 1.1, 'render 100': 1.15 };

const runsArgument = process.argv.indexOf('--runs');
const RUNS = runsArgument === -1 ? 5 : Number(process.argv[runsArgument + 1]);
if (!(Number.isInteger(RUNS) && RUNS > 0)) {
  console.error('--runs takes a whole number of runs, at least 1.');
  process.exit(1);
}

ensureBrowsers();
const server = await startDevServer({
  config: {
    rootDir: '.',
    port: 0,
    nodeResolve: { exportConditions: ['production'] },
    // Compiled as the builds compile it, so the figures are those of the code that ships.
    plugins: sourceTransforms(),
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await launchChromium();
let exitCode = 0;
try {
  const { port } = server.server.address();
  /** Each run's `{ measurement: { ours, baseline } }`, in milliseconds. */
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(error));
    await page.goto(`http://localhost:${port}/bench/bench.html`);
    runs.push(await page.evaluate(() => window.benchResults, { timeout: 300_000 }));
    await page.close();
    if (RUNS > 1) process.stderr.write(`  run ${run + 1} of ${RUNS}\n`);
  }
  const ratios = (name) => runs.map((results) => results[name].ours / results[name].baseline);
  const rows = Object.keys(runs[0]).map((name) => ({
    measurement: name,
    'ours (ms)': median(runs.map((results) => results[name].ours)).toFixed(1),
    'baseline (ms)': median(runs.map((results) => results[name].baseline)).toFixed(1),
    ratio: median(ratios(name)).toFixed(2),
    ...(RUNS > 1 && {
      "each run's ratio": ratios(name)
        .map((ratio) => ratio.toFixed(2))
        .join(' '),
    }),
  }));
  console.log(RUNS > 1 ? `Medians of ${RUNS} runs:` : 'One run:');
  console.table(rows);
  for (const [prefix, budget] of Object.entries(BUDGETS)) {
    const name = Object.keys(runs[0]).find((name) => name.startsWith(prefix));
    const ratio = median(ratios(name));
    const verdict = ratio <= budget ? 'within budget' : 'OVER BUDGET';
    console.log(`${name}: ${ratio.toFixed(2)}x the vanilla baseline (budget ${budget}x): ${verdict}`);
    if (process.argv.includes('--check') && ratio > budget) exitCode = 1;
  }
} finally {
  await browser.close();
  await server.stop();
}
process.exit(exitCode);
