// Runs every browser test in Debian's Chromium, Firefox ESR and WebKit
// (WebKitGTK, the engine of every iPhone browser). Browsers come from apt (see
// scripts/ensure-browsers.mjs); nothing here downloads one.
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { breakingEndpoint } from './demo/server/breaking-endpoint.mjs';
import { demoFiles } from './demo/server/demo-files.mjs';
import { sourceTransforms } from './scripts/source-transforms.mjs';
import { freePort } from './scripts/free-port.mjs';
import { runningTests } from './scripts/running-tests.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';
import { testApi } from './test/support/test-api.mjs';
import { cspPage } from './test/support/csp-page.mjs';
import { hostileApi } from './test/support/hostile-api.mjs';
import { packFaults } from './test/support/pack-faults.mjs';
import { partnerPage } from './test/support/partner-page.mjs';
import { buildReactVendor, reactVendor } from './test/support/react-vendor.mjs';
import { ssrPage } from './test/support/ssr-page.mjs';
import { testAssets } from './test/support/test-assets.mjs';

const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const chromiumFlags = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

const only = process.env.BROWSERS?.split(',');

/**
 * The three browsers; `reducedMotion` starts them with the reader preferring reduced
 * motion, `forcedColors` in forced-colours mode (Windows High Contrast and the like).
 */
function launchers({ reducedMotion = false, forcedColors = false } = {}) {
  return [
    [
      'chromium',
      chromeLauncher({
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            ...chromiumFlags,
            ...(reducedMotion ? ['--force-prefers-reduced-motion'] : []),
            ...(forcedColors ? ['--force-high-contrast'] : []),
          ],
        },
      }),
    ],
    [
      'firefox',
      puppeteerLauncher({
        launchOptions: {
          browser: 'firefox',
          executablePath: firefoxPath,
          headless: true,
          extraPrefsFirefox: {
            ...(reducedMotion ? { 'ui.prefersReducedMotion': 1 } : {}),
            // "Override the colours specified by the page: always".
            ...(forcedColors ? { 'browser.display.document_color_use': 2 } : {}),
          },
        },
      }),
    ],
    // WebKit has no forced-colours mode (neither has Safari): that group runs without it.
    ['webkit', forcedColors ? undefined : webkitLauncher({ reducedMotion })],
  ]
    .filter(([name, launcher]) => launcher && (!only || only.includes(name)))
    .map(([, launcher]) => launcher);
}

await buildReactVendor();

const running = runningTests();

export default {
  files: ['test/browser/**/*.test.ts'],
  // Not Web Test Runner's 8000: another test run on the machine may hold it. PORT picks one.
  port: Number(process.env.PORT) || (await freePort()),
  nodeResolve: true,
  // The demo's own endpoint too, so the demo page is tested as `npm start` serves it.
  middleware: [
    testAssets,
    testApi,
    hostileApi,
    ssrPage,
    cspPage,
    packFaults,
    partnerPage,
    breakingEndpoint,
    demoFiles,
  ],
  plugins: [
    // Which test each page is in, so that a page that never finishes names it.
    running.plugin,
    // The accessibility tree, for tests of what screen readers are given.
    a11ySnapshotPlugin(),
    // React ships CommonJS: the React tests get it prebundled as ES modules.
    reactVendor(),
    // The templates minified as the builds minify them: the tests test what ships.
    ...sourceTransforms(),
    // Baselines are committed per browser and updated on purpose only:
    // `npm run test:update-screenshots`, then look at every changed image.
    visualRegressionPlugin({
      update: process.env.UPDATE_SCREENSHOTS === '1',
      baseDir: 'test/screenshots',
      getBaselineName: ({ browser, name }) => `${browser}/${name}.png`,
      getFailedName: ({ browser, name }) => `../../.test-results/screenshots/${browser}/${name}.png`,
      getDiffName: ({ browser, name }) => `../../.test-results/screenshots/${browser}/${name}-diff.png`,
      // Anti-aliasing differs a little between machines with the same fonts.
      failureThreshold: 0.5,
      failureThresholdType: 'percent',
    }),
  ],
  browsers: launchers(),
  groups: [
    // The same browsers, started with the reader preferring reduced motion.
    {
      name: 'reduced-motion',
      files: 'test/reduced-motion/**/*.test.ts',
      browsers: launchers({ reducedMotion: true }),
    },
    // The same browsers in forced-colours mode, where the page's colours and backgrounds give way to the reader's.
    {
      name: 'forced-colors',
      files: 'test/forced-colors/**/*.test.ts',
      browsers: launchers({ forcedColors: true }),
    },
  ],
  // Two cores: one test file per browser at a time keeps timings sane.
  concurrency: 1,
  // Sized for a loaded 2-core machine (other builds, installs and browsers
  // beside the run; see `npm run test:stress`), where everything takes several
  // times what it takes on a quiet one. Tests wait for facts, not for time, so
  // a long budget costs nothing when all is well; it only decides how long a
  // broken test takes to fail. A test past its own timeout fails by name; a
  // file past testsFinishTimeout names the test it was in (running-tests.mjs).
  testFramework: { config: { timeout: 30_000 } },
  // Starting a browser page (Firefox's first, WebKit's driver) under load.
  browserStartTimeout: 180_000,
  // Loading a test file's modules, each compiled on first request.
  testsStartTimeout: 120_000,
  // The longest file (demo.test.ts) takes about a minute on a quiet machine.
  testsFinishTimeout: 600_000,
  // The running-tests reporter first: it names the test in a hung file's error before the others print it.
  reporters: [running.reporter, defaultReporter(), summaryReporter('.test-results/browser.json')],
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <body>
        <script type="module" src="/test/support/running-test.mjs"></script>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
};
