// The partner test page: a realistic partner article page for the
// layout-shift tests and `npm run partner`, in several languages, and its
// static copy. Mounted by web-test-runner.config.mjs and bench/partner.mjs.
//
//   /test-partner/page.html?OPTIONS   the page; every option has a default, so
//                                     `/test-partner/page.html` is the English page
//
// Options (query parameters; `partnerPageHtml()` takes the same, camelCased):
//
//   lang=en|ru|fa|ka|uz  the page's language: `<html lang dir>` (fa is right to left),
//                        its own text, the cards' attributes and the stories it loads
//                        (test/fixtures/partner/<lang>/) — default en
//   page=partner         the article page: a breaking banner and a grid feed fed by
//                        slow JSON, a source credit, five cards by attributes and five
//                        by `src` (slow JSON), images a second late, and the partner's
//                        own text around them (default)
//   page=readme-card     the README's own example card (taken from README.md's first
//                        HTML example, so it follows the README) under the page's title,
//                        the page's text below it
//   script=0             without the CDN script (default 1)
//   css=0                without the pre-upgrade stylesheet (default 1)
//   static=1             the static copy: every widget server-rendered from dist/, no
//                        script, no stylesheet (test/support/partner-static.mjs)
//   script-delay=MS      the CDN script this late (default 1000); counted from the page's
//                        first frame where the page records its frames (geometry=1), so
//                        that a reader sees the page before the script on a loaded machine
//                        too (the script waits at most 5 s for that frame)
//   pack-delay=MS        each language pack this late (default 800; the manifest is not)
//   geometry=0           without the geometric shift sampler (for timing the page)
//   stream=MS            the page sent in pieces MS apart (default 0: at once): all up to
//                        <body>, then each part of the body, so that a script that comes
//                        early (script-delay=0) runs while the page is still being parsed
//
// The page's <head> has the tags of the README's first example for the CDN
// files, as they are written there (the stylesheet, the script, and any hint
// given with them; integrity and crossorigin), pointed at dist/cdn/ under
//
//   /test-partner/cdn/script-delay-MS/pack-delay-MS/visit-ID/FILE
//
// so that the language packs, which the script finds beside itself
// (`locales/`), get the page's pack delay, and each page load its own URLs:
// the dev server caches answers by URL, which would skip the delays. A page
// that records its frames tells `/test-partner/first-frame/visit-ID` when it
// has drawn its first, and its script's delay starts then.
//
// A script in the page's <head> records layout shifts from the first frame
// on, two ways (see LAYOUT_RECORDER).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { snippetsOf } from './doc-snippets.mjs';
import { lateCdn } from './partner-cdn.mjs';
import { layoutShiftSampler } from './layout-shift.mjs';
import { PARTNER_LANGUAGES, PARTNER_TEXTS } from './partner-texts.mjs';
import { escapeAttribute, openingTag, renderWidgetsStatically } from './partner-static.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** JSON a second and a half late, images a second late. */
const SLOW_JSON = 'delay=1500';
const IMAGE_DELAY = 1000;
const storyFile = (lang, file) => `partner/${lang}/${file}`;
const api = (lang, file) => `/test-api/serve?file=${storyFile(lang, file)}&${SLOW_JSON}`;
const image = (name, width) =>
  `/test-assets/photo.svg?delay=${IMAGE_DELAY}&w=${width}&h=${(width * 9) / 16}&n=${name}`;

/**
 * Records the page's layout shifts into `window.__layout`:
 *
 * - `observed`: the sum of the browser's own `layout-shift` entries (Chromium;
 *   `undefined` where the browser has none, as in Firefox);
 * - `geometric`: the same score computed from geometry, in every browser,
 *   each frame (layout-shift.mjs): an upper bound of Chromium's;
 * - `frames`, and `framesBeforeScript` of them drawn before the elements were defined;
 * - `readyStateAtDefine`: the document's `readyState` when they were (`loading`: the
 *   parser had not finished the page, and made the elements after that already defined).
 */
