import en from './locales/en.js';
import { translations } from './locales/index.js';

export type StringKey = keyof typeof en;
/** A translation may leave strings out; they fall back along the chain. */
export type Translation = Partial<Record<StringKey, string>>;

/**
 * The languages to try for a tag, most specific first, always ending in
 * English: `fa-AF` gives `fa-AF`, `fa`, `en`. Dari tagged `prs` reads Persian.
 */
export function fallbackChain(lang: string): string[] {
  const chain: string[] = [];
  const parts = lang.split('-');
  for (let length = parts.length; length > 0; length--) {
    chain.push(parts.slice(0, length).join('-'));
  }
  if (parts[0] === 'prs') chain.push('fa');
  chain.push('en');
  return chain;
}

/** The UI string `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function translate(lang: string, key: StringKey, values: Record<string, string> = {}): string {
  const template = templateFor(lang, key);
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}

/**
 * The string from a translation of this language itself (not English), or
 * `undefined`: for callers that have a better fallback than English text.
 */
export function translateOwn(
  lang: string,
  key: StringKey,
  values: Record<string, string> = {},
): string | undefined {
  for (const candidate of fallbackChain(lang).slice(0, -1)) {
    const text = translations[candidate]?.[key];
    if (text !== undefined) return text.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
  }
  return undefined;
}

/**
 * The raw template, for callers that render a placeholder as markup (a link,
 * a styled list) rather than as text; split it with `splitTemplate`.
 */
export function templateFor(lang: string, key: StringKey): string {
  for (const candidate of fallbackChain(lang)) {
    const text = translations[candidate]?.[key];
    if (text !== undefined) return text;
  }
  return en[key];
}

/** `"With reporting by {list}"` split at `{list}`: `["With reporting by ", ""]`. */
export function splitTemplate(template: string, placeholder: string): [before: string, after: string] {
  const marker = `{${placeholder}}`;
  const at = template.indexOf(marker);
  return at === -1 ? [template + ' ', ''] : [template.slice(0, at), template.slice(at + marker.length)];
}
