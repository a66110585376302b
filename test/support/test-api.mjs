// A small server for the browser tests' network cases, mounted under
// /test-api/ by web-test-runner.config.mjs. Every answer is shaped by the
// query string, and every request is counted, so tests can assert what the
// browser asked for, not only what it showed.
//
//   /test-api/serve?file=articles/own.json   a fixture from test/fixtures/
//     &status=500                             answer with this status (and the fixture as body)
//     &delay=300                              wait this many ms first (at most 10 s)
//     &type=text/html                         send this Content-Type
//     &etag=v1                                send ETag "v1", and 304 when the browser already has it
//     &key=abc                                count the request under this key
//   /test-api/serve?key=abc&files=a.json,b.json&statuses=200,500
//                                             the Nth request for the key gets the Nth file and
//                                             status (the last ones once the list runs out)
//   /test-api/count?key=abc                   {"count": N, "conditional": M}: requests seen for the key
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const FIXTURES = join(process.cwd(), 'test/fixtures');
const TYPES = {
  '.json': 'application/json',
  '.jsonld': 'application/ld+json',
  '.html': 'text/html',
  '.xml': 'application/xml',
};
const counts = new Map();

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function testApi(context, next) {
  if (!context.path.startsWith('/test-api/')) return next();
  const { query } = context;
  context.set('Cache-Control', 'no-store');

  if (context.path === '/test-api/count') {
    context.type = 'application/json';
    context.body = JSON.stringify(counts.get(query.key) ?? { count: 0, conditional: 0 });
    return;
  }
  if (context.path !== '/test-api/serve') {
    context.status = 404;
    return;
  }

  if (query.key) {
    const count = counts.get(query.key) ?? { count: 0, conditional: 0 };
    count.count++;
    if (context.get('If-None-Match') || context.get('If-Modified-Since')) count.conditional++;
    counts.set(query.key, count);
  }
  await sleep(Math.min(Number(query.delay ?? 0), 10_000));

  // In a sequence, the Nth request (counted above) gets the Nth entry.
  const nth = (list) => {
    const entries = String(list).split(',');
    return entries[Math.min((counts.get(query.key)?.count ?? 1) - 1, entries.length - 1)];
  };
  const file = normalize(String(query.files ? nth(query.files) : (query.file ?? ''))).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  const status = Number(query.statuses ? nth(query.statuses) : (query.status ?? 200));
  let body;
  try {
    body = await readFile(join(FIXTURES, file), 'utf8');
  } catch {
    context.status = 404;
    context.body = 'no such fixture';
    return;
  }
  // In a sequence, each file is its own version.
  const version = query.etag ?? (query.files ? file : undefined);
  if (version && status === 200) {
    const etag = `"${version}"`;
    context.set('ETag', etag);
    if (context.get('If-None-Match') === etag) {
      context.status = 304;
      return;
    }
  }
  context.status = status;
  context.set('Content-Type', query.type ?? TYPES[extname(file)] ?? 'text/plain');
  context.body = body;
}
