// Two builds from the same TypeScript, with the same template minifier:
//
// - npm: one ES module per source module in dist/, `lit` and `react` left as
//   bare imports (types come from `tsc --emitDeclarationOnly`, see package.json).
// - CDN: one self-contained, minified file with Lit inlined, as an ES module
//   and as a classic script.
//
// Templates are minified in both. The whitespace between tags in an html``
// template becomes real text nodes in every element's shadow root — about a
// third of a card's nodes — so it is removed once here rather than at every
// render on every page. The demo server, the browser tests and the benchmark
// run the same minifier (scripts/source-transforms.mjs), so they run what ships.
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import { BROWSER_TARGET } from './scripts/browser-floor.mjs';
import { generate, integrityOf, LOCALE_MANIFEST } from './scripts/build-locales.mjs';

/** Shared by both builds. */
const sourcePlugins = [
  // Before esbuild, while the templates are still recognisable as html`` and css``.
  minifyHTML({ failOnError: true }),
  // The browser floor (scripts/browser-floor.mjs): syntax newer than it is lowered, or the build fails.
  esbuild({ target: BROWSER_TARGET, tsconfig: './tsconfig.json' }),
];

/**
 * The CDN file fetches language packs as JSON from locales/ beside it, each
 * checked against its sha384, rather than importing modules (the npm path):
 * src/i18n/pack-fetch.ts stands in for the generated pack-imports.ts, and
 * the one hash it carries, the manifest's, is built in here.
 */
const fetchedPacks = {
  name: 'fetched-packs',
  resolveId(source, importer) {
    if (source === 'lede:locale-manifest') return '\0lede:locale-manifest';
    if (source === './pack-imports.js' && importer?.includes('/src/i18n/'))
      return resolve('src/i18n/pack-fetch.ts');
    return null;
  },
  load(id) {
    if (id !== '\0lede:locale-manifest') return null;
    // Made as build-locales.mjs makes the file, not read from dist/: `npm start` builds the CDN file elsewhere.
    return `export default ${JSON.stringify(integrityOf(generate()[LOCALE_MANIFEST]))};`;
  },
};

/** The CDN build's: Lit resolved and inlined. Also used, with `terserOptions`, by the size breakdown (scripts/size-report.mjs). */
export const cdnPlugins = [
  // Lit's production build: no dev-mode warnings, smaller.
  nodeResolve({ exportConditions: ['production'] }),
  fetchedPacks,
  ...sourcePlugins,
];

// Measured against these (issue #13), none kept then: more passes, pure_getters, unsafe_arrows,
// unsafe_methods, unsafe_comps, booleans_as_integers, unsafe, keep_fargs and inline moved the
// brotli size by less than a trailing newline does (about 50 bytes either way); turning
// reduce_funcs off costs 140 bytes, and esbuild's minifier instead of terser 600. `module`
// (which implies `toplevel`) is on for the ES module; the classic script's names are local
// to its function wrapper anyway.
// `unsafe_arrows` is on since the regional directions (CHANGELOG): 231 bytes fewer minified,
// and with that change 22,994 bytes brotli against 23,043 without it (brotli moves by tens of
// bytes either way with any change, so only the minified figure says what the option does). It
// writes function expressions as arrows, which is unsafe only for one called with `new` or
// whose `prototype` is read: ours are all functions terser inlined from declarations, and our
// constructors and Lit's are classes. The CDN tests run the built file in every browser.
export const terserOptions = {
  ecma: 2022,
  compress: { passes: 2, unsafe_arrows: true },
  format: { comments: false },
};

export default [
  {
    // Every module is an entry, so each keeps its own file and exports.
    input: readdirSync('src', { recursive: true })
      // pack-fetch.ts is the CDN file's alone (see fetchedPacks).
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts') && !name.endsWith('pack-fetch.ts'))
      .map((name) => `src/${name}`),
    // Dependencies stay imports for the application's bundler to resolve.
    external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    plugins: sourcePlugins,
  },
  {
    input: 'src/cdn.ts',
    output: {
      file: 'dist/cdn/lede-widgets.js',
      format: 'es',
      plugins: [terser({ ...terserOptions, module: true })],
    },
    plugins: cdnPlugins,
  },
  {
    input: 'src/cdn.ts',
    output: {
      file: 'dist/cdn/lede-widgets.classic.js',
      format: 'iife',
      name: 'LedeWidgets',
      // Not `module: true`: it would drop the `LedeWidgets` global.
      plugins: [terser(terserOptions)],
    },
    plugins: cdnPlugins,
  },
];
