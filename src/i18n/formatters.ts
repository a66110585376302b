import { formatDateFromPack, joinFromPack, relativeFromPack } from './cldr-format.js';
import { canonicalLang } from './language.js';
import { languageChain } from './language-chain.js';
import { packFailed, packFor, type Pack } from './packs.js';

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

type Kind = 'd' | 'r' | 'l';

/** Where a language's answers come from: the browser's `Intl` in this language, or a pack's CLDR data. */
type Source = { lang: string; pack?: Pack };

const lacking = new Map<string, boolean>();
const PROBE_DATE = new Date(2026, 2, 21, 14, 5);

function probe(kind: Kind, lang: string): string {
  if (kind === 'd') return dateFormatter(lang).format(PROBE_DATE);
  if (kind === 'r') return relativeTimeFormatter(lang).format(-5, 'minute');
  return listFormatter(lang).format(['A', 'B']);
}

/**
 * Whether this browser's `Intl` lacks the language, judged by what it
 * produces, not by `supportedLocalesOf`: Chromium claims Kazakh and Bosnian
 * and then prints ICU's root data (`2026 M03 21`, `-5 min`, `A, B`); for
 * Georgian or Pashto it quietly answers in English.
 */
function intlLacks(kind: Kind, lang: string): boolean {
  if (lang === 'en') return false;
  const key = kind + lang;
  let lacks = lacking.get(key);
  if (lacks === undefined) {
    const own = probe(kind, lang);
    lacks = own === probe(kind, 'en') || /M03|^-|^A, B$/.test(own);
    lacking.set(key, lacks);
  }
  return lacks;
}

/** The first language along the chain that the browser or a loaded pack can format. */
function sourceFor(kind: Kind, lang: string): Source {
  for (const tag of languageChain(supported(lang))) {
    if (packFailed(tag)) continue;
    if (!intlLacks(kind, tag)) return { lang: tag };
    const pack = packFor(tag);
    if (pack?.[kind]) return { lang: tag, pack };
  }
  return { lang: 'en' };
}

/** "Reuters, Interfax, and TASS" in English, "Reuters، Interfax، و TASS" in Persian. */
export function formatList(lang: string, items: readonly string[]): string {
  const { lang: tag, pack } = sourceFor('l', lang);
  return pack ? joinFromPack(pack.l!, items) : listFormatter(tag).format(items);
}

const RELATIVE_STEPS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
];

function relative(lang: string, amount: number, unit: 'second' | 'minute' | 'hour' | 'day'): string {
  const { lang: tag, pack } = sourceFor('r', lang);
  return pack ? relativeFromPack(pack, amount, unit) : relativeTimeFormatter(tag).format(amount, unit);
}

/**
 * "3 minutes ago", "yesterday" — for times within a week of `now`; `undefined`
 * beyond that, where an absolute date reads better.
 */
export function formatRelativeTime(lang: string, date: Date, now: Date = new Date()): string | undefined {
  let amount = (date.getTime() - now.getTime()) / 1000;
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(amount) < size) return relative(lang, Math.trunc(amount) || 0, unit as 'second');
    amount /= size;
  }
  return undefined;
}

/**
 * A localised date: the browser's, else from the language's pack (with its
 * calendar and digits), else from the next language along its chain.
 */
export function formatDate(
  lang: string,
  date: Date,
  options: Intl.DateTimeFormatOptions = MEDIUM_DATE,
): string {
  const { lang: tag, pack } = sourceFor('d', lang);
  return pack ? formatDateFromPack(pack.d!, date, options) : dateFormatter(tag, options).format(date);
}
