// The package as a developer installs it: `npm pack`, installed into a fresh
// app made with `npm create vite` (the react-ts template: React 19,
// TypeScript 7, Vite 8), then imported in Node, type-checked,
// server-rendered, and the README's React 19 recipe built with the
// template's own `tsc -b && vite build` and run in Chromium. The docs'
// JavaScript and TypeScript examples run there too: type-checked against the
// package's declarations, the server-rendering ones run in Node, the others
// built by Vite as a partner's app would be and run in Chromium.
// test/node/react18-app.test.mjs does the same for React 18 and the wrappers.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { allSnippets, EXTENSIONS, slug, where } from '../support/doc-snippets.mjs';
import { CAPTURE_PROBLEMS, launchChromium, runExamplePages, serve } from '../support/example-pages.mjs';
import { STRICT_COMPILER_OPTIONS } from '../support/vite-app.mjs';
import {
  buildApp,
  clickShadowLink,
  createReactApp,
  openApp,
  packInto,
  pinned,
  run as runIn,
  serveStatic,
} from '../support/vite-app.mjs';

const ROOT = resolve('.');
let scratch;
let app;

const run = (command, args, cwd = app) => runIn(command, args, cwd);

describe('the packed package, installed in a scratch project', { timeout: 300_000 }, () => {
  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'lede-widgets-consumer-'));
    // Preact, to type-check its JSX types beside React's.
    app = createReactApp(scratch, 'react19-app', packInto(scratch), [
      `@lit-labs/ssr@${pinned('@lit-labs/ssr')}`,
      'preact@11.2.0',
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
      'dist/jsx/elements.d.ts',
      'dist/jsx/react.d.ts',
      'dist/jsx/preact.d.ts',
      'dist/jsx/solid.d.ts',
      'dist/jsx/solid2.d.ts',
      'dist/jsx/vue.d.ts',
      'dist/editors/vscode.html-custom-data.json',
      'dist/editors/vscode.css-custom-data.json',
      'dist/editors/web-types.json',
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
      join(app, 'ssr.mjs'),
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
      join(app, 'tsconfig.consumer.json'),
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
      join(app, 'consumer.ts'),
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
    run(join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.consumer.json']);
  });

  describe("the README's React 19 recipe, as the template's src/main.tsx", () => {
    const recipe = allSnippets(ROOT).find(
      (snippet) => snippet.file === 'README.md' && snippet.code.includes('onlede-click'),
    );

    it('type-checks with tsc -b and builds with Vite: the tags and their handlers are typed', () => {
      assert.ok(recipe, 'the README shows React 19 with an onlede-click handler');
      writeFileSync(join(app, 'src/main.tsx'), recipe.code);
      buildApp(app);
    });

    it('shows the card in Chromium, its article set as a property, and calls onlede-click', async () => {
      const server = await serveStatic(join(app, 'dist'));
      const browser = await launchChromium();
      try {
        const { page, logged, errors } = await openApp(browser, server.origin, () =>
          document.querySelector('lede-article-card')?.shadowRoot?.querySelector('[part~="link"]'),
        );
        const seen = await page.evaluate(() => {
          const card = document.querySelector('lede-article-card');
          const link = card.shadowRoot.querySelector('[part~="link"]');
          return {
            link: { text: link.textContent, href: link.getAttribute('href') },
            articleAttribute: card.getAttribute('article'),
            layout: card.getAttribute('layout'),
          };
        });
        await clickShadowLink(page, 'lede-article-card', 'link');
        assert.deepEqual(errors, []);
        assert.deepEqual(seen.link, { text: 'Lake ferry returns', href: 'https://news.example/ferry' });
        assert.equal(
          seen.articleAttribute,
          null,
          'React 19 sets the article as a property, not an attribute',
        );
        assert.equal(seen.layout, 'horizontal');
        assert.deepEqual(
          logged,
          ['log: https://news.example/ferry'],
          "the recipe's onlede-click handler logs event.detail.url",
        );
      } finally {
        await browser.close();
        server.close();
      }
    });
  });

  describe('the JSX types', () => {
    const typeCheck = (file, code, compilerOptions) => {
      writeFileSync(join(app, `${file}.tsx`), code);
      writeFileSync(
        join(app, `tsconfig.${file}.json`),
        JSON.stringify({
          compilerOptions: { ...STRICT_COMPILER_OPTIONS, ...compilerOptions },
          files: [`${file}.tsx`],
        }),
      );
      try {
        run(join(app, 'node_modules/.bin/tsc'), ['-p', `tsconfig.${file}.json`]);
      } catch (error) {
        assert.fail(`${file}.tsx does not type-check:\n${error.stdout}${error.stderr}`);
      }
    };

    // Each @ts-expect-error is a mistake the types must catch: tsc fails if one is accepted.
    const usage = (framework) => `import type {} from 'lede-widgets/${framework}-jsx';
      import type { LedeArticleCard } from 'lede-widgets';
      export const story = { headline: 'Typed', url: 'https://news.example/typed' };
      export const ok = (ref: { current: LedeArticleCard | null }) => (
        <>
          <lede-article-card
            ref={ref}
            article={story}
            layout="compact"
            heading-level="2"
            image-src="https://img.example/typed.jpg"
            onlede-click={(event) => {
              const url: string | undefined = event.detail.url;
              return url;
            }}
          />
          <lede-photo src="https://img.example/typed.jpg" alt="" width={1600} height={900} />
          <lede-breaking-banner items={[story]} onlede-dismiss={(event) => event.detail.id} />
          <lede-source-credit
            sources="Reuters, Interfax, TASS"
            creditPrefix="Sources:"
            onlede-error={(event) => event.detail.reason}
          />
          <lede-feed src="https://news.example/world/rss.xml" limit={6} card-layout="compact" />
        </>
      );
      export const mistakes = (
        <>
          {/* @ts-expect-error not a layout */}
          <lede-article-card layout="sideways" />
          {/* @ts-expect-error a heading level is a number */}
          <lede-article-card heading-level="two" />
          {/* @ts-expect-error updated() is LitElement's: the property is updatedAt */}
          <lede-article-card updated="2026-03-21T09:30:00Z" />
          {/* @ts-expect-error prefix is Element's own, read-only: the property is creditPrefix */}
          <lede-source-credit prefix="Sources:" />
          {/* @ts-expect-error lede-click's detail has no headline */}
          <lede-article-card onlede-click={(event) => event.detail.headline} />
          {/* @ts-expect-error a property keeps its type: React sets it as given */}
          <lede-photo width="1600" />
          {/* @ts-expect-error an article is an object */}
          <lede-article-card article="Lake ferry returns" />
        </>
      );`;

    it('React 19: lede-widgets/react-jsx', () => {
      typeCheck('react-jsx', usage('react'), { jsx: 'react-jsx' });
    });

    it('Preact: lede-widgets/preact-jsx', () => {
      typeCheck('preact-jsx', usage('preact'), { jsx: 'react-jsx', jsxImportSource: 'preact' });
    });
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
      mkdirSync(join(app, 'examples'));
      for (const snippet of examples) {
        // `export {}` keeps each example a module of its own, as it would be in an app.
        writeFileSync(join(app, 'examples', fileOf(snippet)), `${snippet.code}export {};\n`);
      }
    });

    it('has examples in the README', () => {
      assert.ok(examples.filter((s) => s.file === 'README.md').length >= 5);
    });

    it('type-check against the package', () => {
      // JSX examples too, with React 19's types (the template's) and ours from lede-widgets/react-jsx.
      const files = examples.map((s) => `examples/${fileOf(s)}`);
      writeFileSync(
        join(app, 'tsconfig.examples.json'),
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
            jsx: 'react-jsx',
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
          join(app, 'examples', pages[i]),
          `<!doctype html><html lang="en"><head><meta charset="utf-8">${CAPTURE_PROBLEMS}</head>` +
            `<body><div id="root"></div><script type="module" src="./${fileOf(snippet)}"></script></body></html>`,
        ),
      );
      writeFileSync(
        join(app, 'build-examples.mjs'),
        `import { build } from 'vite';
         await build({
           root: 'examples',
           logLevel: 'warn',
           build: { outDir: 'dist', rollupOptions: { input: ${JSON.stringify(pages.map((page) => `examples${page}`))} } },
         });`,
      );
      run('node', ['build-examples.mjs']);
      const dist = join(app, 'examples/dist');
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
