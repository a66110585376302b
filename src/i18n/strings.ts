import { languageChain } from './language-chain.js';
import type { UiStrings } from './language-pack.js';
import english from './packs/en.js';
import { stringFor } from './registry.js';

export type StringKey = keyof UiStrings;

/** The UI string `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function translate(lang: string, key: StringKey, values: Record<string, string> = {}): string {
  const template = templateFor(lang, key);
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}

/**
 * The raw template, for callers that render a placeholder as markup (a link,
 * a styled list) rather than as text; split it with `splitTemplate`. The
 * first language along the chain that has the string gives it: a string
 * registered at run time, else the pack's, else English's.
 */
export function templateFor(lang: string, key: StringKey): string {
  for (const tag of languageChain(lang)) {
    const text = stringFor(tag, key);
    if (text !== undefined) return text;
  }
  return english.strings[key];
}

/** `"With reporting by {list}"` split at `{list}`: `["With reporting by ", ""]`. */
export function splitTemplate(template: string, placeholder: string): [before: string, after: string] {
  // A template names each placeholder once.
  const [before, after] = template.split(`{${placeholder}}`);
  return after === undefined ? [before + ' ', ''] : [before, after];
}
