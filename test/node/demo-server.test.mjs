// `npm start` as a designer runs it: its build leaves dist/ alone (`npm
// test`'s build, and the static demo a browser test needs, may be there), the
// files it serves for the embed code match their integrity hashes, and the
// page shows nothing in the browser's console — no warning (not even Lit's
// dev-mode one), no error, no failed request — in Chromium and Firefox.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEMO_SERVER_BUILD } from '../../scripts/build-demo-server.mjs';
import { integrityOf } from '../../scripts/cdn-integrity.mjs';
import { BROWSERS } from '../support/example-pages.mjs';

/** Every file under `dir`, with its size and modification time. */
function snapshot(dir) {
  if (!existsSync(dir)) return {};
  const files = readdirSync(dir, { recursive: true }).filter((name) => statSync(join(dir, name)).isFile());
  return Object.fromEntries(
    files.map((name) => {
      const { size, mtimeMs } = statSync(join(dir, name));
      return [name, `${size} bytes, modified ${mtimeMs}`];
    }),
  );
}

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Waits until the page has settled: the playground built, every feed's cards and every credit shown. */
function settled() {
  const shown = (el, part) => el?.shadowRoot?.querySelector(`[part~="${part}"]`) != null;
  return (
    (document.querySelector('#playground-embed')?.textContent ?? '').includes('<script') &&
    shown(document.querySelector('#playground-preview > *'), 'headline') &&
    [...document.querySelectorAll('lede-feed')].every(
      (feed) => feed.shadowRoot?.querySelectorAll('lede-article-card').length >= 3,
    ) &&
    [...document.querySelectorAll('.gallery lede-source-credit[lang]')].every((el) => shown(el, 'base')) &&
    shown(document.querySelector('lede-breaking-banner[src]'), 'headline')
  );
}

describe('npm start', () => {
  const distBefore = snapshot('dist');
  let server;
  let origin;
  let output = '';

  before(
    async () => {
      const port = await freePort();
      // Its own process group, so that `after` ends npm, the shell and the server together.
      server = spawn('npm', ['start'], {
        env: { ...process.env, CI: '1', PORT: String(port) },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
      const exited = new Promise((resolve) => server.once('exit', resolve));
      const ready = new Promise((resolve) => {
        const read = (chunk) => {
          output += chunk;
          if (output.includes('The demo is ready')) resolve();
        };
        server.stdout.on('data', read);
        server.stderr.on('data', read);
      });
      await Promise.race([
        ready,
        exited.then((code) => assert.fail(`npm start exited (${code}):\n${output}`)),
      ]);
      origin = `http://localhost:${port}`;
    },
    { timeout: 180_000 },
  );

  after(() => {
    if (server?.exitCode === null) process.kill(-server.pid);
  });

  it('builds what the demo embeds outside dist/, and leaves dist/ as it was', async () => {
    assert.deepEqual(snapshot('dist'), distBefore);
    // The embed code's hashes are those of the files the release build makes from this source.
    const integrity = await (await fetch(`${origin}/demo/integrity.json`)).json();
    for (const file of ['lede-widgets.js', 'lede-widgets.css']) {
      const built = readFileSync(`${DEMO_SERVER_BUILD}/cdn/${file}`);
      assert.equal(integrity[file], integrityOf(built), file);
      if (existsSync(`dist/cdn/${file}`)) assert.deepEqual(built, readFileSync(`dist/cdn/${file}`), file);
    }
    const manifest = await (await fetch(`${origin}/demo/custom-elements.json`)).json();
    const tags = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
    assert.equal(tags.length, 5, 'custom-elements.json lists the five elements');
  });

  for (const [name, launch] of Object.entries(BROWSERS)) {
    it(`serves a demo page with nothing in the console (${name})`, { timeout: 120_000 }, async () => {
      const browser = await launch();
      try {
        const page = await browser.newPage();
        await page.setViewport({ width: 1280, height: 900 });
        const problems = [];
        page.on('console', (message) => {
          if (['error', 'warn', 'warning'].includes(message.type()))
            problems.push(`console.${message.type()}: ${message.text()}`);
        });
        page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
        page.on('response', (response) => {
          if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
        });
        page.on('requestfailed', (request) =>
          problems.push(`failed (${request.failure()?.errorText}): ${request.url()}`),
        );
        await page.goto(`${origin}/demo/`, { waitUntil: 'load' });
        await page.waitForFunction(settled, { timeout: 60_000, polling: 100 });
        // Every lazy image too: down the page a screen at a time, until the last has loaded.
        await page.evaluate(async () => {
          for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
            scrollTo(0, y);
            await new Promise((resolve) => requestAnimationFrame(resolve));
          }
        });
        await page.waitForFunction(
          () =>
            [...document.querySelectorAll('lede-photo')].every(
              (photo) => photo.shadowRoot.querySelector('[part~="frame"]').dataset.status === 'loaded',
            ),
          { timeout: 30_000, polling: 100 },
        );
        assert.deepEqual(problems, []);
      } finally {
        await browser.close();
      }
    });
  }
});
