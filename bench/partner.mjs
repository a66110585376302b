// `npm run partner`: the partner article page of the layout-shift tests
// (test/support/partner-page.mjs: the CDN script a second late, slow JSON,
// late images, the pre-upgrade stylesheet in the <head>) in Debian's
// Chromium, with the script and without it, in alternating rounds. Prints,
// as medians, the page's layout shift (Chromium's layout-shift entries) and
// its main-thread time (the DevTools protocol's TaskDuration, with the
// script and style and layout parts of it), and the ratio of each to the
// page without the script. The page's geometric shift sampler is left out
// here: it would time itself. Run `npm run build` first: it serves dist/.
import { startDevServer } from '@web/dev-server';
import { existsSync } from 'node:fs';
import { ensureBrowsers } from '../scripts/ensure-browsers.mjs';
import { launchChromium } from '../test/support/example-pages.mjs';
import { partnerPage } from '../test/support/partner-page.mjs';
import { testApi } from '../test/support/test-api.mjs';
import { testAssets } from '../test/support/test-assets.mjs';

const ROUNDS = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 5;
/** Long enough for the late script (1 s), the slow JSON (1.5 s after it) and the late images (1 s). */
const SETTLE_MS = 5000;
const VIEWPORT = { width: 412, height: 800 };

if (!existsSync('dist/cdn/lede-widgets.js') || !existsSync('dist/cdn/lede-widgets.css')) {
  console.error('dist/cdn is missing: run `npm run build` first.');
  process.exit(1);
}
ensureBrowsers();

const server = await startDevServer({
  config: { rootDir: '.', port: 0, middleware: [testAssets, testApi, partnerPage] },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await launchChromium();

/** One visit: the page's layout shift and main-thread time, in a fresh tab. */
async function visit(url, { scrolled }) {
  const page = await browser.newPage();
  try {
    await page.setViewport(VIEWPORT);
    const session = await page.createCDPSession();
    await session.send('Performance.enable');
    await page.goto(`${url}${scrolled ? '#cards' : ''}`, { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const cls = await page.evaluate(() => window.__layout.observed);
    const { metrics } = await session.send('Performance.getMetrics');
    const metric = (name) => metrics.find((entry) => entry.name === name).value * 1000;
    return {
      cls,
      task: metric('TaskDuration'),
      script: metric('ScriptDuration'),
      styleAndLayout: metric('RecalcStyleDuration') + metric('LayoutDuration'),
    };
  } finally {
    await page.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ratio = (ours, baseline) => (baseline > 0 ? (ours / baseline).toFixed(2) : '—');

try {
  const { port } = server.server.address();
  const base = `http://localhost:${port}/test-partner/page.html`;
  for (const scrolled of [false, true]) {
    const runs = { with: [], without: [] };
    for (let round = 0; round < ROUNDS; round++) {
      // Alternating, so that a busy moment on the machine falls on both.
      runs.with.push(await visit(`${base}?geometry=0&script=1`, { scrolled }));
      runs.without.push(await visit(`${base}?geometry=0&script=0`, { scrolled }));
    }
    const rows = ['cls', 'task', 'script', 'styleAndLayout'].map((key) => {
      const ours = median(runs.with.map((run) => run[key]));
      const baseline = median(runs.without.map((run) => run[key]));
      const digits = key === 'cls' ? 4 : 1;
      return {
        measurement: {
          cls: 'layout shift (CLS)',
          task: 'main-thread time (ms)',
          script: '  of which script (ms)',
          styleAndLayout: '  of which style and layout (ms)',
        }[key],
        'with the script': ours.toFixed(digits),
        'without it': baseline.toFixed(digits),
        ratio: ratio(ours, baseline),
      };
    });
    console.log(
      `\nPartner page, ${VIEWPORT.width}×${VIEWPORT.height}, reader ${scrolled ? 'scrolled to the cards' : 'at the top'} — medians of ${ROUNDS} alternating rounds:`,
    );
    console.table(rows);
  }
} finally {
  await browser.close();
  await server.stop();
}
