// A realistic partner article page for layout-shift tests and `npm run partner`,
// mounted by web-test-runner.config.mjs (and scripts/partner.mjs):
//
//   /test-partner/page.html?script=1&css=1   the page; script=0 leaves the CDN script out,
//                                            css=0 the pre-upgrade stylesheet, geometry=0 the
//                                            geometric shift sampler (for timing the page)
//   /test-partner/lede-widgets.js?delay=1000 the built CDN file, a second late (each page
//                                            asks with its own URL: the dev server caches
//                                            answers by URL, which would skip the delay)
//
// The page: a breaking banner and a grid feed fed by slow JSON, a source
// credit, five cards by attributes and five by `src` (slow JSON), images
// that arrive a second late, and the partner's own text around them. A
// script in its <head> records layout shifts from the first frame on, two
// ways (see LAYOUT_RECORDER).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** JSON a second and a half late, images a second late. */
const SLOW_JSON = 'delay=1500';
const api = (file) => `/test-api/serve?file=partner/${file}&${SLOW_JSON}`;
const image = (name, width) =>
  `/test-assets/photo.svg?delay=1000&amp;w=${width}&amp;h=${(width * 9) / 16}&amp;n=${name}`;

/**
 * Records the page's layout shifts into `window.__layout`:
 *
 * - `observed`: the sum of the browser's own `layout-shift` entries (Chromium;
 *   `undefined` where the browser has none, as in Firefox);
 * - `geometric`: the same score computed from geometry, as the Layout
 *   Instability spec defines it, in every browser: each frame, every element
 *   of the page's light DOM whose top-left corner moved both in the viewport
 *   and in the document (so scrolling, and scroll anchoring, are not shifts)
 *   is unstable if its old or new box is in the viewport; the frame's score is the viewport fraction covered by the
 *   unstable elements' old and new boxes, times the largest move over the
 *   viewport's larger side (at most 1). Boxes and moves are taken net of the
 *   frame's scroll, as the spec takes them: a frame in which the page both
 *   scrolls 550 px and shifts 2 px (WebKit, which draws fewer frames, can
 *   sample both at once) shifted 2 px. Elements inside the widgets' shadow
 *   roots are not sampled: their hosts are. Every box counts, even one that
 *   paints nothing, where Chromium counts only boxes with visible content:
 *   this score is an upper bound of Chromium's.
 */
export const LAYOUT_RECORDER = `<script>
(() => {
  const record = (window.__layout = { observed: undefined, geometric: 0, frames: 0 });
  if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
    record.observed = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) record.observed += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  }
  const CELL = 4;
  let previous = new Map();
  function frameScore(moved, width, height) {
    const columns = Math.ceil(width / CELL);
    const cells = new Uint8Array(columns * Math.ceil(height / CELL));
    let distance = 0;
    for (const [before, now, move] of moved) {
      distance = Math.max(distance, move);
      for (const box of [before, now]) {
        const left = Math.max(0, Math.floor(box.x / CELL));
        const right = Math.min(columns, Math.ceil((box.x + box.w) / CELL));
        const top = Math.max(0, Math.floor(box.y / CELL));
        const bottom = Math.min(cells.length / columns, Math.ceil((box.y + box.h) / CELL));
        for (let row = top; row < bottom; row++) cells.fill(1, row * columns + left, row * columns + Math.max(left, right));
      }
    }
    const covered = cells.reduce((sum, cell) => sum + cell, 0) / cells.length;
    return covered * Math.min(1, distance / Math.max(width, height));
  }
  function sample() {
    const width = document.documentElement.clientWidth;
    const height = document.documentElement.clientHeight;
    const current = new Map();
    for (const element of document.body ? document.body.querySelectorAll('*') : []) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      current.set(element, { x: box.left, y: box.top, w: box.width, h: box.height, sx: scrollX, sy: scrollY });
    }
    const moved = [];
    for (const [element, now] of current) {
      const before = previous.get(element);
      if (!before) continue;
      const inViewport = Math.max(Math.abs(now.x - before.x), Math.abs(now.y - before.y));
      const inDocument = Math.max(
        Math.abs(now.x + now.sx - before.x - before.sx),
        Math.abs(now.y + now.sy - before.y - before.sy),
      );
      // Where the old box would be after the frame's scroll alone: the shift is what remains.
      const scrolled = { ...before, x: before.x - (now.sx - before.sx), y: before.y - (now.sy - before.sy) };
      const seen = [scrolled, now].some(
        (box) => box.x < width && box.y < height && box.x + box.w > 0 && box.y + box.h > 0,
      );
      if (seen && inViewport > 0.5 && inDocument > 0.5) moved.push([scrolled, now, inDocument]);
    }
    if (moved.length > 0) record.geometric += frameScore(moved, width, height);
    previous = current;
    record.frames++;
    requestAnimationFrame(sample);
  }
  if (!document.currentScript.hasAttribute('data-observer-only')) requestAnimationFrame(sample);
})();
</script>`;

