// Runs the docs' examples as pages: each example is a page of its own, shown
// in a frame of one page in one Chromium, so a handful of examples cost one
// browser start. Nothing leaves this machine: the examples' made-up hosts
// (news.example, img.example…) answer with the demo's sample data, and
// anything else is blocked.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

/** Put first in each example page: records what would show in the console as a problem. */
export const CAPTURE_PROBLEMS = `<script>
  window.exampleProblems = [];
  addEventListener('error', (event) => exampleProblems.push('uncaught: ' + event.message));
  addEventListener('unhandledrejection', (event) => exampleProblems.push('unhandled rejection: ' + event.reason));
  addEventListener('lede-error', (event) => exampleProblems.push('lede-error: ' + event.detail.message));
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = (...args) => {
      exampleProblems.push('console.' + level + ': ' + args.join(' '));
      original.apply(console, args);
    };
  }
</script>`;

/**
 * A loopback server for `handler(path, response)` (which returns false for
 * what it does not have), whose `/` shows each of `pages` in a frame.
 * Resolves to its origin and a `close()`.
 */
export async function serve(pages, handler) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const frames = pages.map(
        (page) => `<iframe src="${page}" style="width: 800px; height: 600px"></iframe>`,
      );
      response.end(`<!doctype html><html lang="en"><body>${frames.join('')}</body></html>`);
    } else if (handler(path, response) === false) {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

const DEMO = resolve(import.meta.dirname, '../../demo');

/** The answer of a made-up `*.example` host: a story, a feed or a picture from the demo's samples. */
function sampleAnswer(url) {
  const { hostname, pathname } = new URL(url);
  if (!hostname.endsWith('.example')) return undefined;
  if (/\.(jpe?g|png|webp|avif|svg)$/.test(pathname)) {
    return { contentType: 'image/svg+xml', body: readFileSync(`${DEMO}/assets/valley.svg`) };
  }
  if (pathname.endsWith('/breaking.json')) {
    // Recent, or the banner would rightly hide it as too old.
    const story = {
      id: 'sample-breaking',
      headline: 'Bridge reopens',
      url: 'https://news.example/live',
      published: new Date().toISOString(),
    };
    return { contentType: 'application/json', body: JSON.stringify(story) };
  }
  if (pathname.endsWith('.json'))
    return { contentType: 'application/json', body: readFileSync(`${DEMO}/data/ferry.json`) };
  if (pathname.endsWith('.xml'))
    return { contentType: 'application/rss+xml', body: readFileSync(`${DEMO}/data/world.rss`) };
  return undefined;
}

/** Debian's Chromium, headless, kept off the network (the tests and the benchmarks launch it this one way). */
export function launchChromium() {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** Debian's Firefox ESR, headless, driven through WebDriver BiDi. */
export function launchFirefox() {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
  });
}

export const BROWSERS = { chromium: launchChromium, firefox: launchFirefox };

/**
 * Opens the server's `pages`, each in a frame of its `/`, waits until the
 * `lede-*` elements in each have upgraded and rendered, and resolves to each
 * page's `{ tags, attributes, notUpgraded, problems }`, in the order of `pages`.
 */
export async function runExamplePages(origin, pages, launch = launchChromium) {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().startsWith(origin)) return request.continue();
      const answer = sampleAnswer(request.url());
      if (!answer) return request.abort('blockedbyclient');
      return request.respond({
        status: 200,
        contentType: answer.contentType,
        headers: { 'access-control-allow-origin': '*' },
        body: answer.body,
      });
    });
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    const results = [];
    for (const frame of page.mainFrame().childFrames()) {
      results[pages.indexOf(frame.url().slice(origin.length))] = await frame.evaluate(async () => {
        const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('lede-'));
        const tags = [...new Set(elements.map((el) => el.localName))];
        const timeout = new Promise((resolve) => setTimeout(resolve, 30_000, 'timeout'));
        const defined = await Promise.race([
          Promise.all(tags.map((t) => customElements.whenDefined(t))),
          timeout,
        ]);
        if (defined !== 'timeout') await Promise.all(elements.map((el) => el.updateComplete));
        return {
          tags,
          attributes: elements.map((el) => [el.localName, el.getAttributeNames()]),
          notUpgraded: elements
            .filter((el) => !customElements.get(el.localName) || !el.shadowRoot)
            .map((el) => el.localName),
          problems: window.exampleProblems ?? ['the page did not load'],
        };
      });
    }
    return results;
  } finally {
    await browser.close();
  }
}
