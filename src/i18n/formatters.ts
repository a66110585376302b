import { formatDateFromCldr, formatRelativeTimeFromCldr, joinFromCldr } from './cldr-format.js';
import type { CldrData, RelativeTimeUnit } from './cldr-data.js';
import { languageChain } from './language-chain.js';
import { memo } from '../memo.js';
import { packFailed, packFor } from './registry.js';

/**
 * Localised dates, relative times and lists: the browser's `Intl` where it
 * knows the language, CLDR's data from the language's pack where it does not.
 */

/** An `Intl` formatter: its `format` takes what its kind formats. */
interface Formatter {
  format(...args: unknown[]): string;
}

/**
 * One kind of value, formatted either way: by its `Intl` formatter (made with
 * `options`, unless a caller passes its own), or from CLDR's data (given the
 * same arguments, then the caller's options). `probe` is what `Intl` is tried
 * with, to judge whether the browser knows a language.
 */
interface Formatting {
  Intl: new (lang: string, options: object) => Formatter;
  options: object;
  cldr: (data: CldrData, ...args: never[]) => string;
  probe: unknown[];
}

const MEDIUM_DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };

const DATES: Formatting = {
  Intl: Intl.DateTimeFormat,
  options: MEDIUM_DATE,
  cldr: formatDateFromCldr,
  probe: [new Date(2026, 2, 21, 14, 5)],
};

const RELATIVE_TIMES: Formatting = {
  Intl: Intl.RelativeTimeFormat,
  options: { numeric: 'auto' },
  cldr: formatRelativeTimeFromCldr,
  probe: [-5, 'minute'],
};

const LISTS: Formatting = {
  Intl: Intl.ListFormat,
  // A conjunction in long style: "A, B, and C".
  options: {},
  cldr: joinFromCldr,
  probe: [['A', 'B']],
};

/**
 * Cached `Intl` formatters, by options object and language. Constructing one
 * costs far more than using it, and a feed of fifty cards asks for the same
 * few again and again; every caller passes a constant options object.
 */
const intlFormatters = new WeakMap<object, Map<string, Formatter>>();

function formatWithIntl(kind: Formatting, lang: string, args: unknown[], options = kind.options): string {
  return memo(
    memo(intlFormatters, options, () => new Map()),
    lang,
    () => new kind.Intl(lang, options),
  ).format(...args);
}

const lacking = new WeakMap<Formatting, Map<string, boolean>>();

/**
 * Whether this browser's `Intl` lacks the language for a kind, judged by what
 * it produces, not by `supportedLocalesOf`: Chromium claims Kazakh and
 * Bosnian and then prints ICU's root data (`2026 M03 21`, `-5 min`, `A, B`);
 * for Georgian or Pashto it quietly answers in English.
 */
function intlLacks(kind: Formatting, lang: string): boolean {
  return memo(
    memo(lacking, kind, () => new Map()),
    lang,
    () => {
      const own = formatWithIntl(kind, lang, kind.probe);
      return own === formatWithIntl(kind, 'en', kind.probe) || /M03|^-|^A, B$/.test(own);
    },
  );
}

/**
 * Formats with the first language along the chain that a loaded pack or the
 * browser can format. A pack carries CLDR's data only for languages that some
 * browser's `Intl` lacks or writes otherwise (WebKit's older ICU joins a
 * Bulgarian date and time with "ч." and gives Dari Iranian month names), so
 * where it has arrived it is used in every browser, and they all read alike.
 */
function format(kind: Formatting, lang: string, args: unknown[], options?: object): string {
  const fromCldr = kind.cldr as (data: CldrData, ...args: unknown[]) => string;
  for (const tag of languageChain(lang)) {
    if (packFailed(tag)) continue;
    const cldr = packFor(tag)?.cldr;
    if (cldr) return fromCldr(cldr, ...args, options);
    if (tag === 'en' || !intlLacks(kind, tag)) return formatWithIntl(kind, tag, args, options);
  }
  // Every chain ends in English, which the browser always formats.
  return formatWithIntl(kind, 'en', args, options);
}

/** "Reuters, Interfax, and TASS" in English, "Reuters، Interfax، و TASS" in Persian. */
export function formatList(lang: string, items: readonly string[]): string {
  return format(LISTS, lang, [items]);
}

/** The units of a relative time, each with how many of it make the next. */
const RELATIVE_STEPS: Array<[RelativeTimeUnit, number]> = [
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
    if (Math.abs(amount) < size) return format(RELATIVE_TIMES, lang, [Math.trunc(amount) || 0, unit]);
    amount /= size;
  }
  return undefined;
}

/**
 * A localised date: the browser's, else from the language's pack (with its
 * calendar and digits), else from the next language along its chain. Pass a
 * constant `options` object: it keys the formatter cache.
 */
export function formatDate(
  lang: string,
  date: Date,
  options: Intl.DateTimeFormatOptions = MEDIUM_DATE,
): string {
  return format(DATES, lang, [date], options);
}
