// `npm run bench`: serves bench/bench.html, runs it in Debian's Chromium, and
// prints each measurement next to its baseline from the same run, with the
// ratio. Figures are medians of 25 alternating rounds; the ratio is what to
// compare between runs, since absolute times vary from machine to machine.
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { ensureBrowsers } from '../scripts/ensure-browsers.mjs';
import { sourceTransforms } from '../scripts/source-transforms.mjs';

/** DESIGN.md's bar: creating 1,000 cards costs at most 1.2 times the vanilla baseline. */
const CREATE_BUDGET = 1.2;

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
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
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
  const create = Object.entries(results).find(([name]) => name.startsWith('create 1,000'))[1];
  const ratio = create.ours / create.baseline;
  console.log(
    `Creating 1,000 cards: ${ratio.toFixed(2)}x the vanilla baseline (budget ${CREATE_BUDGET}x): ${ratio <= CREATE_BUDGET ? 'within budget' : 'OVER BUDGET'}`,
  );
  if (process.argv.includes('--check') && ratio > CREATE_BUDGET) exitCode = 1;
} finally {
  await browser.close();
  await server.stop();
}
process.exit(exitCode);
