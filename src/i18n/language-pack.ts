import type { CldrData } from './cldr-data.js';
import type english from './packs/en.js';

/**
 * The UI strings, by key: English's are the type, so every other language
 * (its pack, and strings registered at run time) must have the same keys.
 * `{name}` marks a value filled in at render time.
 */
export type UiStrings = typeof english.strings;

/** One language's data, as a pack module exports it and as locales/<tag>.json carries it: the same shape. */
export interface LanguagePack {
  /** Every UI string, written for the project (translations/<tag>.json). */
  strings: UiStrings;
  /** CLDR's data for the language, carried only where browsers' `Intl` lacks it (scripts/build-locales.mjs). */
  cldr?: CldrData;
}
