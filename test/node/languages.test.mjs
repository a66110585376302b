// The language packs as built: generated from what they say, complete, and
// covered by Subresource Integrity through the CDN file's one built-in hash.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { CLDR_VERSION, generate, integrityOf, packTags } from '../../scripts/build-locales.mjs';
import { expectations } from '../../scripts/cldr-expectations.mjs';

const english = readFileSync('src/i18n/locales/en.ts', 'utf8');
const englishKeys = [...english.matchAll(/^ {2}(\w+): '/gm)].map((match) => match[1]).sort();

describe('language packs', () => {
  it('are what scripts/build-locales.mjs makes from the strings and CLDR', () => {
    for (const [path, text] of Object.entries(generate()))
      assert.equal(readFileSync(path, 'utf8'), text, path);
  });

  it('say which CLDR they were built from', () => {
    assert.match(
      readFileSync('src/locales/ka.ts', 'utf8'),
      new RegExp(`CLDR ${CLDR_VERSION.replace(/\./g, '\\.')}`),
    );
  });

  it('translate every UI string, keeping its placeholders', () => {
    assert.ok(packTags().length >= 29);
    for (const tag of packTags()) {
      const strings = JSON.parse(readFileSync(`src/i18n/locales/${tag}.json`, 'utf8'));
      assert.deepEqual(Object.keys(strings).sort(), englishKeys, tag);
      for (const [key, text] of Object.entries(strings)) {
        const placeholders = english.match(new RegExp(`^ {2}${key}: '(.*)'`, 'm'))[1].match(/\{\w+\}/g) ?? [];
        assert.deepEqual(text.match(/\{\w+\}/g) ?? [], placeholders, `${tag}.${key}`);
      }
    }
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
      const { s } = JSON.parse(readFileSync(`dist/cdn/locales/${tag}.json`, 'utf8'));
      assert.ok(!cdn.includes(s.breaking), `${tag}: ${s.breaking}`);
    }
    assert.ok(!readdirSync('dist/cdn').some((name) => name.endsWith('.js') && name.includes('-chunk')));
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
