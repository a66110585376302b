// The package as a partner and a developer receive it: CDN integrity, the
// custom-elements manifest, the JSON Schema, and packaging lint.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { publint } from 'publint';
import { withShortPrivateNames } from '../../scripts/build-css.mjs';
import { integrityOf } from '../../scripts/cdn-integrity.mjs';
import { checkManifest } from '../../scripts/check-manifest.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

describe('CDN', () => {
  it('lists an integrity hash that matches the bytes of every CDN file', () => {
    const integrity = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
    assert.deepEqual(Object.keys(integrity).sort(), [
      'lede-widgets.classic.js',
      'lede-widgets.css',
      'lede-widgets.js',
    ]);
    for (const [file, hash] of Object.entries(integrity)) {
      assert.match(hash, /^sha384-[A-Za-z0-9+/]{64}$/);
      assert.equal(hash, integrityOf(readFileSync(`dist/cdn/${file}`)), file);
    }
  });

  it("names the pre-upgrade stylesheet's own variables --_0, --_1…, out of a page's way", () => {
    assert.equal(
      withShortPrivateNames('a{--line:1lh;--lede-gap:var(--line)}b{--feed-limit:2;--n:var(--line)}'),
      'a{--_0:1lh;--lede-gap:var(--_0)}b{--_1:2;--_2:var(--_0)}',
    );
    const names = new Set(readFileSync('dist/cdn/lede-widgets.css', 'utf8').match(/--[\w-]+/g));
    assert.deepEqual(
      [...names].filter((name) => !/^--(lede-[a-z-]+|_\d+)$/.test(name)),
      [],
    );
  });
});

describe('custom-elements.json', () => {
  it('is referenced by package.json and describes all five elements', () => {
    assert.equal(pkg.customElements, 'custom-elements.json');
    const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
    const tags = manifest.modules.flatMap((module) =>
      (module.declarations ?? []).filter((d) => d.customElement).map((d) => d.tagName),
    );
    assert.deepEqual(tags.sort(), [
      'lede-article-card',
      'lede-breaking-banner',
      'lede-feed',
      'lede-photo',
      'lede-source-credit',
    ]);
  });

  it('documents every part each element renders and every event it fires, and nothing else', () => {
    assert.deepEqual(checkManifest(), []);
  });
});

// That the schema is the one generated from src/data/article.ts: article-declaration.test.mjs.
describe('the Article JSON Schema', () => {
  it('is exported from the package, as generated', () => {
    assert.equal(pkg.exports['./article.schema.json'], './dist/data/article.schema.json');
    assert.equal(
      readFileSync('dist/data/article.schema.json', 'utf8'),
      readFileSync('src/data/article.schema.json', 'utf8'),
    );
  });
});

describe('packaging', () => {
  it('is clean by publint', async () => {
    const { messages } = await publint({ pkgDir: '.', level: 'suggestion', strict: true });
    assert.deepEqual(
      messages.map((message) => `${message.type}: ${message.code} ${JSON.stringify(message.args)}`),
      [],
    );
  });

  it('marks only the registering modules as having side effects', () => {
    assert.deepEqual(pkg.sideEffects.sort(), [
      './dist/*/define.js',
      './dist/cdn.js',
      './dist/cdn/*',
      './dist/define.js',
      // Language packs register their language when imported (`import 'lede-widgets/locales/ka'`).
      './dist/locales/*.js',
      './dist/react/index.js',
      './src/*/define.ts',
      './src/cdn.ts',
      './src/define.ts',
      './src/locales/*.ts',
      './src/react/index.ts',
    ]);
    const index = readFileSync('dist/index.js', 'utf8');
    assert.doesNotMatch(index, /define\.js|customElements\.define/);
  });
});
