import js from '@eslint/js';
import compat from 'eslint-plugin-compat';
import esx from 'eslint-plugin-es-x';
import browserFloorRules from './scripts/eslint-browser-floor.mjs';
import lit from 'eslint-plugin-lit';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The browser floor (package.json `browserslist`: Chrome and Edge 107,
 * Firefox 104, Safari 16), enforced on src/ only: it is all that runs in
 * readers' browsers. Tests, scripts and the demo's tooling run in Node or in
 * the current browsers the tests start.
 *
 * - `compat` knows, from MDN's data, which Web APIs each browser has
 *   (`requestIdleCallback`, `new Intl.Segmenter`).
 * - `browser-floor/static-members` (scripts/eslint-browser-floor.mjs) knows
 *   the static members `compat` leaves out (`URL.parse`, `AbortSignal.any`,
 *   `Promise.withResolvers`); a use behind a check (`if (AbortSignal.any)`,
 *   `URL.parse?.(…)`) passes.
 * - `es-x` knows the language's built-ins by edition, and with the types
 *   tells an array's `.toSorted()` from anything else's. Everything after
 *   ES2022 is refused, except `findLast`, which the floor has. A built-in
 *   used behind a check says so: `// eslint-disable-next-line es-x/… -- behind a check`.
 * - Syntax: esbuild lowers it for the same browsers (`BROWSER_TARGET` in
 *   scripts/browser-floor.mjs), except in regular expressions, which it
 *   leaves to fail when the file loads: es-x refuses lookbehind (Safari 16.4)
 *   and, with everything after ES2022, the `v` flag.
 */
const browserFloor = {
  files: ['src/**/*.ts'],
  plugins: { compat, 'es-x': esx, 'browser-floor': browserFloorRules },
  // Types tell es-x which `.map()` is an array's and which an iterator's.
  languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  rules: {
    'compat/compat': 'error',
    'browser-floor/static-members': 'error',
    ...esx.configs['flat/no-new-in-es2023'].rules,
    ...esx.configs['flat/no-new-in-es2024'].rules,
    ...esx.configs['flat/no-new-in-es2025'].rules,
    ...esx.configs['flat/no-new-in-esnext'].rules,
    ...esx.configs['flat/no-new-in-es2023-intl-api'].rules,
    ...esx.configs['flat/no-new-in-es2024-intl-api'].rules,
    ...esx.configs['flat/no-new-in-es2025-intl-api'].rules,
    ...esx.configs['flat/no-new-in-esnext-intl-api'].rules,
    // Chrome 97, Firefox 104, Safari 15.4.
    'es-x/no-array-prototype-findlast-findlastindex': 'off',
    'es-x/no-regexp-lookbehind-assertions': 'error',
  },
};

export default tseslint.config(
  { ignores: ['dist/', '.demo-build/', 'node_modules/', '.test-results/', '.stress-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**', '*.config.*', 'test/node/**', 'test/support/**', 'demo/server/**', 'bench/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  browserFloor,
);
