// `npm run loadtest`: breaking news at a million readers, measured.
//
// Starts Debian's nginx (unprivileged, on loopback ports, with its own prefix
// in a temp dir) running examples/nginx/lede-endpoints.conf in front of a
// small origin that publishes a new breaking story on a schedule and counts
// its requests. Then simulates readers in this process, each following the
// elements' own poll schedule (src/loading/poll-schedule.ts, compiled as it
// is): jitter, backoff, max-age and Retry-After, hidden tabs that pause and
// catch up. Every poll is a real HTTP request to nginx, conditional as a
// browser's HTTP cache makes it. The clock is real; the run takes about 100 s.
//
// Prints edge requests/s scaled to a million readers, origin requests per
// minute, the 304/200 mix and the time until 50/95/99% of readers show a new
// story, and checks the targets; exits 1 when one is missed. Not part of
// `npm test`: it needs nginx and minutes.
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { build } from 'esbuild';

const READERS = 10_000;
const BURST = 5_000;
/** The banner's shortest interval (seconds), the one a newsroom uses for breaking news. */
const INTERVAL = 15;
/** The origin's max-age (seconds): the edge's TTL. */
const TTL = 5;
const DURATION = 100;
/** When (seconds into the run) the origin publishes a new story, and when the burst of readers arrives. */
const PUBLISH_AT = [32, 55, 75];
const BURST_AT = 45;
/** The share of readers whose tab goes hidden for a while. */
const HIDING = 0.15;
/** Sockets the readers share: bounded, like the load. */
const SOCKETS = 96;

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => spawnSync(path, ['-v']).status === 0);
if (!NGINX) {
  console.error('The load test needs nginx: apt-get install -y nginx-light');
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'lede-loadtest-'));
let nginx;
let origin;
let stopping = false;
const readerTimers = new Set();

/** Stops nginx and the origin and removes the temp dir, whatever happened. */
function shutDown() {
  if (stopping) return;
  stopping = true;
  for (const timer of readerTimers) clearTimeout(timer);
  if (nginx && nginx.exitCode === null) nginx.kill('SIGTERM');
  origin?.closeAllConnections?.();
  origin?.close();
  rmSync(dir, { recursive: true, force: true });
}
process.on('exit', shutDown);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

// The elements' own schedule, and their reading of the server's hold, compiled as they ship.
await build({
  entryPoints: ['src/loading/poll-schedule.ts', 'src/loading/server-hold.ts'],
  bundle: true,
  format: 'esm',
  outdir: dir,
  outExtension: { '.js': '.mjs' },
  logLevel: 'error',
});
const { PollSchedule } = await import(pathToFileURL(join(dir, 'poll-schedule.mjs')).href);
const { holdOf } = await import(pathToFileURL(join(dir, 'server-hold.mjs')).href);

const start = Date.now();
const seconds = () => (Date.now() - start) / 1000;

// ---- The origin: one breaking-news endpoint, a new story at each PUBLISH_AT.
const published = [{ id: 'story-0', at: 0 }];
const originLog = [];
origin = http.createServer((request, response) => {
  const story = published.at(-1);
  const etag = `"${story.id}"`;
  const notModified = request.headers['if-none-match'] === etag;
  // Only the endpoint counts (not the start-up probe).
  if (request.url === '/breaking.json') originLog.push({ at: seconds(), status: notModified ? 304 : 200 });
  response.setHeader(
    'Cache-Control',
    `public, max-age=${TTL}, stale-while-revalidate=30, stale-if-error=86400`,
  );
  response.setHeader('ETag', etag);
  if (notModified) return response.writeHead(304).end();
  response.setHeader('Content-Type', 'application/json');
  response.end(
    JSON.stringify({
      id: story.id,
      headline: `Breaking story ${story.id}`,
      url: `https://news.example/${story.id}`,
      published: new Date(start + story.at * 1000).toISOString(),
    }),
  );
});
await new Promise((resolve) => origin.listen(0, '127.0.0.1', resolve));
const originPort = origin.address().port;
for (const [n, at] of PUBLISH_AT.entries()) {
  const timer = setTimeout(() => published.push({ id: `story-${n + 1}`, at }), at * 1000);
  readerTimers.add(timer);
}

// ---- nginx, running the example configuration with this run's ports and directory.
const edgePort = await freePort();
const example = readFileSync('examples/nginx/lede-endpoints.conf', 'utf8');
const site = example
  .replace(/^(\s*)listen 8080;/m, `$1listen 127.0.0.1:${edgePort};`)
  .replace(/server 127\.0\.0\.1:8081;/, `server 127.0.0.1:${originPort};`)
  .replace('/var/cache/nginx/lede', join(dir, 'cache'));
if (site === example)
  throw new Error('examples/nginx/lede-endpoints.conf no longer has the expected placeholders');
