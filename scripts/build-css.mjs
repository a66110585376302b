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
  const minified = withoutSpacesInCustomProperties(code).replace(/var\(\s*(--[\w-]+),\s+/g, 'var($1,');
  writeFileSync(output, withShortPrivateNames(minified));
}

/**
 * The stylesheet's own variables (every custom property not named
 * `--lede-*`) renamed `--_0`, `--_1`… in the order they first appear: the
 * source names them for what they hold, the file stays small (numbers
 * compress better than letters here), and a page's own variables (`--line`
 * on its `<body>`, say) never reach ours.
 */
export function withShortPrivateNames(css) {
  const names = new Map();
  return css.replace(/--(?!lede-)[a-z][\w-]*/g, (name) => {
    if (!names.has(name)) names.set(name, `--_${names.size}`);
    return names.get(name);
  });
}

/**
 * esbuild keeps a custom property's value as written (to CSS it is a list of
 * tokens until it is used), spaces included. Around commas, `*`, `/`, after
 * an opening bracket and before a closing one they mean nothing, so they go;
 * calc() needs its `+` and `-` spaced on both sides, so those stay. (So
 * are the spaces inside `var(` and after its comma, wherever it is: the
 * fallback's own leading spaces are no part of it.)
 */
export function withoutSpacesInCustomProperties(css) {
  return css.replace(
    /(--[\w-]+:)([^;}]*)/g,
    (declaration, name, value) =>
      name +
      value
        .trim()
        .replace(/\s*([(,*/])\s*/g, '$1')
        .replace(/\s+\)/g, ')'),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await buildCss();
