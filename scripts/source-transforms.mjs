// How the demo server, the browser tests and the benchmark compile src/ on the
// fly: with the template minifier and esbuild settings of the npm and CDN
// builds (rollup.config.mjs), so what runs in a browser here is what ships.
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { BROWSER_TARGET } from './browser-floor.mjs';

const minifyTemplates = fromRollup(minifyHTML);

export function sourceTransforms() {
  return [
    minifyTemplates({ include: ['src/**/*.ts'], failOnError: true }),
    esbuildPlugin({ ts: true, target: BROWSER_TARGET, tsconfig: './tsconfig.json' }),
  ];
}
