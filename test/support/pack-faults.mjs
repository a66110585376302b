// Serves the built CDN file and its language packs under /test-packs/<mode>/,
// as a CDN would, with faults on demand for test/browser/language-packs.test.ts:
//   ok                  the files as built
//   missing             every pack answers 404 (the manifest is there)
//   tampered            packs arrive with bytes changed (their hash no longer matches)
//   no-manifest         the manifest answers 404 (the packs are there)
//   tampered-manifest   the manifest arrives with bytes changed
//   slow-<ms>           packs arrive after a delay
//   slow-manifest-<ms>  the manifest arrives after a delay
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
  const isManifest = file === 'locales/manifest.json';
  const isPack = file.startsWith('locales/') && !isManifest;
  const delay = Math.min(Number(mode.match(/\d+$/)?.[0] ?? 0), 5000);
  if ((isPack && mode === 'missing') || (isManifest && mode === 'no-manifest')) {
    context.status = 404;
    context.body = 'not found';
    return;
  }
  if (isPack && mode === 'tampered')
    body = Buffer.from(body.toString().replace('"strings":{', '"strings":{"x":"y",'));
  if (isManifest && mode === 'tampered-manifest')
    body = Buffer.from(body.toString().replace('"ka":"', '"ka":"x'));
  if (
    (isPack && mode.startsWith('slow-') && !mode.startsWith('slow-manifest-')) ||
    (isManifest && mode.startsWith('slow-manifest-'))
  )
    await sleep(delay);
  context.body = body;
}
