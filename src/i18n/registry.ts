import type { LanguagePack, UiStrings } from './language-pack.js';

/**
 * The page's language data, in one place: the packs that have arrived, and
 * those that failed. It imports nothing but types, so every module of `i18n`
 * can read it without an import circle. A pack is awaited by the elements
 * that asked for it (`languageReady`), which re-render when it settles.
 */

const packs = new Map<string, LanguagePack>();
/** Languages whose pack failed to load: the chain goes on past them. */
const failedPacks = new Set<string>();

/** Adds a language's pack; a second pack for the same language is ignored. */
export function addPack(tag: string, pack: LanguagePack): void {
  if (packs.has(tag)) return;
  packs.set(tag, pack);
}

export const packFor = (tag: string): LanguagePack | undefined => packs.get(tag);

export function addFailedPack(tag: string): void {
  failedPacks.add(tag);
}

/** A language whose pack failed reads as the next one along its chain, formatting included. */
export const packFailed = (tag: string): boolean => failedPacks.has(tag);

/** The string `key` of exactly `tag` (no fallback): its pack's. */
export function stringFor(tag: string, key: keyof UiStrings): string | undefined {
  return packs.get(tag)?.strings[key];
}
