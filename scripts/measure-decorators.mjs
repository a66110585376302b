// `node scripts/measure-decorators.mjs`: what declaring reactive properties
// costs in bytes, three ways, for as many properties as our five elements
// declare (27, 20, 17, 12 and 6). The elements use `static properties`
// because it came out smallest; rerun this before changing that.
import { build } from 'esbuild';
import { brotliCompressSync, constants } from 'node:zlib';

const PROPERTIES_PER_ELEMENT = [27, 20, 17, 12, 6];
const OPTIONS = ['{}', '{ type: Number }', "{ attribute: 'some-name' }", '{ type: Boolean, reflect: true }'];

const names = (count) => Array.from({ length: count }, (_, index) => `p${index}`);
const options = (index) => OPTIONS[index % OPTIONS.length];
const element = (index, body) =>
  `export class E${index} extends LitElement {\n${body}\n  render() { return html\`\${this.p0}\`; }\n}\n` +
  `customElements.define('x-e${index}', E${index});\n`;

const styles = {
  'static properties': {
    imports: "import { LitElement, html } from 'lit';",
    element: (count, index) =>
      element(
        index,
        `  static properties = { ${names(count)
          .map((name, at) => `${name}: ${options(at)}`)
          .join(', ')} };\n` +
          names(count)
            .map((name) => `  declare ${name}: string;`)
            .join('\n'),
      ),
    tsconfig: { useDefineForClassFields: false },
  },
  'decorators (experimentalDecorators)': {
    imports: "import { LitElement, html } from 'lit';\nimport { property } from 'lit/decorators.js';",
    element: (count, index) =>
      element(
        index,
        names(count)
          .map((name, at) => `  @property(${options(at)}) ${name}!: string;`)
          .join('\n'),
      ),
    tsconfig: { experimentalDecorators: true, useDefineForClassFields: false },
  },
  'decorators (standard, with accessor)': {
    imports: "import { LitElement, html } from 'lit';\nimport { property } from 'lit/decorators.js';",
    element: (count, index) =>
      element(
        index,
        names(count)
          .map((name, at) => `  @property(${options(at)}) accessor ${name} = '';`)
          .join('\n'),
      ),
    tsconfig: { useDefineForClassFields: true },
  },
};

const rows = [];
for (const [style, { imports, element: write, tsconfig }] of Object.entries(styles)) {
  const source = [imports, ...PROPERTIES_PER_ELEMENT.map(write)].join('\n');
  const { outputFiles } = await build({
    stdin: { contents: source, loader: 'ts', resolveDir: process.cwd() },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['production'],
    tsconfigRaw: { compilerOptions: tsconfig },
    write: false,
  });
  const bytes = outputFiles[0].contents;
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  rows.push({ style, 'min (bytes)': bytes.length, 'brotli (bytes)': brotli });
}
for (const row of rows) row['brotli vs static'] = `+${row['brotli (bytes)'] - rows[0]['brotli (bytes)']}`;
console.log('Lit and five elements that declare 82 reactive properties, minified:');
console.table(rows);
