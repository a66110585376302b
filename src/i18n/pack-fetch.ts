import manifestIntegrity from 'lede:locale-manifest';
import type { LanguagePack } from './language-pack.js';

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

async function get<T>(name: string, integrity: string): Promise<T> {
  const response = await fetch(new URL(`${name}.json`, base), {
    integrity,
    signal: AbortSignal.timeout(PACK_TIMEOUT),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json() as Promise<T>;
}

export async function loadPack(tag: string): Promise<LanguagePack> {
  const integrity = (await (manifest ??= get('manifest', manifestIntegrity)))[tag];
  // A pack the manifest does not name is never fetched unverified.
  if (!integrity) throw new Error('not in the manifest');
  return get(tag, integrity);
}
