import { formatDateFromPack, joinFromPack, relativeFromPack } from './cldr-format.js';
import { languageChain } from './language-chain.js';
import { memo } from '../memo.js';
import { packFailed, packFor, type Pack } from './packs.js';

/**
 * Localised dates, relative times and lists: the browser's `Intl` where it
 * knows the language, a pack's CLDR data where it does not.
 */

const MEDIUM_DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };
const RELATIVE: Intl.RelativeTimeFormatOptions = { numeric: 'auto' };
/** A conjunction in long style: `Intl.ListFormat`'s defaults. */
const LIST: Intl.ListFormatOptions = {};

/**
 * Cached `Intl` formatters, by options object and language. Constructing one
 * costs far more than using it, and a feed of fifty cards asks for the same
 * few again and again; every caller passes a constant options object.
 */
const formatters = new WeakMap<object, Map<string, unknown>>();

function intl<T, O extends object>(Format: new (lang: string, options: O) => T, lang: string, options: O): T {
  return memo(
    memo(formatters, options, () => new Map()),
    lang,
    () => new Format(lang, options),
  ) as T;
}

type Kind = 'd' | 'r' | 'l';

const PROBE_DATE = new Date(2026, 2, 21, 14, 5);
/** What the browser makes of each kind in a language, to judge whether it knows the language. */
const PROBES: Record<Kind, (lang: string) => string> = {
  d: (lang) => intl(Intl.DateTimeFormat, lang, MEDIUM_DATE).format(PROBE_DATE),
  r: (lang) => intl(Intl.RelativeTimeFormat, lang, RELATIVE).format(-5, 'minute'),
  l: (lang) => intl(Intl.ListFormat, lang, LIST).format(['A', 'B']),
};
const lacking = new Map<string, boolean>();

/**
 * Whether this browser's `Intl` lacks the language, judged by what it
 * produces, not by `supportedLocalesOf`: Chromium claims Kazakh and Bosnian
 * and then prints ICU's root data (`2026 M03 21`, `-5 min`, `A, B`); for
 * Georgian or Pashto it quietly answers in English.
 */
function intlLacks(kind: Kind, lang: string): boolean {
  return (
    lang !== 'en' &&
    memo(lacking, kind + lang, () => {
      const own = PROBES[kind](lang);
      return own === PROBES[kind]('en') || /M03|^-|^A, B$/.test(own);
    })
  );
}

/**
 * Formats with the first language along the chain that the browser
 * (`byIntl`, given the tag) or a loaded pack (`byPack`) can format.
 */
function format(
  kind: Kind,
  lang: string,
  byIntl: (tag: string) => string,
  byPack: (pack: Pack) => string,
): string {
  for (const tag of languageChain(lang)) {
    if (packFailed(tag)) continue;
    if (!intlLacks(kind, tag)) return byIntl(tag);
    const pack = packFor(tag);
    if (pack?.[kind]) return byPack(pack);
  }
  return byIntl('en');
}

/** "Reuters, Interfax, and TASS" in English, "Reuters، Interfax، و TASS" in Persian. */
export function formatList(lang: string, items: readonly string[]): string {
  return format(
    'l',
    lang,
    (tag) => intl(Intl.ListFormat, tag, LIST).format(items),
    (pack) => joinFromPack(pack.l!, items),
  );
}

/** The units of a relative time, each with how many of it make the next. */
const RELATIVE_STEPS: Array<['second' | 'minute' | 'hour' | 'day', number]> = [
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
      const whole = Math.trunc(amount) || 0;
      return format(
        'r',
        lang,
        (tag) => intl(Intl.RelativeTimeFormat, tag, RELATIVE).format(whole, unit),
        (pack) => relativeFromPack(pack, whole, unit),
      );
    }
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
  return format(
    'd',
    lang,
    (tag) => intl(Intl.DateTimeFormat, tag, options).format(date),
    (pack) => formatDateFromPack(pack.d!, date, options),
  );
}
