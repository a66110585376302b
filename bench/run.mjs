// `npm run bench`: serves bench/bench.html, runs it in Debian's Chromium, and
// prints each measurement next to its baseline from the same run, with the
// ratio. Figures are medians of 25 alternating rounds; the ratio is what to
// compare between runs, since absolute times vary from machine to machine.
import { startDevServer } from '@web/dev-server';
import { ensureBrowsers } from '../scripts/ensure-browsers.mjs';
import { launchChromium } from '../test/support/example-pages.mjs';
import { sourceTransforms } from '../scripts/source-transforms.mjs';

/** DESIGN.md's bars: against the vanilla baseline, 1,000 cards at most 1.10x and 100 cards at most 1.15x. */
const BUDGETS = { 'create 1,000': 1.1, 'render 100': 1.15 };

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
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(error));
  const { port } = server.server.address();
  await page.goto(`http://localhost:${port}/bench/bench.html`);
  const results = await page.evaluate(() => window.benchResults, { timeout: 300_000 });
  const rows = Object.entries(results).map(([name, { ours, baseline }]) => ({
    measurement: name,
    'ours (ms)': ours.toFixed(1),
    'baseline (ms)': baseline.toFixed(1),
    ratio: (ours / baseline).toFixed(2),
  }));
  console.table(rows);
  for (const [prefix, budget] of Object.entries(BUDGETS)) {
    const [name, { ours, baseline }] = Object.entries(results).find(([name]) => name.startsWith(prefix));
    const ratio = ours / baseline;
    const verdict = ratio <= budget ? 'within budget' : 'OVER BUDGET';
    console.log(`${name}: ${ratio.toFixed(2)}x the vanilla baseline (budget ${budget}x): ${verdict}`);
    if (process.argv.includes('--check') && ratio > budget) exitCode = 1;
  }
} finally {
  await browser.close();
  await server.stop();
}
process.exit(exitCode);
