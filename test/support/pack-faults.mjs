// Serves the built CDN file and its language packs under /test-packs/<mode>/,
// as a CDN would, with faults on demand for test/browser/language-packs.test.ts:
//   ok          the files as built
//   missing     every pack but the manifest answers 404
//   tampered    packs arrive with one byte changed (their integrity check fails)
//   slow-<ms>   packs arrive after a delay
import { readFile } from 'node:fs/promises';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function packFaults(context, next) {
  const match = context.path.match(/^\/test-packs\/([\w-]+)\/(.+)$/);
  if (!match) return next();
  const [, mode, file] = match;
  let body;
  try {
    body = await readFile(`dist/cdn/${file}`);
  } catch {
    context.status = 404;
    return;
  }
  context.set('Cache-Control', 'no-store');
  context.type = file.endsWith('.json') ? 'application/json' : 'text/javascript';
  const isPack = file.startsWith('locales/') && !file.endsWith('manifest.json');
  if (isPack && mode === 'missing') {
    context.status = 404;
    context.body = 'not found';
    return;
  }
  if (isPack && mode === 'tampered') body = Buffer.from(body.toString().replace('"strings":{', '"strings":{"x":"y",'));
  if (isPack && mode.startsWith('slow-')) await sleep(Math.min(Number(mode.slice(5)), 5000));
  context.body = body;
}
