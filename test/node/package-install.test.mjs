// The package as a developer installs it: `npm pack`, installed into a
// scratch project next to React 19, then imported in Node, type-checked,
// server-rendered, and rendered by React 19 in Chromium.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';

const ROOT = resolve('.');
const pkg = JSON.parse(execFileSync('npm', ['pkg', 'get', 'devDependencies'], { encoding: 'utf8' }));
let scratch;

function run(command, args, cwd = scratch) {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('the packed package, installed in a scratch project', { timeout: 300_000 }, () => {
  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'lede-widgets-consumer-'));
    run('npm', ['pack', '--silent', '--pack-destination', scratch], ROOT);
    const tarball = readdirSync(scratch).find((name) => name.endsWith('.tgz'));
    writeFileSync(
      join(scratch, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
    );
    run('npm', [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      `./${tarball}`,
      'react@19.3.1',
      'react-dom@19.3.1',
      `@lit-labs/ssr@${pkg['@lit-labs/ssr']}`,
    ]);
  });

  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('ships only what it should', () => {
    const files = run('npm', ['pack', '--dry-run', '--json'], ROOT);
    const names = JSON.parse(files)[0].files.map((file) => file.path);
    for (const expected of [
      'dist/index.js',
      'dist/index.d.ts',
      'dist/cdn/lede-widgets.js',
      'dist/cdn/integrity.json',
      'custom-elements.json',
      'dist/data/article.schema.json',
    ]) {
      assert.ok(names.includes(expected), expected);
    }
    assert.ok(
      !names.some(
        (name) => name.startsWith('test/') || name.startsWith('demo/') || name.startsWith('dist/demo/'),
      ),
    );
  });

  it('imports in Node, and server-renders with its own copy of Lit', () => {
    writeFileSync(
      join(scratch, 'ssr.mjs'),
      `import { LedeArticleCard, normalizeArticle } from 'lede-widgets';
       import 'lede-widgets/define';
       import { render } from '@lit-labs/ssr';
       import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
       import { html } from 'lit';
       if (customElements.get('lede-article-card') !== LedeArticleCard) throw new Error('not registered');
       if (normalizeArticle({ url: 'javascript:x' }).article.url !== undefined) throw new Error('gate open');
       console.log(await collectResult(render(html\`<lede-article-card headline="Installed and rendered"></lede-article-card>\`)));`,
    );
    const output = run('node', ['ssr.mjs']);
    assert.match(output, /<template shadowroot(mode)?="open"/);
    assert.match(output, /Installed and rendered/);
  });

  it('type-checks a TypeScript consumer: typed elements, events and Article', () => {
    writeFileSync(
      join(scratch, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ES2022',
          moduleResolution: 'bundler',
          strict: true,
          noEmit: true,
          lib: ['ES2023', 'DOM'],
          skipLibCheck: false,
          types: [],
        },
        files: ['consumer.ts'],
      }),
    );
    writeFileSync(
      join(scratch, 'consumer.ts'),
      `import 'lede-widgets/define';
       import { LedeArticleCard, LedeClickEvent, type Article } from 'lede-widgets';
       const card: LedeArticleCard = document.createElement('lede-article-card');
       const story: Article = { headline: 'Typed', sources: ['AP'] };
       card.article = story;
       card.headingLevel = 2;
       // @ts-expect-error a heading level is a number
       card.headingLevel = 'two';
       document.addEventListener('lede-click', (event) => {
         const typed: LedeClickEvent = event;
         const url: string | undefined = typed.detail.url;
         return url;
       });
       document.querySelector('lede-feed')?.setAttribute('limit', '3');
       export {};`,
    );
    // Our own TypeScript, pointed at the scratch project: resolution goes through its node_modules.
    run(join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json']);
  });

  it('renders the plain elements in React 19, properties and all', async () => {
    writeFileSync(
      join(scratch, 'react19.js'),
      `import 'lede-widgets/define';
       import { createElement, version } from 'react';
       import { createRoot } from 'react-dom/client';
       import { flushSync } from 'react-dom';
       const root = createRoot(document.getElementById('root'));
       window.clicks = [];
       flushSync(() => root.render(createElement('lede-article-card', {
         article: { headline: 'Rendered by React ' + version, url: 'https://news.lede.example/r19' },
         layout: 'compact',
         'onlede-click': (event) => window.clicks.push(event.detail.url),
       })));
       window.reactVersion = version;`,
    );
    const bundle = await build({
      absWorkingDir: scratch,
      entryPoints: ['react19.js'],
      bundle: true,
      write: false,
      format: 'iife',
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    const browser = await puppeteer.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.setContent('<!doctype html><html lang="en"><body><div id="root"></div></body></html>');
      await page.addScriptTag({ content: bundle.outputFiles[0].text });
      await page.waitForFunction(() =>
        document.querySelector('lede-article-card')?.shadowRoot?.querySelector('[part~="headline"]'),
      );
      const seen = await page.evaluate(() => {
        const card = document.querySelector('lede-article-card');
        // Follow the link without leaving the page, to see React's event prop fire.
        document.addEventListener('click', (event) => event.preventDefault());
        card.shadowRoot.querySelector('[part~="link"]').click();
        return {
          version: window.reactVersion,
          headline: card.shadowRoot.querySelector('[part~="headline"]').textContent,
          articleAttribute: card.getAttribute('article'),
          layout: card.getAttribute('layout'),
          clicks: window.clicks,
        };
      });
      assert.deepEqual(errors, []);
      assert.match(seen.version, /^19\./);
      assert.equal(seen.headline, `Rendered by React ${seen.version}`);
      assert.equal(seen.articleAttribute, null, 'React 19 sets the article as a property, not an attribute');
      assert.equal(seen.layout, 'compact');
      assert.deepEqual(
        seen.clicks,
        ['https://news.lede.example/r19'],
        'onlede-click is called with the event',
      );
    } finally {
      await browser.close();
    }
  });
});
