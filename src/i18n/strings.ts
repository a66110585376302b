import en from './locales/en.js';
import { translations } from './locales/index.js';
import { languageChain } from './language-chain.js';

export type StringKey = keyof typeof en;
/** A translation may leave strings out; they fall back along the chain. */
export type Translation = Partial<Record<StringKey, string>>;

export { fallbackChain } from './language-chain.js';

/** The UI string `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function translate(lang: string, key: StringKey, values: Record<string, string> = {}): string {
  const template = templateFor(lang, key);
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}

/**
 * The raw template, for callers that render a placeholder as markup (a link,
 * a styled list) rather than as text; split it with `splitTemplate`.
 */
export function templateFor(lang: string, key: StringKey): string {
  // The chain ends in English, which has every string.
  return languageChain(lang)
    .map((tag) => translations[tag]?.[key])
    .find((text) => text !== undefined)!;
}

/** `"With reporting by {list}"` split at `{list}`: `["With reporting by ", ""]`. */
export function splitTemplate(template: string, placeholder: string): [before: string, after: string] {
  // A template names each placeholder once.
  const [before, after] = template.split(`{${placeholder}}`);
  return after === undefined ? [before + ' ', ''] : [before, after];
}
