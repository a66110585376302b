import manifestIntegrity from 'lede:locale-manifest';
import type { LanguagePack } from './language-pack.js';

/**
 * The CDN file's way to a pack: JSON from `locales/` beside the file, checked
 * against its sha384. The file carries one hash, the manifest's; the manifest
 * carries each pack's. The folder is read at load, while a classic script
 * still knows its own URL.
 *
 * Where the page has `crypto.subtle` (https, and localhost), a pack is fetched
 * at the same time as the manifest and its bytes checked once both are here:
 * one round trip, not two. Plain-http pages lack it; there the browser checks
 * the pack (`fetch(url, { integrity })`), which needs the manifest first.
 *
 * A file that cannot be had or is not the release's is named on the
 * console, once, with what to do; elements fall back along their language
 * chain (and fire `lede-error`). One that takes longer than TIMEOUT counts
 * as failed: elements fall back rather than wait on a stalled connection.
 */
const TIMEOUT = 10_000;
const folder = new URL('locales/', import.meta.url);

/** A file of the folder that cannot be used: said on the console, with what to do, and thrown. */
function refuse(url: URL, problem: string): never {
  const message = `${url} ${problem}`;
  console.warn(
    `lede-widgets: ${message}: copy the locales/ folder of the same release (manifest.json included) beside the script.`,
  );
  throw new Error(message);
}

async function fetchBytes(url: URL, integrity?: string): Promise<ArrayBuffer> {
  const response = await fetch(url, { integrity, signal: AbortSignal.timeout(TIMEOUT) }).catch((error) =>
    // A failed integrity check and a failed request are one error to the page.
    refuse(url, `could not be loaded${integrity ? ' or checked' : ''} (${error})`),
  );
  if (!response.ok) refuse(url, `answered HTTP ${response.status}`);
  return response.arrayBuffer();
}

async function sha384(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

/** The JSON at `url`, refused unless its bytes' sha384 is `integrity` (which may still be on its way). */
async function fetchChecked<T>(url: URL, integrity: string | Promise<string>): Promise<T> {
  let bytes: ArrayBuffer;
  if (crypto.subtle) {
    let expected: string;
    [bytes, expected] = await Promise.all([fetchBytes(url), integrity]);
    if ((await sha384(bytes)) !== expected) refuse(url, 'does not match its hash');
  } else {
    bytes = await fetchBytes(url, await integrity);
  }
  return JSON.parse(new TextDecoder().decode(bytes)) as T;
}

// Each file is fetched once per page, so each problem is said once.
let manifest: Promise<Record<string, string>> | undefined;

export function loadPack(tag: string): Promise<LanguagePack> {
  manifest ??= fetchChecked(new URL('manifest.json', folder), manifestIntegrity);
  const url = new URL(`${tag}.json`, folder);
  // A pack the manifest does not name is never used unchecked.
  return fetchChecked(
    url,
    manifest.then((hashes) => hashes[tag] ?? refuse(url, 'is not in manifest.json')),
  );
}
