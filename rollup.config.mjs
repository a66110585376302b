// The CDN build: one self-contained, minified file with Lit inlined, as an ES
// module and as a classic script. The npm build is plain `tsc` (see
// package.json): one module per source module, `lit` left as a bare import.
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const plugins = [
  // Lit's production build: no dev-mode warnings, smaller.
  nodeResolve({ exportConditions: ['production'] }),
  // Before esbuild, while the templates are still recognisable as html`` and css``.
  minifyHTML(),
  esbuild({ target: 'es2022', tsconfig: './tsconfig.json' }),
];

const terserOptions = { ecma: 2022, compress: { passes: 2 }, format: { comments: false } };

export default [
  {
    input: 'src/cdn.ts',
    output: {
      file: 'dist/cdn/lede-widgets.js',
      format: 'es',
      plugins: [terser({ ...terserOptions, module: true })],
    },
    plugins,
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
    plugins,
  },
];
