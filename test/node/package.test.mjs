// Checks on the package as developers receive it: the npm build in dist/
// (built by `npm test` before this runs), its metadata and its locales.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

describe('package', () => {
  it('states the same version in code as in package.json', async () => {
    const { VERSION } = await import('../../dist/version.js');
    assert.equal(VERSION, pkg.version);
  });

  it('keeps lit a bare import in the npm build, and inlines it in the CDN build', () => {
    const element = readFileSync('dist/source-credit/source-credit.js', 'utf8');
    assert.match(element, /from 'lit'/);
    for (const file of ['dist/cdn/lede-widgets.js', 'dist/cdn/lede-widgets.classic.js']) {
      const bundle = readFileSync(file, 'utf8');
      assert.doesNotMatch(bundle, /\bfrom\s*["']lit/, `${file} must not import lit`);
      assert.doesNotMatch(bundle, /\bimport\s*["']/, `${file} must be self-contained`);
      assert.match(bundle, /lede-source-credit/);
    }
  });

  it('ships templates without the whitespace between tags, in both builds', () => {
    // Indentation between tags would become text nodes in every element's shadow root.
    const indentedTag = /(html|css)`[^`]*\n\s+[<.:]/;
    for (const file of ['dist/article-card/article-card.js', 'dist/breaking-banner/breaking-banner.js']) {
      const module = readFileSync(file, 'utf8');
      assert.match(module, /html`</, `${file} should still hold its templates`);
      assert.doesNotMatch(module, indentedTag, file);
    }
    assert.doesNotMatch(readFileSync('dist/theme/base-styles.js', 'utf8'), indentedTag);
  });

  it('ships type declarations next to every module', () => {
    for (const module of [
      'index',
      'define',
      'source-credit/source-credit',
      'source-credit/define',
      'photo/photo',
      'article-card/article-card',
      'article-card/define',
      'breaking-banner/breaking-banner',
      'breaking-banner/define',
      'feed/feed',
      'feed/define',
      'react/index',
      'photo/define',
    ]) {
      assert.ok(existsSync(`dist/${module}.js`), `dist/${module}.js`);
      assert.ok(existsSync(`dist/${module}.d.ts`), `dist/${module}.d.ts`);
    }
  });

  it('imports in Node without a browser and without registering anything', async () => {
    const api = await import('../../dist/index.js');
    assert.equal(typeof api.LedeSourceCredit, 'function');
    assert.equal(api.safeUrl('javascript:alert(1)'), undefined);
    assert.equal(api.normalizeArticle({ headline: ' A ' }).article.headline, 'A');
    // Lit's Node build provides a registry shim; the side-effect-free entry must leave it empty.
    assert.equal(globalThis.customElements?.get('lede-source-credit'), undefined);
    await import('../../dist/define.js');
    assert.equal(globalThis.customElements.get('lede-source-credit'), api.LedeSourceCredit);
  });
});

describe('exports map', () => {
  it('points every entry at a file the build wrote', () => {
    for (const [entry, target] of Object.entries(pkg.exports)) {
      if (entry.includes('*')) continue;
      for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
        assert.ok(existsSync(file), `${entry} → ${file}`);
      }
    }
  });
});

describe('language packs for bundlers', () => {
  it("registers a pack up front with `import 'lede-widgets/locales/ka'`", async () => {
    const { packFor } = await import('../../dist/i18n/registry.js');
    assert.equal(packFor('ka'), undefined);
    await import('lede-widgets/locales/ka');
    assert.equal(packFor('ka').strings.breaking, 'სასწრაფო ამბავი');
  });

  it('marks only the registering entries as side effects, not the packs the lazy path imports', () => {
    assert.ok(pkg.sideEffects.includes('./dist/locales/*.js'));
    assert.ok(!pkg.sideEffects.some((pattern) => pattern.includes('i18n')));
  });

  it('leaves the lazy path to bundlers: one static dynamic import per pack, of a module that only exports data', () => {
    const lazy = readFileSync('dist/i18n/pack-imports.js', 'utf8');
    const tags = readdirSync('translations')
      .map((name) => name.replace('.json', ''))
      .filter((tag) => tag !== 'en');
    for (const tag of tags) {
      assert.match(lazy, new RegExp(`import\\('\\./packs/${tag}\\.js'\\)`), tag);
      const pack = readFileSync(`dist/i18n/packs/${tag}.js`, 'utf8');
      assert.doesNotMatch(pack, /^import /m, tag);
    }
  });
});
