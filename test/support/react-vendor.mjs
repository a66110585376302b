// React ships CommonJS, which the test server does not convert. This bundles
// React 18 once into ES modules (shared chunks, so there is one React), and
// `reactVendor` points the tests' bare 'react' imports at the bundle.
import { build } from 'esbuild';

const OUT = '.test-results/react-vendor';
const ENTRIES = { react: 'react', 'react-dom': 'react-dom', 'react-dom/client': 'react-dom-client' };

export async function buildReactVendor() {
  await build({
    entryPoints: Object.values(ENTRIES).map((name) => `test/support/react-vendor/${name}.js`),
    outdir: OUT,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'warning',
  });
}

export function reactVendor() {
  return {
    name: 'react-vendor',
    resolveImport({ source }) {
      if (source in ENTRIES) return `/${OUT}/${ENTRIES[source]}.js`;
    },
  };
}
