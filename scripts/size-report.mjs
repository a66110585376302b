// Prints the CDN files' sizes — minified, gzip and brotli (quality 11) — and
// how the ES module compares with DESIGN.md's budget of 10 KB brotli.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const BUDGET_BROTLI = 10 * 1024;
const FILES = ['dist/cdn/lede-widgets.js', 'dist/cdn/lede-widgets.classic.js'];

export function sizes(file) {
  const bytes = readFileSync(file);
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of FILES) {
    const { min, gzip, brotli } = sizes(file);
    console.log(`${file}: ${kb(min)} min, ${kb(gzip)} gzip, ${kb(brotli)} brotli`);
  }
  const { brotli } = sizes(FILES[0]);
  console.log(
    `Budget for the ES module: ${kb(BUDGET_BROTLI)} brotli — ${brotli <= BUDGET_BROTLI ? 'within' : `over by ${kb(brotli - BUDGET_BROTLI)}`}.`,
  );
}
