// Runs every browser test in Debian's Chromium and Firefox ESR. Browsers come
// from apt (see scripts/ensure-browsers.mjs); nothing here downloads one.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { defaultReporter } from '@web/test-runner';

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
const browsers = [
  chromeLauncher({ launchOptions: { executablePath: chromiumPath, args: chromiumFlags } }),
  puppeteerLauncher({
    launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
  }),
].filter((_, index) => !only || only.includes(['chromium', 'firefox'][index]));

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers,
  // Two cores: one test file per browser at a time keeps timings sane.
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  reporters: [defaultReporter(), summaryReporter('.test-results/browser.json')],
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <body>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
};
