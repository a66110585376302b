// Writes dist/cdn/lede-widgets.css, the pre-upgrade stylesheet partners link
// next to the CDN script (src/theme/pre-upgrade.css, minified). No browser
// target is given, so esbuild only minifies and never rewrites the CSS.
import { transform } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const SOURCE = 'src/theme/pre-upgrade.css';
export const OUTPUT = 'dist/cdn/lede-widgets.css';

/** Writes the stylesheet to `output` (`npm start` builds it elsewhere). */
export async function buildCss(output = OUTPUT) {
  const { code } = await transform(readFileSync(SOURCE, 'utf8'), { loader: 'css', minify: true });
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, code);
}

if (import.meta.url === `file://${process.argv[1]}`) await buildCss();
