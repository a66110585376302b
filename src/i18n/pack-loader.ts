import { languageChain } from './language-chain.js';
import { memo } from '../memo.js';
import { loadPack } from './pack-imports.js';
import { PACK_TAGS } from './pack-tags.js';
import { addFailedPack, addPack, packFailed, packFor } from './registry.js';

/** Each pack is asked for once per page; the promise settles with the error, if any. */
const loads = new Map<string, Promise<Error | undefined>>();

function load(tag: string): Promise<Error | undefined> {
  return memo(loads, tag, () =>
    loadPack(tag).then(
      (pack) => void addPack(tag, pack),
      (error: unknown) => {
        addFailedPack(tag);
        return new Error(`Language pack ${tag}: ${error instanceof Error ? error.message : String(error)}`);
      },
    ),
  );
}

/**
 * `true` when `lang` can render: the first pack along its chain has arrived,
 * or every pack along it has failed. Otherwise starts loading that pack and
 * returns a promise that settles (with the error, if it failed) when it has.
 */
export function languageReady(lang: string): true | Promise<Error | undefined> {
  for (const tag of languageChain(lang)) {
    if (packFor(tag)) return true;
    if (!PACK_TAGS.has(tag) || packFailed(tag)) continue;
    return load(tag);
  }
  return true;
}
