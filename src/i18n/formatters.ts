import { translate } from './strings.js';

/**
 * Cached `Intl` formatters. Constructing one costs far more than using it,
 * and a feed of fifty cards asks for the same few again and again, so each
 * (kind, language, options) combination is built once per page.
 */

const cache = new Map<string, unknown>();

function cached<T>(kind: string, lang: string, options: object, create: () => T): T {
  const key = `${kind}|${lang}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = create();
    cache.set(key, formatter);
  }
  return formatter;
}

/** Makes `lang` safe to hand to `Intl`: an invalid tag falls back to English. */
function supported(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

export function listFormatter(lang: string, options: Intl.ListFormatOptions = {}): Intl.ListFormat {
  const locale = supported(lang);
  const merged: Intl.ListFormatOptions = { type: 'conjunction', style: 'long', ...options };
  return cached('list', locale, merged, () => new Intl.ListFormat(locale, merged));
}

export function dateFormatter(lang: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const locale = supported(lang);
  const merged: Intl.DateTimeFormatOptions = { dateStyle: 'medium', ...options };
  return cached('date', locale, merged, () => new Intl.DateTimeFormat(locale, merged));
}

export function relativeTimeFormatter(
  lang: string,
  options: Intl.RelativeTimeFormatOptions = {},
): Intl.RelativeTimeFormat {
  const locale = supported(lang);
  const merged: Intl.RelativeTimeFormatOptions = { numeric: 'auto', style: 'long', ...options };
  return cached('relative', locale, merged, () => new Intl.RelativeTimeFormat(locale, merged));
}

const listDataCache = new Map<string, boolean>();

/**
 * Whether this browser's `Intl.ListFormat` knows the language. Browsers ship
 * different slices of CLDR: Chromium has no Georgian, Armenian or Pashto
 * lists, and would silently answer in English.
 */
function hasListData(lang: string): boolean {
  let known = listDataCache.get(lang);
  if (known === undefined) {
    known = Intl.ListFormat.supportedLocalesOf(supported(lang)).length > 0;
    listDataCache.set(lang, known);
  }
  return known;
}

/** CLDR's list algorithm over the patterns in our own translations. */
function joinWithTranslations(lang: string, items: readonly string[]): string {
  if (items.length < 2) return items[0] ?? '';
  if (items.length === 2) return translate(lang, 'listPair', { 0: items[0], 1: items[1] });
  let text = items[0];
  for (const item of items.slice(1, -1)) text = translate(lang, 'listMiddle', { 0: text, 1: item });
  return translate(lang, 'listEnd', { 0: text, 1: items[items.length - 1] });
}

/** "Reuters, Interfax, and TASS" in English, "Reuters، Interfax، و TASS" in Persian. */
export function formatList(lang: string, items: readonly string[]): string {
  return hasListData(lang) ? listFormatter(lang).format(items) : joinWithTranslations(lang, items);
}

const RELATIVE_STEPS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
];

/**
 * "3 minutes ago", "yesterday" — for times within a week of `now`; `undefined`
 * beyond that, where an absolute date reads better.
 */
export function formatRelativeTime(lang: string, date: Date, now: Date = new Date()): string | undefined {
  let amount = (date.getTime() - now.getTime()) / 1000;
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(amount) < size) {
      return relativeTimeFormatter(lang).format(Math.trunc(amount), unit);
    }
    amount /= size;
  }
  return undefined;
}

export function formatDate(lang: string, date: Date, options?: Intl.DateTimeFormatOptions): string {
  return dateFormatter(lang, options).format(date);
}
