import type { LanguagePack, UiStrings } from './language-pack.js';

/**
 * The page's language data, in one place: the packs that have arrived (or
 * failed), and the strings registered at run time. It imports nothing but
 * types, so every module of `i18n` can read it without an import circle.
 *
 * Strings registered at run time can change any element's words, so they are
 * announced: `LanguageController` re-renders every element then. A pack is
 * awaited by the elements that asked for it (`languageReady`), which
 * re-render when it settles.
 */

const packs = new Map<string, LanguagePack>();
/** Languages whose pack failed to load: the chain goes on past them. */
const failedPacks = new Set<string>();
/** Strings registered at run time (`registerTranslation`): they win over the pack's. */
const runTimeStrings = new Map<string, Partial<UiStrings>>();
const listeners = new Set<() => void>();

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

/** Adds strings for a language, over any registered before. */
export function addRunTimeStrings(tag: string, strings: Partial<UiStrings>): void {
  runTimeStrings.set(tag, { ...runTimeStrings.get(tag), ...strings });
  listeners.forEach((listener) => listener());
}

/** The string `key` of exactly `tag` (no fallback): registered at run time, else its pack's. */
export function stringFor(tag: string, key: keyof UiStrings): string | undefined {
  return runTimeStrings.get(tag)?.[key] ?? packs.get(tag)?.strings[key];
}

/** Calls `listener` whenever strings are registered at run time; returns how to stop. */
export function onRunTimeStrings(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
