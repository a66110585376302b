// `npm run test:stress`: the whole suite, N times in a row, on a machine made
// as busy as a developer's gets (other builds and browsers beside the run), so
// that a test that waits for time instead of for a fact shows itself here and
// not in someone's CI. Prints each run's result, time and failed tests, then
// a summary; exits non-zero if any run failed. Every process it starts is
// stopped when it ends, on Ctrl-C too.
//
//   npm run test:stress -- --runs 5 --load mixed
//   npm run test:stress -- --runs 10 --load cpu --files test/browser/tab-leader.test.ts --browsers firefox
//
// --runs N       how many runs (default 5)
// --load KIND    none; cpu: one CPU-burning process per core, plus one; mixed
//                (default): cpu, and a build of a scratch copy of the
//                repository in a loop, and a headless Chromium and Firefox
//                loading a busy page over and over
// --files GLOB   run only these browser test files (Web Test Runner), not `npm test`
// --browsers L   with --files: the browsers (BROWSERS=), e.g. chromium,firefox
import { execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  createWriteStream,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const LOGS = '.stress-results';

/** The load workers: this same script, run with --worker KIND. */
const workers = {
  /** Burns one core until stopped. */
  cpu() {
    for (;;) Math.sqrt(Math.random());
  },

  /** Builds a scratch copy of the repository (its own dist/), again and again. */
  async build() {
    const scratch = mkdtempSync(join(tmpdir(), 'lede-stress-build-'));
    const skip = new Set(['node_modules', 'dist', '.git', '.test-results', '.demo-build', LOGS]);
    cpSync('.', scratch, { recursive: true, filter: (path) => !skip.has(path.split('/').pop()) });
    symlinkSync(resolve('node_modules'), join(scratch, 'node_modules'));
    let build;
    let stopped = false;
    // `on`, not `once`: a second signal while the scratch copy is removed must not end the process first.
    process.on('SIGTERM', async () => {
      if (stopped) return;
      stopped = true;
      // The build and all it started, stopped before their files are removed.
      if (build?.exitCode === null) {
        const ended = new Promise((done) => build.on('exit', done));
        process.kill(-build.pid, 'SIGKILL');
        await ended;
      }
      rmSync(scratch, { recursive: true, force: true, maxRetries: 5 });
      process.exit(0);
    });
    while (!stopped) {
      await new Promise((done) => {
        build = spawn('npm', ['run', '--silent', 'build'], { cwd: scratch, stdio: 'ignore', detached: true });
        build.on('exit', done);
        build.on('error', done);
      });
    }
  },

  /** A headless Chromium and Firefox, each reloading a page that animates and computes. */
  async browsers() {
    const { default: puppeteer } = await import('puppeteer-core');
    const busyPage = `data:text/html,<!doctype html><canvas width=800 height=600></canvas><script>
      const context = document.querySelector('canvas').getContext('2d');
      (function frame(time) {
        for (let i = 0; i < 2000; i++) context.fillRect(Math.random() * 800, Math.random() * 600, 3, 3);
        context.fillStyle = 'hsl(' + (time % 360) + ' 60% 50%)';
        requestAnimationFrame(frame);
      })(0);
    </script>`;
    const browsers = await Promise.all([
      puppeteer.launch({
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--no-first-run'],
      }),
      puppeteer.launch({
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
      }),
    ]);
    const close = () => Promise.all(browsers.map((browser) => browser.close().catch(() => {})));
    let closing;
    process.on('SIGTERM', () => (closing ??= close().then(() => process.exit(0))));
    const pages = await Promise.all(browsers.map((browser) => browser.newPage()));
    for (;;) {
      await Promise.all(pages.map((page) => page.goto(busyPage).catch(() => {})));
      await new Promise((done) => setTimeout(done, 3000));
    }
  },
};

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    load: { type: 'string', default: 'mixed' },
    files: { type: 'string' },
    browsers: { type: 'string' },
    worker: { type: 'string' },
  },
});

/** Every process group started here (load workers, the run in progress), stopped at the end whatever happens. */
const groups = new Set();

function startGroup(command, args, spawnOptions = {}) {
  // Its own process group, so that stopping it stops everything it started (browsers, Xvfb, drivers).
  const child = spawn(command, args, { detached: true, ...spawnOptions });
  groups.add(child);
  child.on('exit', () => groups.delete(child));
  return child;
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Gone already.
  }
}

let stopped;

/** Stops every group started here; once, however often it is asked. */
function stopAll() {
  return (stopped ??= stopGroups());
}

/**
 * Every process below `pid`, in its group or not: browsers are often started
 * in groups of their own, and once their parent is gone nothing leads to them.
 */