writeFileSync(join(dir, 'lede-endpoints.conf'), site);
writeFileSync(
  join(dir, 'nginx.conf'),
  `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 2048; }
http {
  access_log off;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/lede-endpoints.conf;
}
`,
);
// Unprivileged: as root, nginx runs as nobody (its files are handed over to nobody first).
const asRoot = process.getuid?.() === 0;
const nobody = 65534;
if (asRoot) for (const name of ['', ...readdirSync(dir)]) chownSync(join(dir, name), nobody, nobody);
nginx = spawn(
  NGINX,
  ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log'), '-g', 'daemon off;'],
  {
    stdio: ['ignore', 'inherit', 'inherit'],
    ...(asRoot ? { uid: nobody, gid: nobody } : {}),
  },
);
nginx.on('exit', (code) => {
  if (!stopping) {
    console.error(`nginx stopped early (exit ${code}); see its error log above`);
    process.exit(1);
  }
});
await waitForEdge();

// ---- The readers.
const agent = new http.Agent({ keepAlive: true, maxSockets: SOCKETS });
const edge = { requests: 0, status: {}, hiddenPolls: 0, errors: 0, log: [], firstServed: new Map() };
// How late this process's timers ran: the readers' own lag, not the edge's.
const lag = monitorEventLoopDelay({ resolution: 20 });
lag.enable();
const readers = [];

function get(reader) {
  return new Promise((resolve) => {
    const headers = reader.etag ? { 'If-None-Match': reader.etag } : {};
    const request = http.get(
      { host: '127.0.0.1', port: edgePort, path: '/breaking.json', agent, headers },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body }));
      },
    );
    request.on('error', () => resolve({ status: 0, headers: {}, body: '' }));
  });
}

async function poll(reader) {
  reader.timer = undefined;
  // The guard the element has too: a hidden tab never asks.
  if (reader.hidden) edge.hiddenPolls++;
  edge.requests++;
  edge.log.push(seconds());
  const answer = await get(reader);
  const now = Date.now();
  edge.status[answer.status] = (edge.status[answer.status] ?? 0) + 1;
  const ok = answer.status === 200 || answer.status === 304;
  if (!ok) edge.errors++;
  if (answer.status === 200) {
    reader.etag = answer.headers.etag;
    reader.showing = JSON.parse(answer.body).id;
    if (!edge.firstServed.has(reader.showing)) edge.firstServed.set(reader.showing, seconds());
  }
  // Showing a story also counts as having shown every older one it replaced.
  if (ok)
    for (let n = Number(reader.showing.split('-')[1]); n >= 0 && !reader.shown.has(`story-${n}`); n--)
      reader.shown.set(`story-${n}`, seconds());
  const headers = { get: (name) => answer.headers[name.toLowerCase()] ?? null };
  const wait = reader.schedule.next(now, ok, holdOf(answer.status, headers, now));
  if (!reader.hidden && !reader.gone) arm(reader, wait);
}

function arm(reader, wait) {
  clearTimeout(reader.timer);
  readerTimers.delete(reader.timer);
  reader.timer = setTimeout(() => poll(reader), wait);
  readerTimers.add(reader.timer);
}

/** A page opens: its element loads at once, then polls on the schedule. */
function arrive(burst) {
  const reader = {
    schedule: new PollSchedule(() => INTERVAL * 1000),
    arrivedAt: seconds(),
    burst,
    hidden: false,
    hiddenSpells: [],
    shown: new Map(),
  };
  readers.push(reader);
  void poll(reader);
  if (Math.random() < HIDING) {
    const hideIn = 5 + Math.random() * 50;
    const hideFor = 10 + Math.random() * 30;
    later(hideIn, () => {
      reader.hidden = true;
      reader.hiddenSpells.push([seconds(), Infinity]);
      clearTimeout(reader.timer);
    });
    later(hideIn + hideFor, () => {
      reader.hidden = false;
      reader.hiddenSpells.at(-1)[1] = seconds();
      // Seen again: at once if the poll is overdue, else on schedule.
      arm(reader, reader.schedule.left(Date.now()));
    });
  }
}

function later(inSeconds, run) {
  if (inSeconds < 0) return;
  const timer = setTimeout(run, inSeconds * 1000);
  readerTimers.add(timer);
}

// The readers already reading arrive over the first 20 s; the burst all in one second.
for (let i = 0; i < READERS; i++) later((i / READERS) * 20, () => arrive(false));
for (let i = 0; i < BURST; i++) later(BURST_AT + i / BURST, () => arrive(true));

