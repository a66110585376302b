// `npm run build:demo`: the demo page as a static site in dist/demo/, for any
// static file host. The page script is bundled (Lit included, production
// build); the API reference page, the CDN files, integrity.json and
// custom-elements.json sit beside it, where the page asks for them; the live
// banner's endpoint becomes a fixed sample answer.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { BROWSER_TARGET } from './browser-floor.mjs';

const OUT = 'dist/demo';

if (!existsSync('dist/cdn/integrity.json') || !existsSync('custom-elements.json')) {
  console.error('Run `npm run build` first: the demo embeds the CDN build and reads the manifest.');
  process.exit(1);
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

await build({
  entryPoints: ['demo/demo.ts'],
  outfile: `${OUT}/demo.js`,
  bundle: true,
  format: 'esm',
  target: BROWSER_TARGET,
  minify: true,
  conditions: ['production'],
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});

const html = readFileSync('demo/index.html', 'utf8').replace('src="./demo.ts"', 'src="./demo.js"');
writeFileSync(`${OUT}/index.html`, html);
for (const entry of ['demo.css', 'reference.html', 'assets', 'data'])
  cpSync(`demo/${entry}`, `${OUT}/${entry}`, { recursive: true });
cpSync('dist/cdn', `${OUT}/cdn`, { recursive: true });
cpSync('dist/cdn/integrity.json', `${OUT}/integrity.json`);
cpSync('custom-elements.json', `${OUT}/custom-elements.json`);

// No server to change the story every minute: one fixed, recent-looking answer.
mkdirSync(`${OUT}/demo-api`, { recursive: true });
writeFileSync(
  `${OUT}/demo-api/breaking.json`,
  JSON.stringify({
    id: 'demo-static-1',
    headline: 'Storm warning lifted for the coast',
    url: 'https://news.lede.example/live/storm',
    lang: 'en',
  }),
);
console.log(`Static demo written to ${OUT}/ — serve that folder with any static file server.`);
