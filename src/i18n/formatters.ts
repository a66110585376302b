import { canonicalLang } from './language.js';
import { translate, translateOwn } from './strings.js';

/**
 * Cached `Intl` formatters. Constructing one costs far more than using it,
 * and a feed of fifty cards asks for the same few again and again, so each
 * (kind, language, options) combination is built once per page.
 */

const cache = new Map<string, unknown>();
/** The same by options object: callers that pass a constant skip building the key. */
const byOptionsObject = new WeakMap<object, Map<string, unknown>>();

function cached<T>(kind: string, lang: string, options: object, create: () => T): T {
  let forOptions = byOptionsObject.get(options);
  if (!forOptions) byOptionsObject.set(options, (forOptions = new Map()));
  let formatter = forOptions.get(lang) as T | undefined;
  if (formatter !== undefined) return formatter;
  const key = `${kind}|${lang}|${JSON.stringify(options)}`;
  formatter = cache.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = create();
    cache.set(key, formatter);
  }
  forOptions.set(lang, formatter);
  return formatter;
}

/** Makes `lang` safe to hand to `Intl`: an invalid tag falls back to English. */
function supported(lang: string): string {
  return canonicalLang(lang) ?? 'en';
}

const LIST: Intl.ListFormatOptions = { type: 'conjunction', style: 'long' };
export const MEDIUM_DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };

export function listFormatter(lang: string, options: Intl.ListFormatOptions = LIST): Intl.ListFormat {
  const locale = supported(lang);
  return cached('list', locale, options, () => new Intl.ListFormat(locale, { ...LIST, ...options }));
}

/** Pass a constant options object where you can: it is the cache's fastest key. */
export function dateFormatter(
  lang: string,
  options: Intl.DateTimeFormatOptions = MEDIUM_DATE,
): Intl.DateTimeFormat {
  const locale = supported(lang);
  return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

const RELATIVE: Intl.RelativeTimeFormatOptions = { numeric: 'auto', style: 'long' };

export function relativeTimeFormatter(
  lang: string,
  options: Intl.RelativeTimeFormatOptions = RELATIVE,
): Intl.RelativeTimeFormat {
  const locale = supported(lang);
  return cached(
    'relative',
    locale,
    options,
    () => new Intl.RelativeTimeFormat(locale, { ...RELATIVE, ...options }),
  );
}

const dataCache = new Map<string, boolean>();

type IntlKind = 'ListFormat' | 'DateTimeFormat' | 'RelativeTimeFormat';

/**
 * Whether this browser's `Intl` knows the language. Browsers ship different
 * slices of CLDR: Chromium has no Georgian, Armenian or Pashto lists, dates or
 * relative times, and would silently answer in English.
 */
function hasIntlData(kind: IntlKind, lang: string): boolean {
  const key = `${kind}|${lang}`;
  let known = dataCache.get(key);
  if (known === undefined) {
    known = Intl[kind].supportedLocalesOf(supported(lang)).length > 0;
    dataCache.set(key, known);
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
  return hasIntlData('ListFormat', lang)
    ? listFormatter(lang).format(items)
    : joinWithTranslations(lang, items);
}

const RELATIVE_STEPS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
];

const OWN_RELATIVE_KEYS = {
  second: 'secondsAgo',
  minute: 'minutesAgo',
  hour: 'hoursAgo',
  day: 'daysAgo',
} as const;

/** The browser's relative time; else our own short pattern for the language; else English. */
function relative(lang: string, amount: number, unit: keyof typeof OWN_RELATIVE_KEYS): string {
  if (!hasIntlData('RelativeTimeFormat', lang) && amount <= 0) {
    const own = translateOwn(lang, OWN_RELATIVE_KEYS[unit], { n: String(-amount) });
    if (own !== undefined) return own;
    lang = 'en';
  }
  return relativeTimeFormatter(lang).format(amount, unit);
}

/**
 * "3 minutes ago", "yesterday" — for times within a week of `now`; `undefined`
 * beyond that, where an absolute date reads better.
 */
export function formatRelativeTime(lang: string, date: Date, now: Date = new Date()): string | undefined {
  let amount = (date.getTime() - now.getTime()) / 1000;
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(amount) < size)
      return relative(lang, Math.trunc(amount) || 0, unit as keyof typeof OWN_RELATIVE_KEYS);
    amount /= size;
  }
  return undefined;
}

/**
 * A localised date. Where the browser lacks the language, an unambiguous
 * numeric `2026-03-21` (and `14:05`) rather than English month names.
 */
export function formatDate(lang: string, date: Date, options?: Intl.DateTimeFormatOptions): string {
  if (hasIntlData('DateTimeFormat', lang)) return dateFormatter(lang, options).format(date);
  const { timeZone, timeStyle } = options ?? {};
  const numeric = dateFormatter('en-CA', {
    dateStyle: undefined,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone,
  });
  const day = numeric.format(date);
  if (!timeStyle) return day;
  const time = dateFormatter('en-GB', { dateStyle: undefined, hour: '2-digit', minute: '2-digit', timeZone });
  return `${day} ${time.format(date)}`;
}
