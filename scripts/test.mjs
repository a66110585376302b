// `npm test`: everything, in order, then one plain closing line
// `N passed, N failed` counting every test in every browser and in Node.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowsers } from './ensure-browsers.mjs';

const RESULTS = '.test-results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

ensureBrowsers();

const checks = [
  ['build', 'npm', ['run', '--silent', 'build']],
  ['demo build', 'npm', ['run', '--silent', 'build:demo']],
  // Fails when the CDN file grows past its ceiling.
  ['size', 'node', ['scripts/size-report.mjs', '--ceiling-only']],
  ['types', 'npx', ['tsc', '-p', 'tsconfig.test.json']],
  ['lint', 'npx', ['eslint', '.']],
  ['format', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
  ['browser tests', 'npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs']],
  [
    'node tests',
    'node',
    [
      '--test',
      // Two files at a time, not Node's one on two cores: the slow ones (scratch
      // apps, `npm start`) wait on npm and the disk as much as on the CPU. On a
      // 2-core machine, 131 s against 177 s. No two of them write the same files:
      // scratch apps and the manifest's copy each have a folder of their own.
      '--test-concurrency=2',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./scripts/node-summary-reporter.mjs',
      `--test-reporter-destination=${RESULTS}/node.json`,
      'test/node/',
    ],
  ],
];

const failedChecks = [];
for (const [name, command, args] of checks) {
  console.log(`\n── ${name} ──`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) failedChecks.push(name);
  // Nothing after a broken build is meaningful.
  if (name.endsWith('build') && status !== 0) break;
}

function totals(file) {
  try {
    return JSON.parse(readFileSync(`${RESULTS}/${file}`, 'utf8'));
  } catch {
    return { passed: 0, failed: 0, skipped: 0 };
  }
}
const browser = totals('browser.json');
const node = totals('node.json');
const passed = browser.passed + node.passed;
// A test step counts its failing tests; any other failed step (build, types,
// lint, format, a test run that broke before reporting) counts as one.
const failedTests = { 'browser tests': browser.failed, 'node tests': node.failed };
const failed = failedChecks.reduce((sum, name) => sum + (failedTests[name] || 1), 0);
const skipped = browser.skipped + node.skipped;

console.log(
  `\nBrowsers: ${browser.passed} passed, ${browser.failed} failed; Node: ${node.passed} passed, ${node.failed} failed.`,
);
if (failedChecks.length > 0) console.log(`Failed: ${failedChecks.join(', ')}.`);
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failedChecks.length > 0 ? 1 : 0);