export const LAYOUT_RECORDER = `<script>
(() => {
  const record = (window.__layout = { observed: undefined, geometric: 0, frames: 0, framesBeforeScript: 0 });
  customElements.whenDefined('lede-feed').then(() => (record.readyStateAtDefine = document.readyState));
  if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
    record.observed = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) record.observed += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  }
  const sample = (${layoutShiftSampler})();
  const firstFrame = document.currentScript.dataset.firstFrame;
  function onFrame() {
    record.geometric += sample(document);
    record.frames++;
    if (record.frames === 1 && firstFrame) fetch(firstFrame, { method: 'POST' });
    if (!customElements.get('lede-feed')) record.framesBeforeScript++;
    requestAnimationFrame(onFrame);
  }
  if (!document.currentScript.hasAttribute('data-observer-only')) requestAnimationFrame(onFrame);
})();
</script>`;

/** The options of a page, with their defaults. */
export const PAGE_DEFAULTS = {
  lang: 'en',
  page: 'partner',
  script: true,
  css: true,
  static: false,
  scriptDelay: 1000,
  packDelay: 800,
  geometry: true,
  stream: 0,
};

/** The options from a query string's parameters (`{ 'pack-delay': '800', static: '1' }`). */
export function pageOptions(query) {
  const flag = (name) => (query[name] === undefined ? PAGE_DEFAULTS[name] : query[name] !== '0');
  const number = (name, key) => (query[name] === undefined ? PAGE_DEFAULTS[key] : Number(query[name]));
  return {
    lang: query.lang ?? PAGE_DEFAULTS.lang,
    page: query.page ?? PAGE_DEFAULTS.page,
    script: flag('script'),
    css: flag('css'),
    static: flag('static'),
    scriptDelay: number('script-delay', 'scriptDelay'),
    packDelay: number('pack-delay', 'packDelay'),
    geometry: flag('geometry'),
    stream: number('stream', 'stream'),
  };
}

/**
 * A widget of the page: its tag, attributes (`[name, value]`, `true` for a
 * bare attribute) and fallback children, and for one fed by `src`, the
 * fixture the live page fetches, which the static copy is given as `property`.
 */
const widget = (tag, attributes, fallback, story) => ({ tag, attributes, fallback, story });

const link = (href, text) => `<a href="${escapeAttribute(href)}">${text}</a>`;

function cardByAttributes(lang, index) {
  const { cards } = PARTNER_TEXTS[lang];
  const headline = cards.headlines[index];
  const href = `https://news.lede.example/attr/${index}`;
  const name = `attr${index}`;
  return widget(
    'lede-article-card',
    [
      ['headline', headline],
      ['href', href],
      ['kicker', cards.kicker],
      ['summary', cards.summary],
      ['published', '2026-03-18T08:00:00Z'],
      ['authors', cards.author],
      ['sources', 'Reuters, AP'],
      ['image-src', image(name, 1600)],
      ['image-srcset', [400, 800, 1600].map((width) => `${image(name, width)} ${width}w`).join(', ')],
      ['image-alt', cards.imageAlt],
      ['image-width', '1600'],
      ['image-height', '900'],
    ],
    link(href, headline),
  );
}

const cardBySrc = (lang, index) =>
  widget(
    'lede-article-card',
    [['src', api(lang, `card-${index}.json`)]],
    link(`https://news.lede.example/partner/${index}`, PARTNER_TEXTS[lang].storyFallback),
    { file: `card-${index}.json`, property: 'article' },
  );

/** The page's body: its own text as strings, and its widgets. */
function partnerBody(lang) {
  const text = PARTNER_TEXTS[lang];
  const paragraphs = text.paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n');
  return [
    `<header><h1>${text.gazette}</h1></header>\n`,
    widget(
      'lede-breaking-banner',
      [
        ['max-age', '999999999'],
        ['src', api(lang, 'banner.json')],
      ],
      link('https://news.lede.example/live', text.liveFallback),
      { file: 'banner.json', property: 'article' },
    ),
    `\n<main>\n<h2 id="story">${text.heading}</h2>\n${paragraphs}\n`,
    widget(
      'lede-source-credit',
      [
        ['sources', 'Reuters, Interfax, TASS'],
        ['publisher', 'Lede News'],
        ['publisher-href', 'https://lede.example/'],
      ],
      text.creditFallback,
    ),
    `\n${paragraphs}\n<section id="cards" class="cards">\n`,
    ...[0, 1, 2, 3, 4].flatMap((index) => [cardByAttributes(lang, index), '\n']),
    ...[0, 1, 2, 3, 4].flatMap((index) => [cardBySrc(lang, index), '\n']),
    `</section>\n<p>${text.moreBelow}</p>\n`,
    widget(
      'lede-feed',
      [
        ['layout', 'grid'],
        ['limit', '4'],
        ['src', api(lang, 'feed.json')],
      ],
      link('https://news.lede.example/', text.feedFallback),
      { file: 'feed.json', property: 'items' },
    ),
    `\n${paragraphs}\n<footer id="end"><p>${text.footer}</p></footer>\n</main>\n`,
  ];
}

