// The React 18 wrappers (lede-widgets/react) in an app as a developer makes
// one: `npm create vite` with the react-ts template, moved to React 18 and
// its types, the package installed from `npm pack`, built with the
// template's own `tsc -b && vite build`, and run in Chromium. The server has
// lost the Georgian language pack, so the credit falls back to English and
// fires lede-error, which the wrapper's onLedeError must hear.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../support/example-pages.mjs';
import {
  buildApp,
  clickShadowLink,
  createReactApp,
  openApp,
  packInto,
  pinned,
  serveStatic,
} from '../support/vite-app.mjs';

const MAIN = `import { version } from 'react';
import { createRoot } from 'react-dom/client';
import { LedeArticleCard, LedeSourceCredit } from 'lede-widgets/react';

const story = { headline: 'Rendered by the React wrapper', url: 'https://news.example/wrapped' };

createRoot(document.getElementById('root')!).render(
  <>
    <p id="react-version">{version}</p>
    <LedeArticleCard article={story} onLedeClick={(event) => console.log(\`lede-click \${event.detail.url}\`)} />
    <LedeSourceCredit
      lang="ka"
      sources="Reuters, Interfax, TASS"
      onLedeError={(event) => console.log(\`lede-error \${event.detail.reason}\`)}
    />
  </>,
);
`;

describe('a React 18 app with the wrappers', { timeout: 300_000 }, () => {
  let scratch;
  let app;

  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'lede-widgets-react18-'));
    app = createReactApp(scratch, 'react18-app', packInto(scratch), [
      `react@${pinned('react')}`,
      `react-dom@${pinned('react-dom')}`,
      `@types/react@${pinned('@types/react')}`,
      `@types/react-dom@${pinned('@types/react-dom')}`,
    ]);
  });

  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('type-checks with tsc -b and builds with Vite: sources as text, onLedeError on the credit', () => {
    writeFileSync(join(app, 'src/main.tsx'), MAIN);
    buildApp(app);
  });

  it('shows the card and the credit in Chromium, and calls onLedeClick and onLedeError', async () => {
    // Vite names each language pack's chunk after its module: locales/ka.js → assets/ka-<hash>.js.
    const server = await serveStatic(join(app, 'dist'), (path) => /^\/assets\/ka-[\w-]+\.js$/.test(path));
    const browser = await launchChromium();
    try {
      const { page, logged, errors } = await openApp(
        browser,
        server.origin,
        () =>
          document.querySelector('lede-article-card')?.shadowRoot?.querySelector('[part~="link"]') &&
          document.querySelector('lede-source-credit')?.shadowRoot?.querySelector('[part~="sources"]'),
      );
      const seen = await page.evaluate(() => {
        const link = document.querySelector('lede-article-card').shadowRoot.querySelector('[part~="link"]');
        const credit = document
          .querySelector('lede-source-credit')
          .shadowRoot.querySelector('[part~="sources"]');
        return {
          version: document.getElementById('react-version').textContent,
          link: { text: link.textContent, href: link.getAttribute('href') },
          credit: credit.textContent,
        };
      });
      await clickShadowLink(page, 'lede-article-card', 'link');
      assert.deepEqual(errors, []);
      assert.match(seen.version, /^18\./);
      assert.deepEqual(seen.link, {
        text: 'Rendered by the React wrapper',
        href: 'https://news.example/wrapped',
      });
      assert.equal(
        seen.credit,
        'With reporting by Reuters, Interfax, and TASS',
        'sources="Reuters, Interfax, TASS" lists three agencies, in English once the Georgian pack failed',
      );
      const ours = logged.filter((line) => line.startsWith('log: lede-'));
      assert.deepEqual(ours, ['log: lede-error language', 'log: lede-click https://news.example/wrapped']);
    } finally {
      await browser.close();
      server.close();
    }
  });
});
