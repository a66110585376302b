// The language packs as built: generated from the translators' files and
// CLDR, complete, covered by Subresource Integrity through the CDN file's one
// built-in hash (test/node/architecture.test.mjs checks that no module of src/ imports in a circle).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  CLDR_VERSION,
  generate,
  integrityOf,
  packTags,
  readTranslation,
  syncedTranslation,
  translationProblems,
  translationTags,
} from '../../scripts/build-locales.mjs';
import { expectations } from '../../scripts/cldr-expectations.mjs';

const english = readTranslation('en');

describe('language packs', () => {
  it('are what scripts/build-locales.mjs makes from the translations and CLDR, review table included', () => {
    for (const [path, text] of Object.entries(generate()))
      assert.equal(readFileSync(path, 'utf8'), text, path);
  });

  it('say which CLDR they were built from', () => {
    assert.match(
      readFileSync('src/i18n/packs/ka.ts', 'utf8'),
      new RegExp(`CLDR ${CLDR_VERSION.replace(/\./g, '\\.')}`),
    );
  });

  it('are each named in the manifest by the hash of their bytes', () => {
    const manifest = JSON.parse(readFileSync('dist/cdn/locales/manifest.json', 'utf8'));
    assert.deepEqual(Object.keys(manifest).sort(), packTags());
    for (const [tag, integrity] of Object.entries(manifest)) {
      assert.equal(integrityOf(readFileSync(`dist/cdn/locales/${tag}.json`)), integrity, tag);
    }
  });

  it("are reached from the CDN files through the manifest's hash, built into each", () => {
    const integrity = integrityOf(readFileSync('dist/cdn/locales/manifest.json'));
    for (const file of ['lede-widgets.js', 'lede-widgets.classic.js']) {
      assert.ok(readFileSync(`dist/cdn/${file}`, 'utf8').includes(integrity), file);
    }
  });

  it('carry no pack into the CDN file: English only', () => {
    const cdn = readFileSync('dist/cdn/lede-widgets.js', 'utf8');
    for (const tag of ['ru', 'ka', 'fa']) {
      const { strings } = JSON.parse(readFileSync(`dist/cdn/locales/${tag}.json`, 'utf8'));
      assert.ok(!cdn.includes(strings.breaking), `${tag}: ${strings.breaking}`);
    }
    assert.ok(cdn.includes(english.breaking.text));
    assert.ok(!readdirSync('dist/cdn').some((name) => name.endsWith('.js') && name.includes('-chunk')));
  });

  it('name their data for what it is, on the wire as in the modules', () => {
    const ka = JSON.parse(readFileSync('dist/cdn/locales/ka.json', 'utf8'));
    assert.deepEqual(Object.keys(ka), ['strings', 'cldr']);
    assert.deepEqual(Object.keys(ka.cldr), ['digits', 'dates', 'relativeTime', 'lists']);
    assert.equal(ka.cldr.dates.monthsWide[2], 'მარტი');
    assert.equal(ka.cldr.relativeTime.past.minute.other, '{0} წუთის წინ');
    assert.deepEqual(ka.cldr.lists, {
      pair: '{0} და {1}',
      start: '{0}, {1}',
      middle: '{0}, {1}',
      end: '{0} და {1}',
    });
    assert.equal(JSON.parse(readFileSync('dist/cdn/locales/fa.json', 'utf8')).cldr, undefined);
  });
});

describe('the translations', () => {
  it('translate every English string, keeping its placeholders, described as English describes it', () => {
    assert.ok(translationTags().length >= 30);
    for (const tag of translationTags())
      assert.deepEqual(translationProblems(tag, readTranslation(tag)), [], tag);
  });

  it('stop the build, naming the file and key, when one is incomplete or wrong', () => {
    const ka = readTranslation('ka');
    delete ka.live;
    ka.reportingBy = { ...ka.reportingBy, text: 'წყაროები' };
    ka.breaking = { ...ka.breaking, description: 'Something else' };
    ka.dismiss = { text: ka.dismiss.text, description: ka.dismiss.description };
    ka.headline = { text: 'სათაური', description: 'x', reviewed: false };
    assert.deepEqual(translationProblems('ka', ka), [
      `translations/ka.json: "reportingBy" must keep English's placeholders (With reporting by {list})`,
      'translations/ka.json: "breaking" is described differently from English: run `node scripts/build-locales.mjs --sync`',
      `translations/ka.json: "live" is missing (translate English's "Live")`,
      'translations/ka.json: "dismiss" needs "reviewed": true or false',
      `translations/ka.json: "headline" is not a string of English's (translations/en.json)`,
    ]);
  });

  it("take English's descriptions and order with --sync, keeping their own text and review state", () => {
    const ka = readTranslation('ka');
    const shuffled = { live: { ...ka.live, reviewed: true, description: 'old' }, breaking: ka.breaking };
    assert.deepEqual(syncedTranslation(shuffled), {
      breaking: ka.breaking,
      live: { text: ka.live.text, description: english.live.description, reviewed: true },
    });
  });
});

describe('the i18n modules', () => {
  const modules = readdirSync('src', { recursive: true })
    .map((name) => `src/${name}`)
    .filter((file) => /^src\/(i18n|locales)\/.*\.ts$/.test(file) && !file.endsWith('.d.ts'));

  it('keep the registry free of imports but types, and the data modules free of any but types', () => {
    const runtimeImports = (file) =>
      [...readFileSync(file, 'utf8').matchAll(/^import (?!type )[^;]*?from '([^']+)'/gms)].map(
        ([, path]) => path,
      );
    assert.deepEqual(runtimeImports('src/i18n/registry.ts'), []);
    for (const file of modules.filter((name) => name.startsWith('src/i18n/packs/')))
      assert.deepEqual(runtimeImports(file), [], file);
  });
});

describe('the CLDR expectations the browser tests compare with', () => {
  it('are what scripts/cldr-expectations.mjs computes', () => {
    assert.deepEqual(
      JSON.parse(readFileSync('test/fixtures/languages/expected.json', 'utf8')),
      expectations(),
    );
  });
});
