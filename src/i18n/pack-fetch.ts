import manifestIntegrity from 'lede:locale-manifest';
import type { Pack } from './packs.js';

/**
 * The CDN file's way to a pack: JSON from `locales/` beside the file, checked
 * by Subresource Integrity. The file carries one hash, the manifest's; the
 * manifest carries each pack's. Read at load, while a classic script still
 * knows its own URL. A pack that takes longer than PACK_TIMEOUT counts as
 * failed: the element falls back rather than wait on a stalled connection.
 */
const PACK_TIMEOUT = 10_000;
const base = new URL('locales/', import.meta.url);
let manifest: Promise<Record<string, string>> | undefined;

function get<T>(name: string, integrity: string | undefined): Promise<T> {
  return fetch(new URL(`${name}.json`, base), { integrity, signal: AbortSignal.timeout(PACK_TIMEOUT) }).then(
    (response) =>
      response.ok ? (response.json() as Promise<T>) : Promise.reject(new Error(`HTTP ${response.status}`)),
  );
}

export function loadPack(tag: string): Promise<Pack> {
  manifest ??= get('manifest', manifestIntegrity);
  // A pack the manifest does not name is never fetched unverified.
  return manifest.then((hashes) =>
    hashes[tag] ? get<Pack>(tag, hashes[tag]) : Promise.reject(new Error('not in the manifest')),
  );
}
