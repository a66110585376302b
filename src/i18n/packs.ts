import { languageChain } from './language-chain.js';
import { translations } from './locales/index.js';
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
  /** Past relative times by unit (s, i = minute, h, d) and plural letter; `p`: the plural letter of 0..60; "now", "yesterday"... */
  r?: Record<string, string | Record<string, string>>;
  /** List patterns: pair, start, middle, end. */
  l?: string[];
}

const packs = new Map<string, Pack>();
/** Each pack is asked for once per page; the promise settles with the error, if any. */
const loads = new Map<string, Promise<Error | undefined>>();

/** Long enough for a slow mobile connection; after it the element falls back and says so. */
const PACK_TIMEOUT = 10_000;

export function registerPack(tag: string, pack: Pack): void {
  packs.set(tag, pack);
  translations[tag] = pack.s;
}

export const packFor = (tag: string): Pack | undefined => packs.get(tag);

/** Packs that failed: the chain goes on past them. */
const failed = new Set<string>();

function load(tag: string): Promise<Error | undefined> {
  let loading = loads.get(tag);
  if (!loading) {
    let timer: ReturnType<typeof setTimeout>;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${PACK_TIMEOUT} ms`)), PACK_TIMEOUT);
    });
    loading = Promise.race([loadPack(tag), timeout])
      .then(
        (pack) => void registerPack(tag, pack),
        (error: unknown) => {
          failed.add(tag);
          return new Error(`The "${tag}" language pack failed to load: ${String(error)}`);
        },
      )
      .finally(() => clearTimeout(timer));
    loads.set(tag, loading);
  }
  return loading;
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
