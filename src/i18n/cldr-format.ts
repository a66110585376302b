import { memo } from '../memo.js';
import type { Pack } from './packs.js';

/**
 * Formatting from a pack's CLDR data, for languages the browser's `Intl`
 * lacks. `Intl` still does the arithmetic (calendar, time zone, digits); the
 * pack supplies the words and the patterns.
 */

const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

/** `value` in a numbering system's digits (`arabext`: ۱۴۰۵), at least `width` of them. */
export function digits(system: string | undefined, value: number, width = 1): string {
  return memo(
    formats,
    `n${system}${width}`,
    () =>
      new Intl.NumberFormat(`en-u-nu-${system ?? 'latn'}`, {
        minimumIntegerDigits: width,
        useGrouping: false,
      }),
  ).format(value);
}

/** The date's fields as numbers in a calendar (`gregory`, `persian`), by their pattern letter (`y`, `M`, `d`, `H`, `m`). */
function fields(
  calendar: string | undefined,
  date: Date,
  timeZone: string | undefined,
): Record<string, number> {
  const format = memo(
    formats,
    `d${calendar}${timeZone}`,
    () =>
      new Intl.DateTimeFormat(`en-u-ca-${calendar ?? 'gregory'}-nu-latn`, {
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        hourCycle: 'h23',
        timeZone,
      }),
  ) as Intl.DateTimeFormat;
  // The literals' values are not numbers: NaN, and never read.
  return Object.fromEntries(
    format
      .formatToParts(date)
      .map(({ type, value }) => [type === 'month' ? 'M' : type === 'hour' ? 'H' : type[0], +value]),
  );
}

/**
 * A CLDR pattern's `{0}`, `{1}` filled in one pass, by a function: a name
 * with `$&` or `{1}` in it is put in as written, never read as a pattern.
 */
const put = (pattern: string, ...values: string[]): string =>
  pattern.replace(/\{(\d)\}/g, (_, index: number) => values[index]);

/**
 * A date from a pack: its CLDR pattern (`d MMM y`; with a time, `{1} 'at' {0}`
 * holding `d MMMM y` and `HH:mm`) filled in, with the fields
 * scripts/build-locales.mjs allows.
 */
export function formatDateFromPack(
  { d }: Pack,
  date: Date,
  { dateStyle, timeStyle, timeZone }: Intl.DateTimeFormatOptions,
): string {
  const data = d!;
  const at = fields(data.c, date, timeZone);
  const [medium, long, time, atTime] = data.p;
  const day = dateStyle === 'long' || dateStyle === 'full' ? long : medium;
  // The patterns are put together first, then filled in one pass: quotes in each stay balanced.
  return (timeStyle ? put(atTime, time, day) : day).replace(
    /'([^']*)'|([GyMdHhma])\2*/g,
    (field, quoted: string | undefined, letter: string) => {
      if (quoted !== undefined) return quoted || "'";
      const width = field.length;
      if (letter === 'G') return data.e!;
      if (letter === 'a') return data.a![at.H < 12 ? 0 : 1];
      // MMM is the abbreviated month's name, MMMM the full one's.
      if (letter === 'M' && width > 2) return (width > 3 ? data.w! : data.m!)[at.M - 1];
      // A year is written whole, whatever its pattern's width.
      return digits(data.n, letter === 'h' ? at.H % 12 || 12 : at[letter], letter === 'y' ? 1 : width);
    },
  );
}

/** CLDR's list algorithm over a pack's patterns: pair, start, middle, end. */
export function joinFromPack({ l }: Pack, items: readonly string[]): string {
  const [pair, start, middle, end] = l!;
  const last = items.length - 1;
  // From the end: the last item alone, then each item before it joined to the text after it.
  return items.reduceRight(
    (text, item, index) =>
      index === last
        ? item
        : put(last === 1 ? pair : index === last - 1 ? end : index ? middle : start, item, text),
    '',
  );
}

/** "5 минут назад" from a pack (units keyed by their first letter): past only, as stories are; 0 seconds is "now". */
export function relativeFromPack(
  { r, d }: Pack,
  amount: number,
  unit: 'second' | 'minute' | 'hour' | 'day',
): string {
  const data = r!;
  const ago = -amount;
  const named = ago <= 0 ? data[0] : unit === 'day' ? data[-ago] : undefined;
  if (typeof named === 'string') return named;
  const patterns = data[unit[0]] as Record<string, string>;
  const category = (data.p as string | undefined)?.[ago] ?? 'o';
  return put(patterns[category] ?? patterns.o, digits(d?.n, ago));
}
