// What `npm start` builds before it serves the demo: the files the page
// embeds beside the elements compiled from src/ — the CDN file and its
// pre-upgrade stylesheet (the "as a partner embeds it" frame and the
// gallery's <head>), the language packs, their integrity hashes (the embed
// code), and custom-elements.json (the playground's form) — into
// DEMO_SERVER_BUILD, laid out as the static demo has them:
//
//   .demo-build/cdn/lede-widgets.js, lede-widgets.css, integrity.json, locales/
//   .demo-build/custom-elements.json
//
// Never into dist/: that is `npm run build`'s and `npm test`'s, which may run
// while the demo is being served, and whose dist/demo/ a test needs to find
// where `npm run build:demo` put it.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { rollup } from 'rollup';
import { buildCss } from './build-css.mjs';
import { writeLocales } from './build-locales.mjs';
import { writeIntegrity } from './cdn-integrity.mjs';

export const DEMO_SERVER_BUILD = '.demo-build';

export async function buildForDemoServer(dir = DEMO_SERVER_BUILD) {
  rmSync(dir, { recursive: true, force: true });
  writeLocales(`${dir}/cdn/locales`);

  // The CDN build's own ES module entry, written elsewhere.
  const configs = (await import('../rollup.config.mjs')).default;
  const esModule = configs.find((config) => config.output.file === 'dist/cdn/lede-widgets.js');
  const bundle = await rollup(esModule);
  await bundle.write({ ...esModule.output, file: `${dir}/cdn/lede-widgets.js` });
  await bundle.close();
  await buildCss(`${dir}/cdn/lede-widgets.css`);
  writeIntegrity(`${dir}/cdn`);

  const manifest = spawnSync(
    'npx',
    [
      'custom-elements-manifest',
      'analyze',
      '--config',
      'custom-elements-manifest.config.mjs',
      '--quiet',
      '--outdir',
      dir,
    ],
    { stdio: 'inherit' },
  );
  if (manifest.status !== 0) throw new Error('custom-elements-manifest failed');
}