function descendants(pid) {
  const children = new Map();
  for (const line of execFileSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' }).trim().split('\n')) {
    const [child, parent] = line.trim().split(/\s+/).map(Number);
    children.set(parent, [...(children.get(parent) ?? []), child]);
  }
  const found = [];
  for (let queue = [pid]; queue.length > 0;) {
    const next = children.get(queue.shift()) ?? [];
    found.push(...next);
    queue.push(...next);
  }
  return found;
}

function killProcess(pid) {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Gone already.
  }
}

async function stopGroups() {
  const running = [...groups];
  // Taken before anything is stopped: a stopped parent's children are re-parented and lost from view.
  const trees = running.flatMap((child) => descendants(child.pid));
  for (const child of running) signalGroup(child, 'SIGTERM');
  // Time to close browsers and remove scratch copies, then no more waiting.
  await Promise.race([
    Promise.all(
      running.map(
        (child) => new Promise((done) => (child.exitCode !== null ? done() : child.on('exit', done))),
      ),
    ),
    new Promise((done) => setTimeout(done, 15_000)),
  ]);
  for (const child of running) signalGroup(child, 'SIGKILL');
  trees.forEach(killProcess);
}

function startLoad(kind) {
  if (kind === 'none') return;
  if (kind !== 'cpu' && kind !== 'mixed') throw new Error(`--load ${kind}: expected none, cpu or mixed`);
  const worker = (name) =>
    startGroup(process.execPath, [process.argv[1], '--worker', name], { stdio: 'ignore' });
  // One more than there are cores: the run never has a core to itself.
  for (let i = 0; i <= availableParallelism(); i++) worker('cpu');
  if (kind === 'mixed') {
    worker('build');
    worker('browsers');
  }
}

function readTotals(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** One run of the suite (or of --files), its output written to a log: passed and failed counts, failed tests, seconds. */
async function runOnce(index) {
  const log = join(LOGS, `run-${index}.log`);
  const [command, args, env] = options.files
    ? [
        'npx',
        ['web-test-runner', '--config', 'web-test-runner.config.mjs', '--files', options.files],
        options.browsers ? { BROWSERS: options.browsers } : {},
      ]
    : ['npm', ['test'], {}];
  rmSync('.test-results', { recursive: true, force: true });
  const start = Date.now();
  const child = startGroup(command, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = createWriteStream(log);
  child.stdout.pipe(output);
  child.stderr.pipe(output);
  const code = await new Promise((done) => child.on('exit', (exitCode, signal) => done(exitCode ?? signal)));
  const seconds = Math.round((Date.now() - start) / 1000);
  const results = [readTotals('.test-results/browser.json'), readTotals('.test-results/node.json')].filter(
    Boolean,
  );
  const passed = results.reduce((sum, totals) => sum + totals.passed, 0);
  const failures = results.flatMap((totals) => totals.failures ?? []);
  const failed = results.reduce((sum, totals) => sum + totals.failed, 0);
  // A run can fail outside any test (build, lint, a file that never loaded): that counts too.
  const green = code === 0 && failed === 0;
  if (!green && failures.length === 0) failures.push(`exited ${code} with no failed test named: see ${log}`);
  return { index, green, passed, failed, failures, seconds, log };
}

async function stress() {
  const runs = Number(options.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs ${options.runs}: expected a whole number`);
  mkdirSync(LOGS, { recursive: true });
  let stopping = false;
  const interrupted = (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping every process started…`);
    void stopAll().then(() => process.exit(130));
  };
  process.on('SIGINT', interrupted);
  process.on('SIGTERM', interrupted);

  const what = options.files ? `${options.files} (${options.browsers ?? 'every browser'})` : 'npm test';
  console.log(`Stress: ${what}, ${runs} run(s), load ${options.load}, ${availableParallelism()} cores.`);
  const results = [];
  try {
    startLoad(options.load);
    for (let index = 1; index <= runs && !stopping; index++) {
      const result = await runOnce(index);
      if (stopping) break;
      results.push(result);
      const load = loadavg()[0].toFixed(1);
      console.log(
        `Run ${index}/${runs}: ${result.green ? 'green' : 'RED'}, ${result.passed} passed, ${result.failed} failed, ` +
          `${result.seconds} s (load average ${load}; log ${result.log})`,
      );
      for (const failure of result.failures) console.log(`  ✗ ${failure}`);
    }
  } finally {
    await stopAll();
  }
  const green = results.filter((result) => result.green).length;
  console.log(`\nSummary: ${green} of ${results.length} run(s) green, load ${options.load}.`);
  for (const result of results) {
    console.log(`  run ${result.index}: ${result.green ? 'green' : 'RED'} in ${result.seconds} s`);
  }
  process.exit(green === results.length && results.length === runs ? 0 : 1);
}

if (options.worker) await workers[options.worker]();
else await stress();
