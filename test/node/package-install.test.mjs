// The package as a developer installs it: `npm pack`, installed into a
// scratch project next to React 19 and Vite, then imported in Node,
// type-checked, server-rendered, and rendered by React 19 in Chromium. The
// docs' JavaScript and TypeScript examples run there too: type-checked
// against the package's declarations, the server-rendering ones run in Node,
// the others built by Vite as a partner's app would be and run in Chromium.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { allSnippets, EXTENSIONS, slug, where } from '../support/doc-snippets.mjs';
import { CAPTURE_PROBLEMS, launchChromium, runExamplePages, serve } from '../support/example-pages.mjs';

const ROOT = resolve('.');
// The newest Vite that runs on Node 20 (see TOOLCHAIN.md).
const VITE = '8.3.8';
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
      `vite@${VITE}`,
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
    const browser = await launchChromium();
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

  describe("the docs' JavaScript and TypeScript examples", () => {
    const examples = allSnippets(ROOT).filter((snippet) => snippet.kind === 'script' && !snippet.notRun);
    const rendersOnServer = (snippet) => /from '@lit-labs\/ssr'/.test(snippet.code);
    const fileOf = (snippet) => `${slug(snippet)}.${EXTENSIONS[snippet.lang]}`;

    /** A tsc message about `examples/<file>(line,column)` as the doc's file and line. */
    function inDocs(message) {
      const at = message.match(/^examples\/([^(]+)\((\d+),\d+\)/);
      const snippet = at && examples.find((s) => fileOf(s) === at[1]);
      return snippet
        ? `${snippet.file}:${snippet.line + Number(at[2])}${message.slice(at[0].length)}`
        : message;
    }

    before(() => {
      mkdirSync(join(scratch, 'examples'));
      for (const snippet of examples) {
        // `export {}` keeps each example a module of its own, as it would be in an app.
        writeFileSync(join(scratch, 'examples', fileOf(snippet)), `${snippet.code}export {};\n`);
      }
    });

    it('has examples in the README', () => {
      assert.ok(examples.filter((s) => s.file === 'README.md').length >= 5);
    });

    it('type-check against the package', () => {
      // JSX examples are run below, not type-checked: React 19's types do not know our tags.
      const files = examples.filter((s) => !s.lang.endsWith('x')).map((s) => `examples/${fileOf(s)}`);
      writeFileSync(
        join(scratch, 'tsconfig.examples.json'),
        JSON.stringify({
          compilerOptions: {
            target: 'ES2022',
            module: 'ESNext',
            moduleResolution: 'bundler',
            strict: true,
            allowJs: true,
            checkJs: true,
            noEmit: true,
            skipLibCheck: true,
            lib: ['ES2023', 'DOM', 'DOM.Iterable'],
            types: [],
          },
          files,
        }),
      );
      let messages = [];
      try {
        run(join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.examples.json']);
      } catch (error) {
        messages = error.stdout.split('\n').filter((line) => line.trim());
      }
      assert.deepEqual(messages.map(inDocs), []);
    });

    it('render on the server in Node', () => {
      const server = examples.filter(rendersOnServer);
      assert.ok(server.length > 0, 'the README shows server rendering');
      for (const snippet of server) {
        let output;
        try {
          output = run('node', [`examples/${fileOf(snippet)}`]);
        } catch (error) {
          assert.fail(`${where(snippet)}: ${error.stderr}`);
        }
        assert.match(output, /<template shadowroot(mode)?="open"/, where(snippet));
      }
    });

    it('build with Vite and run in Chromium', async () => {
      const inBrowser = examples.filter((snippet) => !rendersOnServer(snippet));
      const pages = inBrowser.map((snippet) => `/${slug(snippet)}.html`);
      inBrowser.forEach((snippet, i) =>
        writeFileSync(
          join(scratch, 'examples', pages[i]),
          `<!doctype html><html lang="en"><head><meta charset="utf-8">${CAPTURE_PROBLEMS}</head>` +
            `<body><div id="root"></div><script type="module" src="./${fileOf(snippet)}"></script></body></html>`,
        ),
      );
      writeFileSync(
        join(scratch, 'build-examples.mjs'),
        `import { build } from 'vite';
         await build({
           root: 'examples',
           logLevel: 'warn',
           build: { outDir: 'dist', rollupOptions: { input: ${JSON.stringify(pages.map((page) => `examples${page}`))} } },
         });`,
      );
      run('node', ['build-examples.mjs']);
      const dist = join(scratch, 'examples/dist');
      const server = await serve(pages, (path, response) => {
        const file = join(dist, path);
        if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) return false;
        const type = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript' }[extname(file)];
        response.writeHead(200, { 'content-type': type ?? 'application/octet-stream' });
        response.end(readFileSync(file));
      });
      let results;
      try {
        results = await runExamplePages(server.origin, pages);
      } finally {
        server.close();
      }
      const failures = inBrowser.flatMap((snippet, i) => [
        ...results[i].notUpgraded.map((tag) => `${where(snippet)}: <${tag}> did not upgrade`),
        ...results[i].problems.map((problem) => `${where(snippet)}: ${problem}`),
      ]);
      assert.deepEqual(failures, []);
    });
  });
});
