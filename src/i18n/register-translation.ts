import { canonicalLang } from './language.js';
import type { UiStrings } from './language-pack.js';
import english from './packs/en.js';
import { addRunTimeStrings } from './registry.js';

const placeholdersOf = (text: string): string => (text.match(/\{\w+\}/g) ?? []).sort().join();

/**
 * Replaces UI strings of a language on this page, without a release: for a
 * correction from the newsroom, or a language the package does not ship.
 * What is registered wins over the language's pack, even one that arrives
 * later; strings left out keep the pack's (or fall back along the language's
 * chain). Every element showing the language re-renders. Later calls add to
 * earlier ones.
 *
 * A string must be text with English's `{placeholders}`; one that is not,
 * or a key English does not have, is left out with a console warning.
 *
 * @example registerTranslation('tt', { breaking: 'Ашыгыч хәбәр' });
 */
export function registerTranslation(lang: string, strings: Partial<UiStrings>): void {
  const tag = canonicalLang(lang);
  const accepted: Record<string, string> = {};
  const refused: string[] = [];
  for (const [key, text] of Object.entries(Object(strings) as Record<string, unknown>)) {
    const source = Object.hasOwn(english.strings, key) ? english.strings[key as keyof UiStrings] : undefined;
    if (
      tag &&
      typeof text === 'string' &&
      source !== undefined &&
      placeholdersOf(text) === placeholdersOf(source)
    )
      accepted[key] = text;
    else refused.push(key);
  }
  if (refused.length > 0) {
    console.warn(
      `lede-widgets: registerTranslation(${JSON.stringify(lang)}) left out ${refused.join(', ')}: it takes a language tag and English's UI strings with their {placeholders}`,
    );
  }
  if (tag) addRunTimeStrings(tag, accepted);
}