const paragraph = (text) => `<p>${text}</p>`;
const LOREM = [
  'The harbour authority said on Monday that the breakwater would be finished before the autumn storms, two years after work began.',
  'Fishermen who moor inside the old wall have asked for a say in where the new channel markers go, and the authority has agreed to meet them.',
  'Tourism officials expect the works to bring more visitors to the promenade once the scaffolding comes down in the spring.',
];

function cardByAttributes(index) {
  const headline = [
    'Harbour wall repairs finish ahead of the storm season',
    'Night trains return to the mountain line this summer',
    'School gardens feed three hundred children a day',
    'New footbridge links the two halves of the old town',
    'Orchestra plays in the flooded theatre once again',
  ][index];
  return `<lede-article-card
    headline="${headline}"
    href="https://news.lede.example/attr/${index}"
    kicker="Region"
    summary="The work took eighteen months and kept the promenade open throughout, with crews on the water at night and divers checking the footings every week."
    published="2026-03-18T08:00:00Z"
    authors="Nino Beridze"
    sources="Reuters, AP"
    image-src="${image(`attr${index}`, 1600)}"
    image-srcset="${image(`attr${index}`, 400)} 400w, ${image(`attr${index}`, 800)} 800w, ${image(`attr${index}`, 1600)} 1600w"
    image-alt="Green hills under a morning sun"
    image-width="1600"
    image-height="900"
  ><a href="https://news.lede.example/attr/${index}">${headline}</a></lede-article-card>`;
}

const cardBySrc = (index) =>
  `<lede-article-card src="${api(`card-${index}.json`)}"><a href="https://news.lede.example/partner/${index}">Read the story on Lede News</a></lede-article-card>`;

/** The page's HTML; `script` and `css` say whether it loads the CDN script and the pre-upgrade stylesheet. */
export function partnerPageHtml({ script = true, css = true, geometry = true, scriptDelay = 1000 } = {}) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Partner Gazette</title>
${css ? '<link rel="stylesheet" href="/dist/cdn/lede-widgets.css">' : ''}
<style>
  body { margin: 0 auto; max-width: 70rem; padding: 1rem; font: 17px/1.6 Georgia, serif; color: #222; }
  .cards { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); margin: 1.5rem 0; }
</style>
${geometry ? LAYOUT_RECORDER : LAYOUT_RECORDER.replace('<script>', '<script data-observer-only>')}
${script ? `<script type="module" src="/test-partner/lede-widgets.js?delay=${scriptDelay}&amp;page=${Math.random()}"></script>` : ''}
</head>
<body>
<header><h1>The Partner Gazette</h1></header>
<lede-breaking-banner max-age="999999999" src="${api('banner.json')}"><a href="https://news.lede.example/live">Live: the latest from Lede News</a></lede-breaking-banner>
<main>
<h2 id="story">Harbour breakwater to be finished before the storms</h2>
${LOREM.map(paragraph).join('\n')}
<lede-source-credit sources="Reuters, Interfax, TASS" publisher="Lede News" publisher-href="https://lede.example/">With reporting by Reuters, Interfax, and TASS</lede-source-credit>
${LOREM.map(paragraph).join('\n')}
<section id="cards" class="cards">
${[0, 1, 2, 3, 4].map(cardByAttributes).join('\n')}
${[0, 1, 2, 3, 4].map(cardBySrc).join('\n')}
</section>
${paragraph('More from our partners below.')}
<lede-feed layout="grid" limit="4" src="${api('feed.json')}"><a href="https://news.lede.example/">More stories on Lede News</a></lede-feed>
${LOREM.map(paragraph).join('\n')}
<footer id="end"><p>The Partner Gazette, 2026.</p></footer>
</main>
<script>if (location.hash) document.querySelector(location.hash).scrollIntoView();</script>
</body>
</html>`;
}

export async function partnerPage(context, next) {
  if (context.path === '/test-partner/page.html') {
    const { script, css, geometry } = context.query;
    context.set('Cache-Control', 'no-store');
    context.type = 'text/html';
    context.body = partnerPageHtml({ script: script !== '0', css: css !== '0', geometry: geometry !== '0' });
    return;
  }
  if (context.path === '/test-partner/lede-widgets.js') {
    await sleep(Math.min(Number(context.query.delay ?? 0), 5000));
    context.set('Cache-Control', 'no-store');
    context.type = 'text/javascript';
    context.body = await readFile(join(process.cwd(), 'dist/cdn/lede-widgets.js'), 'utf8');
    return;
  }
  return next();
}