/** README.md's first HTML example: what a partner copies first. */
async function readmeExample() {
  const readme = await readFile(join(process.cwd(), 'README.md'), 'utf8');
  const example = snippetsOf('README.md', readme).find((snippet) => snippet.lang === 'html');
  if (!example) throw new Error('README.md has no HTML example');
  return example.code;
}

/** `[name, value]` for each attribute in a tag's text (`true` for a bare one). */
const attributesOf = (text) =>
  [...text.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [name, value ?? true]);

/** The first card of the README's first example. */
async function readmeCard() {
  const card = (await readmeExample()).match(/<lede-article-card\b([^>]*)>([\s\S]*?)<\/lede-article-card>/);
  if (!card) throw new Error("README.md's first HTML example has no <lede-article-card>");
  return widget('lede-article-card', attributesOf(card[1]), card[2].trim());
}

/**
 * The README's tags for the CDN files (the stylesheet, the script, and any
 * hint it gives with them), as its first example writes them, pointed at
 * `cdn` and with the integrity of the files as built (the README carries
 * those of the last `npm run docs`). `css` keeps the stylesheet, `script`
 * the rest.
 */
async function readmeHead({ cdn, css, script }) {
  const example = await readmeExample();
  const hashes = await integrity();
  const tags = [...example.slice(0, example.indexOf('<lede-')).matchAll(/<(link|script)\b([^>]*?)\/?>/g)];
  const head = tags.map(([, tag, text]) => {
    const attributes = attributesOf(text);
    const url = attributes.find(([name]) => name === 'href' || name === 'src');
    const file = url?.[1].split('/dist/cdn/')[1];
    if (file) url[1] = `${cdn}/${file}`;
    const integrityAttribute = attributes.find(([name]) => name === 'integrity');
    if (integrityAttribute && hashes[file]) integrityAttribute[1] = hashes[file];
    const isStylesheet = attributes.some(([name, value]) => name === 'rel' && value === 'stylesheet');
    return {
      file,
      wanted: isStylesheet ? css : script,
      html: `${openingTag(tag, attributes)}>${tag === 'script' ? '</script>' : ''}`,
    };
  });
  if (!head.some(({ file }) => file === 'lede-widgets.js')) {
    throw new Error("README.md's first HTML example does not load lede-widgets.js from the CDN");
  }
  return head
    .filter(({ wanted }) => wanted)
    .map(({ html }) => html)
    .join('\n');
}

async function readmeCardBody(lang) {
  const text = PARTNER_TEXTS[lang];
  const paragraphs = text.paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n');
  // The card first, as a partner's page would lead with it: the text below moves if it does.
  return [
    `<header><h1>${text.gazette}</h1></header>\n<main>\n`,
    await readmeCard(),
    `\n<h2 id="story">${text.heading}</h2>\n${paragraphs}\n<footer id="end"><p>${text.footer}</p></footer>\n</main>\n`,
  ];
}

/** The integrity hashes the build wrote for the CDN files (none if it has not run). */
async function integrity() {
  try {
    return JSON.parse(await readFile(join(process.cwd(), 'dist/cdn/integrity.json'), 'utf8'));
  } catch {
    return {};
  }
}

/** The page's HTML for `options` (see the top of this file; defaults in PAGE_DEFAULTS). */
export async function partnerPageHtml(options = {}) {
  return (await partnerPageParts(options)).join('');
}