console.log(
  `lede-widgets load test: ${READERS} readers + a burst of ${BURST} at ${BURST_AT} s, polling every ${INTERVAL} s ` +
    `(±20%), origin max-age ${TTL} s, new stories at ${PUBLISH_AT.join(' s and ')} s, ${DURATION} s in all.`,
);
const progress = setInterval(
  () =>
    process.stdout.write(
      `  ${Math.round(seconds())} s: ${edge.requests} edge requests, ${originLog.length} at the origin\n`,
    ),
  10_000,
);
await new Promise((resolve) => setTimeout(resolve, DURATION * 1000));
clearInterval(progress);
for (const reader of readers) reader.gone = true;
for (const timer of readerTimers) clearTimeout(timer);

// ---- Figures.
const steady = edge.log.filter((at) => at >= 25 && at < BURST_AT).length / (BURST_AT - 25);
const afterBurst =
  edge.log.filter((at) => at >= BURST_AT + 15 && at < DURATION).length / (DURATION - BURST_AT - 15);
const all = readers.length;
const perMillion = (rate, count) => Math.round((rate * 1_000_000) / count);
const originPerMinute = (originLog.length / DURATION) * 60;
const windows = new Map();
for (const { at } of originLog)
  windows.set(Math.floor(at / TTL), (windows.get(Math.floor(at / TTL)) ?? 0) + 1);
const worstWindow = Math.max(...windows.values());

const delays = [];
const visibleDelays = [];
for (const [n, at] of PUBLISH_AT.entries()) {
  const id = `story-${n + 1}`;
  for (const reader of readers) {
    if (reader.arrivedAt > at) continue;
    const shownAt = reader.shown.get(id) ?? Infinity;
    const delay = shownAt - at;
    delays.push(delay);
    const hiddenMeanwhile = reader.hiddenSpells.some(([from, to]) => from < shownAt && to > at);
    if (!hiddenMeanwhile) visibleDelays.push(delay);
  }
}
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.ceil((p / 100) * values.length) - 1];
const fmt = (value) => (Number.isFinite(value) ? `${value.toFixed(1)} s` : 'never');
const total = edge.requests;
const share = (status) => `${(((edge.status[status] ?? 0) / total) * 100).toFixed(1)}%`;

console.log(`
Edge (nginx):   ${total} requests in ${DURATION} s from ${all} readers (${edge.errors} failed)
  steady, ${READERS} readers: ${steady.toFixed(0)} requests/s -> ${perMillion(steady, READERS).toLocaleString('en')} requests/s per million readers
  after the burst, ${all} readers: ${afterBurst.toFixed(0)} requests/s -> ${perMillion(afterBurst, all).toLocaleString('en')} requests/s per million readers
  answers: 304 ${share(304)}, 200 ${share(200)}, other ${(100 - (((edge.status[304] ?? 0) + (edge.status[200] ?? 0)) / total) * 100).toFixed(1)}%
Origin:         ${originLog.length} requests (${originLog.filter((r) => r.status === 304).length} of them 304) = ${originPerMinute.toFixed(1)} per minute; at most ${worstWindow} in any ${TTL} s cache TTL
New story shown (readers present when it was published):
  all readers:     50% ${fmt(percentile(delays, 50))}, 95% ${fmt(percentile(delays, 95))}, 99% ${fmt(percentile(delays, 99))}
  visible readers: 50% ${fmt(percentile(visibleDelays, 50))}, 95% ${fmt(percentile(visibleDelays, 95))}, 99% ${fmt(percentile(visibleDelays, 99))}
  the edge first served them ${PUBLISH_AT.map((at, n) => fmt((edge.firstServed.get(`story-${n + 1}`) ?? Infinity) - at)).join(' and ')} after publication
Polls from hidden tabs: ${edge.hiddenPolls}
The readers' own timer lag (this process, on a shared machine): median ${(lag.percentile(50) / 1e6).toFixed(0)} ms, 99% ${(lag.percentile(99) / 1e6).toFixed(0)} ms`);

const limit = INTERVAL + TTL + 2;
const targets = [
  [`at most 2 origin requests per ${TTL} s TTL`, worstWindow <= 2],
  [
    `95% of visible readers show a new story within interval + TTL + 2 s = ${limit} s`,
    percentile(visibleDelays, 95) <= limit,
  ],
  ['no reader polls from a hidden tab', edge.hiddenPolls === 0],
  ['no failed requests', edge.errors === 0],
];
console.log('\nTargets:');
for (const [what, met] of targets) console.log(`  ${met ? 'met   ' : 'MISSED'} ${what}`);
agent.destroy();
process.exitCode = targets.every(([, met]) => met) ? 0 : 1;
shutDown();

async function freePort() {
  const probe = http.createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function waitForEdge() {
  for (let tries = 0; tries < 100; tries++) {
    const up = await new Promise((resolve) => {
      http
        .get({ host: '127.0.0.1', port: edgePort, path: '/up' }, (response) =>
          resolve(response.resume() && true),
        )
        .on('error', () => resolve(false));
    });
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not come up; its log:\n${readFileSync(join(dir, 'error.log'), 'utf8')}`);
}
