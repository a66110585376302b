// A small server for the browser tests' network cases, mounted under
// /test-api/ by web-test-runner.config.mjs. Every answer is shaped by the
// query string, and every request is counted, so tests can assert what the
// browser asked for, not only what it showed.
//
//   /test-api/serve?file=articles/own.json   a fixture from test/fixtures/
//     &status=500                             answer with this status (and the fixture as body)
//     &delay=300                              wait this many ms first (at most 10 s)
//     &type=text/html                         send this Content-Type
//     &etag=v1                                send ETag "v1" with Cache-Control: no-cache (the browser keeps
//                                             the answer and revalidates it), and 304 when it already has it
//     &maxage=10                              send Cache-Control: public, max-age=10 (and the ETag, if any)
//     &age=4                                  send Age: 4
//     &retry=120                              send Retry-After: 120
//     &key=abc                                count the request under this key
//   /test-api/serve?key=abc&files=a.json,b.json&statuses=200,500&delays=0,3000
//                                             the Nth request for the key gets the Nth file,
//                                             status and delay (the last ones once the list runs out)
//   /test-api/count?key=abc                   {"count": N, "conditional": M}: requests seen for the key
//   /test-api/count?key=abc:options           the same for OPTIONS requests, which are refused (405), as
//                                             most static hosts and CDNs do: a CORS preflight fails
//   /test-api/count?key=abc:cookie            the same for requests that carried cookies
//   /test-api/count?key=abc:revalidate        the same for requests that asked to be revalidated: conditional,
//                                             or with Cache-Control: max-age=0 or no-cache (fetch's `no-cache`
//                                             mode, in a browser with no cached answer to ask about)
// Every answer allows any origin (Access-Control-Allow-Origin: *), so a page on another origin
// (127.0.0.1 for localhost) can read it with a simple request.
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
  context.set('Access-Control-Allow-Origin', '*');
  context.set('Access-Control-Expose-Headers', 'Age, Retry-After');

  if (context.path === '/test-api/count') {
    context.type = 'application/json';
    context.body = JSON.stringify(counts.get(query.key) ?? { count: 0, conditional: 0 });
    return;
  }
  if (context.path !== '/test-api/serve') {
    context.status = 404;
    return;
  }

  const refused = context.method === 'OPTIONS';
  if (query.key) {
    const key = refused ? `${query.key}:options` : query.key;
    const count = counts.get(key) ?? { count: 0, conditional: 0 };
    count.count++;
    if (context.get('If-None-Match') || context.get('If-Modified-Since')) count.conditional++;
    counts.set(key, count);
  }
  const countAs = (key) => {
    const count = counts.get(key) ?? { count: 0, conditional: 0 };
    count.count++;
    counts.set(key, count);
  };
  if (query.key && context.get('Cookie')) countAs(`${query.key}:cookie`);
  const revalidate =
    context.get('If-None-Match') ||
    context.get('If-Modified-Since') ||
    /max-age=0|no-cache/.test(context.get('Cache-Control'));
  if (query.key && revalidate) countAs(`${query.key}:revalidate`);
  if (refused) {
    context.status = 405;
    return;
  }
  if (query.age) context.set('Age', String(query.age));
  if (query.retry) context.set('Retry-After', String(query.retry));

  // In a sequence, the Nth request (counted above) gets the Nth entry.
  const nth = (list) => {
    const entries = String(list).split(',');
    return entries[Math.min((counts.get(query.key)?.count ?? 1) - 1, entries.length - 1)];
  };
  await sleep(Math.min(Number(query.delays ? nth(query.delays) : (query.delay ?? 0)), 10_000));
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
  if (query.maxage) context.set('Cache-Control', `public, max-age=${query.maxage}`);
  if (version && status === 200) {
    const etag = `"${version}"`;
    context.set('ETag', etag);
    if (!query.maxage) context.set('Cache-Control', 'no-cache');
    if (context.get('If-None-Match') === etag) {
      context.status = 304;
      return;
    }
  }
  context.status = status;
  context.set('Content-Type', query.type ?? TYPES[extname(file)] ?? 'text/plain');
  context.body = body;
}