/** The page's HTML in the pieces a streamed page sends: all up to `<body>`, each part of the body, the end. */
async function partnerPageParts(options) {
  const settings = { ...PAGE_DEFAULTS, ...options };
  const { lang, scriptDelay, packDelay } = settings;
  if (!PARTNER_LANGUAGES[lang]) throw new Error(`The partner page has no text in "${lang}"`);
  const parts = settings.page === 'readme-card' ? await readmeCardBody(lang) : partnerBody(lang);
  const widgets = parts.filter((part) => typeof part !== 'string');
  const rendered = settings.static
    ? await renderWidgetsStatically(await Promise.all(widgets.map((part) => withStory(part, lang))), lang)
    : widgets.map(({ tag, attributes, fallback }) => `${openingTag(tag, attributes)}>${fallback}</${tag}>`);
  const body = parts.map((part) => (typeof part === 'string' ? part : rendered[widgets.indexOf(part)]));

  const { visit, directory: cdn } = lateCdn(scriptDelay, packDelay);
  const recorder = settings.geometry
    ? LAYOUT_RECORDER.replace(
        '<script>',
        `<script data-first-frame="/test-partner/first-frame/visit-${visit}">`,
      )
    : LAYOUT_RECORDER.replace('<script>', '<script data-observer-only>');
  if (settings.geometry && settings.script && !settings.static) awaitFirstFrame(visit);
  const head = settings.static ? '' : await readmeHead({ cdn, css: settings.css, script: settings.script });
  return [
    `<!doctype html>
<html lang="${lang}" dir="${PARTNER_LANGUAGES[lang]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${PARTNER_TEXTS[lang].gazette}</title>
${head}
<style>
  body { margin: 0 auto; max-width: 70rem; padding: 1rem; font: 17px/1.6 Georgia, serif; color: #222; }
  .cards { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); margin: 1.5rem 0; }
</style>
${recorder}
</head>
<body>
`,
    ...body,
    `<script>if (location.hash) document.querySelector(location.hash).scrollIntoView();</script>
</body>
</html>`,
  ];
}

/** The pieces of a page, `ms` apart. */
async function* streamed(parts, ms) {
  for (const [index, part] of parts.entries()) {
    if (index > 0) await sleep(ms);
    yield part;
  }
}

/** A widget fed by `src`, with the story the live page would fetch, for the static copy. */
async function withStory(part, lang) {
  if (!part.story) return part;
  const json = await readFile(join(process.cwd(), 'test/fixtures', storyFile(lang, part.story.file)), 'utf8');
  return { ...part, data: { property: part.story.property, value: JSON.parse(json) } };
}

const CDN_FILE = /^\/test-partner\/cdn\/script-delay-(\d+)\/pack-delay-(\d+)\/visit-(\w+)\/(.+)$/;
const FIRST_FRAME = /^\/test-partner\/first-frame\/visit-(\w+)$/;
/** At most this late, whatever a page asks: no test needs more. */
const MAX_DELAY = 5000;

/** By visit: the first frame of a page that records its frames, which its script waits for. */
const firstFrames = new Map();

function awaitFirstFrame(visit) {
  let drawn;
  const frame = new Promise((resolve) => (drawn = resolve));
  firstFrames.set(visit, { frame, drawn });
  // A page that never asks for its script (a test that ended first) leaves nothing behind.
  setTimeout(() => firstFrames.delete(visit), 60_000).unref();
}

export async function partnerPage(context, next) {
  if (context.path === '/test-partner/page.html') {
    context.set('Cache-Control', 'no-store');
    context.type = 'text/html';
    const options = pageOptions(context.query);
    const parts = await partnerPageParts(options);
    context.body = options.stream > 0 ? Readable.from(streamed(parts, options.stream)) : parts.join('');
    return;
  }
  const firstFrame = context.path.match(FIRST_FRAME);
  if (firstFrame) {
    firstFrames.get(firstFrame[1])?.drawn();
    context.status = 204;
    return;
  }
  const cdnFile = context.path.match(CDN_FILE);
  if (cdnFile) {
    const [, scriptDelay, packDelay, visit, file] = cdnFile;
    const isScript = /^lede-widgets(\.classic)?\.js$/.test(file);
    const isPack = file.startsWith('locales/') && !file.endsWith('/manifest.json');
    let body;
    try {
      if (file.split('/').includes('..')) throw new Error('outside dist/cdn');
      body = await readFile(join(process.cwd(), 'dist/cdn', file));
    } catch {
      context.status = 404;
      return;
    }
    if (isScript) {
      const waiting = firstFrames.get(visit);
      if (waiting) await Promise.race([waiting.frame, sleep(MAX_DELAY)]);
      firstFrames.delete(visit);
      await sleep(Math.min(Number(scriptDelay), MAX_DELAY));
    }
    if (isPack) await sleep(Math.min(Number(packDelay), MAX_DELAY));
    context.set('Cache-Control', 'no-store');
    context.type = file.split('.').pop();
    context.body = body;
    return;
  }
  return next();
}
