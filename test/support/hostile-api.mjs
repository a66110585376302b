// Answers a hostile or careless server gives, for the hardening tests,
// mounted under /hostile-api/ by web-test-runner.config.mjs.
//
//   /hostile-api/long-url?format=json|rss     one story whose link is "a", 100,000 spaces, "b"
//   /hostile-api/big?items=N&chunked=1         a JSON Feed of N stories (about 110 bytes each);
//                                              chunked: streamed with no Content-Length;
//                                              unsafe: every story's link is a javascript: URL;
//                                              key=abc: from the key's second request on,
//                                              headlined "Update N" (a refresh that got through)
//   /hostile-api/deep?levels=N                 JSON nested N lists deep, [[[…]]], which JSON.parse accepts
//   /hostile-api/redirect?to=/test-api/…       302 to `to` (same origin only)
//   /hostile-api/prefixed?file=feeds/rss.xml&prefix=%0A
//                                              a fixture with `prefix` (URL-decoded) before it,
//                                              as CMS plugins emit blank lines and BOMs
//   /hostile-api/entities?refs=N               RSS whose headline references an internal entity N times
//   /hostile-api/deep-xml?levels=N             RSS whose one item's description holds elements N deep
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { Readable } from 'node:stream';

const FIXTURES = join(process.cwd(), 'test/fixtures');
const LONG = 'a' + ' '.repeat(100_000) + 'b';

function jsonFeed(items) {
  return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Hostile', items });
}

/** Requests seen per `key` (big). */
const seen = new Map();

const story = (i, unsafe, again) => ({
  id: `s-${i}`,
  url: unsafe ? `javascript:alert(${i})` : `https://news.lede.example/${i}`,
  title: `${again ? 'Update' : 'Story'} ${i}`,
  date_published: '2026-03-21T11:00:00Z',
});

const routes = {
  'long-url': (query) =>
    query.format === 'rss'
      ? {
          type: 'application/rss+xml',
          body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile</title><item><title>Long link</title><link>${LONG}</link></item></channel></rss>`,
        }
      : { type: 'application/feed+json', body: jsonFeed([{ id: '1', title: 'Long link', url: LONG }]) },

  big: (query) => {
    const again = query.key && seen.has(query.key);
    if (query.key) seen.set(query.key, true);
    const body = jsonFeed(
      Array.from({ length: Number(query.items ?? 10) }, (_, i) => story(i, query.unsafe, again)),
    );
    return { type: 'application/feed+json', body: query.chunked ? Readable.from([body]) : body };
  },

  deep: (query) => {
    const levels = Number(query.levels ?? 10);
    return { type: 'application/ld+json', body: '['.repeat(levels) + ']'.repeat(levels) };
  },

  'deep-xml': (query) => {
    const levels = Number(query.levels ?? 10);
    return {
      type: 'application/rss+xml',
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile</title>
<item><title>Deep story</title><link>https://news.lede.example/deep</link>
<description>${'<b>'.repeat(levels)}deep${'</b>'.repeat(levels)}</description></item>
</channel></rss>`,
    };
  },

  entities: (query) => ({
    type: 'application/rss+xml',
    body: `<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY boom "${'x'.repeat(1000)}">]>
<rss version="2.0"><channel><title>Hostile</title>
<item><title>${'&boom;'.repeat(Number(query.refs ?? 10))}</title><link>https://news.lede.example/1</link></item>
</channel></rss>`,
  }),
};

export async function hostileApi(context, next) {
  if (!context.path.startsWith('/hostile-api/')) return next();
  const { query } = context;
  const name = context.path.slice('/hostile-api/'.length);
  context.set('Cache-Control', 'no-store');
  if (name === 'redirect') {
    const to = String(query.to ?? '/');
    context.status = 302;
    context.set('Location', to.startsWith('/') && !to.startsWith('//') ? to : '/');
    return;
  }
  if (name === 'prefixed') {
    const file = normalize(String(query.file ?? '')).replace(/^(\.\.[/\\])+/, '');
    context.type = 'application/xml';
    context.body = String(query.prefix ?? '') + (await readFile(join(FIXTURES, file), 'utf8'));
    return;
  }
  const route = routes[name];
  if (!route) {
    context.status = 404;
    return;
  }
  const { type, body } = route(query);
  context.set('Content-Type', type);
  context.body = body;
}
