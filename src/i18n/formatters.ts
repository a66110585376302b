import { formatDateFromPack, joinFromPack, relativeFromPack } from './cldr-format.js';
import { languageChain } from './language-chain.js';
import { memo } from '../memo.js';
import { packFailed, packFor, type Pack } from './packs.js';

/**
 * Localised dates, relative times and lists: the browser's `Intl` where it
 * knows the language, a pack's CLDR data where it does not.
 */

type Kind = 'd' | 'r' | 'l';

/** An `Intl` formatter: its `format` takes what its kind formats. */
interface Formatter {
  format(...args: unknown[]): string;
}

const MEDIUM_DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };

/**
 * Each kind's `Intl` formatter, its options (a list is a conjunction in long
 * style: `Intl.ListFormat`'s defaults) and what it is probed with, to judge
 * whether the browser knows a language; and how a pack formats the kind.
 */
const KINDS: Record<
  Kind,
  [
    Format: new (lang: string, options: object) => Formatter,
    options: object,
    probe: unknown[],
    byPack: (pack: Pack, ...args: never[]) => string,
  ]
> = {
  d: [Intl.DateTimeFormat, MEDIUM_DATE, [new Date(2026, 2, 21, 14, 5)], formatDateFromPack],
  r: [Intl.RelativeTimeFormat, { numeric: 'auto' }, [-5, 'minute'], relativeFromPack],
  l: [Intl.ListFormat, {}, [['A', 'B']], joinFromPack],
};

/**
 * Cached `Intl` formatters, by options object and language. Constructing one
 * costs far more than using it, and a feed of fifty cards asks for the same
 * few again and again; every caller passes a constant options object.
 */
const formatters = new WeakMap<object, Map<string, Formatter>>();

function intl(kind: Kind, lang: string, args: unknown[], options = KINDS[kind][1]): string {
  return memo(
    memo(formatters, options, () => new Map()),
    lang,
    () => new KINDS[kind][0](lang, options),
  ).format(...args);
}

/** `args` formatted from a pack's CLDR data. */
const fromPack = (kind: Kind, pack: Pack, args: unknown[], options?: object): string =>
  (KINDS[kind][3] as (pack: Pack, ...args: unknown[]) => string)(pack, ...args, options);

const lacking = new WeakMap<object, Map<string, boolean>>();

/**
 * Whether this browser's `Intl` lacks the language, judged by what it
 * produces, not by `supportedLocalesOf`: Chromium claims Kazakh and Bosnian
 * and then prints ICU's root data (`2026 M03 21`, `-5 min`, `A, B`); for
 * Georgian or Pashto it quietly answers in English. Where the language's
 * pack carries CLDR's data, `Intl` must also agree with it: WebKitGTK's
 * older ICU joins a Bulgarian date and time with "ч.", gives Dari Iranian
 * month names and an Azerbaijani date an English "at".
 */
function intlLacks(kind: Kind, lang: string, options = KINDS[kind][1]): boolean {
  const probe = KINDS[kind][2];
  const pack = packFor(lang);
  const cldr = pack?.[kind] ? pack : undefined;
  return (
    lang !== 'en' &&
    // Judged again once the pack has arrived.
    memo(
      memo(lacking, options, () => new Map()),
      kind + lang + !cldr,
      () => {
        const own = intl(kind, lang, probe, options);
        return (
          own === intl(kind, 'en', probe, options) ||
          /M03|^-|^A, B$/.test(own) ||
          (cldr !== undefined && own !== fromPack(kind, cldr, probe, options))
        );
      },
    )
  );
}

/**
 * Formats `args` with the first language along the chain that the browser
 * or a loaded pack can format.
 */
function format(kind: Kind, lang: string, args: unknown[], options?: object): string {
  // The chain ends in English, which the browser always formats.
  const tag = languageChain(lang).find(
    (tag) => !packFailed(tag) && (!intlLacks(kind, tag, options) || packFor(tag)?.[kind]),
  )!;
  return intlLacks(kind, tag, options)
    ? fromPack(kind, packFor(tag)!, args, options)
    : intl(kind, tag, args, options);
}

/** "Reuters, Interfax, and TASS" in English, "Reuters، Interfax، و TASS" in Persian. */
export function formatList(lang: string, items: readonly string[]): string {
  return format('l', lang, [items]);
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
    if (Math.abs(amount) < size) return format('r', lang, [Math.trunc(amount) || 0, unit]);
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
  return format('d', lang, [date], options);
}
