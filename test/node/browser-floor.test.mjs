// The browser floor as the lint enforces it (eslint.config.js): code in src/
// that uses what Chrome 107, Firefox 104 or Safari 16 lack fails, unless it
// is behind a check; the same code in a test passes. Each case is linted as
// if it were a file of the project, with the project's own configuration.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ESLint, Linter } from 'eslint';
import esx from 'eslint-plugin-es-x';
import { BROWSER_TARGET, floorVersions } from '../../scripts/browser-floor.mjs';
import browserFloorRules from '../../scripts/eslint-browser-floor.mjs';

const PROBE = 'src/floor-probe.ts';
const eslint = new ESLint({
  // The probe file exists only as text: TypeScript gets it with the project's own settings.
  overrideConfig: {
    files: [PROBE],
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: [PROBE], defaultProject: 'tsconfig.json' } },
    },
  },
});

/** The rules that fail `code`, linted as `file`; a parsing error fails the test instead. */
async function failures(code, file = PROBE) {
  const [result] = await eslint.lintText(code, { filePath: file });
  const fatal = result.messages.find((message) => message.fatal);
  assert.equal(fatal, undefined, fatal?.message);
  return result.messages.map((message) => message.ruleId);
}

describe('the browser floor', () => {
  it('is Chrome and Edge 107, Firefox 104, Safari 16 on macOS and iOS, for the lint and the builds', () => {
    assert.deepEqual(floorVersions(), { chrome: 107, edge: 107, firefox: 104, safari: 16, safari_ios: 16 });
    assert.deepEqual(BROWSER_TARGET.toSorted(), ['chrome107', 'edge107', 'firefox104', 'ios16', 'safari16']);
  });

  /** Code above the floor, and the rule that refuses it. */
  const above = {
    'URL.parse (Safari 18)': [
      `export const url = URL.parse('/a', document.baseURI);`,
      'browser-floor/static-members',
    ],
    'AbortSignal.any (Safari 17.4)': [
      `export const signal = AbortSignal.any([new AbortController().signal]);`,
      'browser-floor/static-members',
    ],
    'Array.prototype.toSorted (Chrome 110, Firefox 115)': [
      `export const sorted = (tags: string[]) => tags.toSorted();`,
      'es-x/no-array-prototype-tosorted',
    ],
    'Promise.withResolvers (Safari 17.4)': [
      `export const pending = Promise.withResolvers<void>();`,
      'es-x/no-promise-withresolvers',
    ],
    'Set.prototype.union (Safari 17)': [
      `export const both = (a: Set<string>, b: Set<string>) => a.union(b);`,
      'es-x/no-set-prototype-union',
    ],
    'requestIdleCallback (not in Safari)': [`requestIdleCallback(() => {});`, 'compat/compat'],
    'new Intl.Segmenter (Firefox 125)': [
      `export const words = new Intl.Segmenter('ka', { granularity: 'word' });`,
      'compat/compat',
    ],
    'a lookbehind in a regular expression (Safari 16.4)': [
      `export const afterHash = /(?<=#)\\w+/;`,
      'es-x/no-regexp-lookbehind-assertions',
    ],
  };
  for (const [name, [code, rule]] of Object.entries(above)) {
    it(`fails on ${name} in src/`, async () => {
      assert.ok((await failures(code)).includes(rule), `${rule} on ${code}`);
    });
  }

  it('names the browsers and the floor in its message', async () => {
    const [result] = await eslint.lintText(`export const url = URL.parse('/a');`, { filePath: PROBE });
    assert.match(
      result.messages[0].message,
      /URL\.parse is not in Chrome 107, .*Safari 16 \(the floor in package\.json "browserslist"\)/,
    );
  });

  const guarded = {
    'an optional call': `export const url = URL.parse?.('/a');`,
    'a condition': `export const signal = (signals: AbortSignal[]) => (AbortSignal.any ? AbortSignal.any(signals) : signals[0]);`,
    'an if': `export function parse(url: string) { if (URL.parse) return URL.parse(url); return null; }`,
    typeof: `export const canParse = typeof URL.parse === 'function';`,
  };
  for (const [name, code] of Object.entries(guarded)) {
    it(`lets a static member through behind ${name}`, async () => {
      assert.deepEqual(await failures(code), [], code);
    });
  }

  it('does not take the else branch of a check for a guarded use', async () => {
    const code = `export function parse(url: string) { if (URL.parse) return null; else return URL.parse(url); }`;
    assert.deepEqual(await failures(code), ['browser-floor/static-members']);
  });

  it('knows a local variable is not the global of that name', async () => {
    const code = `export function parse(URL: { parse(url: string): string }) { return URL.parse('/a'); }`;
    assert.deepEqual(await failures(code), []);
  });

  it('leaves what the floor has alone: AbortSignal.timeout, findLast, at, structuredClone', async () => {
    const code = [
      `export const timer = AbortSignal.timeout(1000);`,
      `export const last = [1, 2].findLast((n) => n > 1);`,
      `export const first = [1, 2].at(0);`,
      `export const copy = structuredClone({ a: 1 });`,
    ].join('\n');
    assert.deepEqual(await failures(code), []);
  });

  it('leaves tests alone: they run in the current browsers', async () => {
    assert.deepEqual(
      await failures(above['URL.parse (Safari 18)'][0], 'test/browser/floor-probe.test.ts'),
      [],
    );
  });
});

/**
 * The CDN file as built, Lit included, checked by the same rules: a syntax
 * error there (a class static block, which Safari has only since 16.4) would
 * stop every element on the page, not one feature.
 */
describe('the CDN file', () => {
  const rules = {
    ...esx.configs['flat/no-new-in-es2023'].rules,
    ...esx.configs['flat/no-new-in-es2024'].rules,
    ...esx.configs['flat/no-new-in-es2025'].rules,
    ...esx.configs['flat/no-new-in-esnext'].rules,
    'es-x/no-array-prototype-findlast-findlastindex': 'off',
    'es-x/no-class-static-block': 'error',
    'es-x/no-regexp-lookbehind-assertions': 'error',
    'browser-floor/static-members': 'error',
  };
  const config = [
    {
      plugins: { 'es-x': esx, 'browser-floor': browserFloorRules },
      languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
      rules,
    },
  ];
  const check = (code) =>
    new Linter().verify(code, config).map((message) => message.ruleId ?? message.message);

  it('uses nothing above the floor, syntax or static members', () => {
    assert.deepEqual(check(readFileSync('dist/cdn/lede-widgets.js', 'utf8')), []);
    assert.deepEqual(check(readFileSync('dist/cdn/lede-widgets.classic.js', 'utf8')), []);
  });

  it('would be caught with a class static block or a lookbehind in it', () => {
    assert.deepEqual(check('class A { static { this.b = 1; } }'), ['es-x/no-class-static-block']);
    assert.deepEqual(check('export const a = /(?<=#)b/;'), ['es-x/no-regexp-lookbehind-assertions']);
  });
});
