import { memo } from '../memo.js';
import type { CldrData, RelativeTimeUnit } from './cldr-data.js';

/**
 * Formatting from CLDR's data, as a pack carries it, for languages the
 * browser's `Intl` lacks. The data gives the words, the patterns and the
 * digits; `Intl` still counts the date's fields (calendar, time zone).
 */

/** `{0}`, `{1}` in a CLDR pattern filled in one pass: a value with `$&` or `{1}` in it is put in as written. */
const fill = (pattern: string, ...values: string[]): string =>
  pattern.replace(/\{(\d)\}/g, (_, index: number) => values[index]);

/** `value` in the language's digits, at least `width` of them. */
const writeNumber = (digits: string, value: number, width = 1): string =>
  String(value)
    .padStart(width, '0')
    .replace(/\d/g, (digit) => digits[Number(digit)]);

/** A date's fields, by the CLDR pattern letter that writes each: year, month, day, hour (0–23), minute. */
interface DateFields {
  y: number;
  M: number;
  d: number;
  H: number;
  m: number;
}

const calendarFormats = new Map<string, Intl.DateTimeFormat>();

/** The date's fields in `calendar`, in `timeZone` (the reader's if none). */
function dateFields(calendar: string, date: Date, timeZone: string | undefined): DateFields {
  const format = memo(
    calendarFormats,
    `${calendar} ${timeZone}`,
    () =>
      new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, {
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        hourCycle: 'h23',
        timeZone,
      }),
  );
  const parts = new Map(format.formatToParts(date).map(({ type, value }) => [type, Number(value)]));
  return {
    y: parts.get('year')!,
    M: parts.get('month')!,
    d: parts.get('day')!,
    H: parts.get('hour')!,
    m: parts.get('minute')!,
  };
}

/**
 * A date from CLDR's patterns: `d MMM y`, or with a time, the long date and
 * the time put into the glue (`{1} 'at' {0}`) and then filled in, using the
 * fields scripts/build-locales.mjs allows.
 */
export function formatDateFromCldr(
  { dates, digits }: CldrData,
  date: Date,
  { dateStyle, timeStyle, timeZone }: Intl.DateTimeFormatOptions,
): string {
  const { mediumDate, longDate, shortTime, dateAtTime } = dates.patterns;
  const datePattern = dateStyle === 'long' || dateStyle === 'full' ? longDate : mediumDate;
  const fields = dateFields(dates.calendar, date, timeZone);
  // The patterns are put together first, then filled in one pass: quotes in each stay balanced.
  return (timeStyle ? fill(dateAtTime, shortTime, datePattern) : datePattern).replace(
    /'([^']*)'|([GyMdHhma])\2*/g,
    (field, quoted: string | undefined, letter: string) => {
      if (quoted !== undefined) return quoted || "'";
      if (letter === 'G') return dates.era!;
      if (letter === 'a') return fields.H < 12 ? dates.dayPeriods!.am : dates.dayPeriods!.pm;
      if (field === 'MMM') return dates.monthsAbbreviated![fields.M - 1];
      if (field === 'MMMM') return dates.monthsWide![fields.M - 1];
      // `h` is the hour on a 12-hour clock; a year is written whole, whatever its pattern's width.
      const value = letter === 'h' ? fields.H % 12 || 12 : fields[letter as keyof DateFields];
      return writeNumber(digits, value, letter === 'y' ? 1 : field.length);
    },
  );
}

/** CLDR's list algorithm: two items by `pair`; more by `start`, `middle`… and `end`. */
export function joinFromCldr({ lists }: CldrData, items: readonly string[]): string {
  const last = items.length - 1;
  // From the end: the last item alone, then each item before it joined to the text after it.
  return items.reduceRight((text, item, index) => {
    if (index === last) return item;
    const pattern =
      last === 1 ? lists.pair : index === last - 1 ? lists.end : index === 0 ? lists.start : lists.middle;
    return fill(pattern, item, text);
  }, '');
}

/** "5 минут назад": past times only, as stories are; 0 seconds is "now". */
export function formatRelativeTimeFromCldr(
  { relativeTime, digits }: CldrData,
  amount: number,
  unit: RelativeTimeUnit,
): string {
  const ago = -amount;
  if (ago <= 0) return relativeTime.now;
  if (unit === 'day' && ago === 1) return relativeTime.yesterday;
  if (unit === 'day' && ago === 2 && relativeTime.dayBeforeYesterday) return relativeTime.dayBeforeYesterday;
  const patterns = relativeTime.past[unit];
  return fill(patterns[relativeTime.pluralCategories[ago]] ?? patterns.other, writeNumber(digits, ago));
}
