import { languageChain } from './language-chain.js';
import { translations } from './locales/index.js';
import { memo } from '../memo.js';
import { loadPack } from './pack-modules.js';
import { PACK_TAGS } from './pack-tags.js';
import type { Translation } from './strings.js';

/**
 * A language pack: its UI strings and, where browsers' `Intl` lacks the
 * language, CLDR's data for it (built by scripts/build-locales.mjs).
 */
export interface Pack {
  s: Translation;
  /** Dates: months (abbreviated, wide), patterns [medium, long, short time, date-at-time], am/pm, era, calendar, digits. */
  d?: { m?: string[]; w?: string[]; p: string[]; a?: string[]; e?: string; c?: string; n?: string };
  /** Past relative times by unit (its first letter: s, m, h, d) and plural letter; `p`: the plural letter of 0..60; "now", "yesterday"... */
  r?: Record<string, string | Record<string, string>>;
  /** List patterns: pair, start, middle, end. */
  l?: string[];
}

const packs = new Map<string, Pack>();
/** Packs that failed: the chain goes on past them. */
const failed = new Set<string>();
/** Each pack is asked for once per page; the promise settles with the error, if any. */
const loads = new Map<string, Promise<Error | undefined>>();

export function registerPack(tag: string, pack: Pack): void {
  packs.set(tag, pack);
  translations[tag] = pack.s;
}

export const packFor = (tag: string): Pack | undefined => packs.get(tag);

/** A language whose pack failed reads as the next one along the chain, formatting included. */
export const packFailed = (tag: string): boolean => failed.has(tag);

function load(tag: string): Promise<Error | undefined> {
  return memo(loads, tag, () =>
    loadPack(tag).then(
      (pack) => void registerPack(tag, pack),
      (error: unknown) => {
        failed.add(tag);
        return new Error(`Language pack ${tag}: ${String(error)}`);
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
    if (packs.has(tag)) return true;
    if (!PACK_TAGS.has(tag) || failed.has(tag)) continue;
    return load(tag);
  }
  return true;
}
