import type { Pack } from './packs.js';

/**
 * Formatting from a pack's CLDR data, for languages the browser's `Intl`
 * lacks. `Intl` still does the arithmetic (calendar, time zone, digits); the
 * pack supplies the words and the patterns.
 */

type DateData = NonNullable<Pack['d']>;

const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cachedFormat<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, create: () => T): T {
  let format = formats.get(key) as T | undefined;
  if (!format) formats.set(key, (format = create()));
  return format;
}

/** `value` in a numbering system's digits (`arabext`: ۱۴۰۵), at least `width` of them. */
export function digits(system: string | undefined, value: number, width = 1): string {
  return cachedFormat(
    `n${system}${width}`,
    () =>
      new Intl.NumberFormat(`en-u-nu-${system ?? 'latn'}`, {
        minimumIntegerDigits: width,
        useGrouping: false,
      }),
  ).format(value);
}

/** The date's fields as numbers in a calendar (`gregory`, `persian`). */
function fields(
  calendar: string | undefined,
  date: Date,
  timeZone: string | undefined,
): Record<string, number> {
  const format = cachedFormat(
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
  );
  const result: Record<string, number> = {};
  for (const { type, value } of format.formatToParts(date)) result[type] = parseInt(value, 10);
  return result;
}

/** A CLDR date pattern (`d MMM y`, `'at' HH:mm`) filled in: the fields scripts/build-locales.mjs allows. */
function fill(pattern: string, data: DateData, at: Record<string, number>): string {
  const number = (value: number, field: string) => digits(data.n, value, field.length);
  return pattern.replace(
    /'([^']*)'|([GyMdHhma])\2*/g,
    (field, quoted: string | undefined, letter: string) => {
      if (quoted !== undefined) return quoted || "'";
      switch (letter) {
        case 'G':
          return data.e!;
        case 'y':
          return digits(data.n, at.year);
        case 'M':
          return field.length > 3
            ? data.w![at.month - 1]
            : field.length > 2
              ? data.m![at.month - 1]
              : number(at.month, field);
        case 'd':
          return number(at.day, field);
        case 'H':
          return number(at.hour, field);
        case 'h':
          return number(at.hour % 12 || 12, field);
        case 'm':
          return number(at.minute, field);
        default:
          return data.a![at.hour < 12 ? 0 : 1];
      }
    },
  );
}

export function formatDateFromPack(
  data: DateData,
  date: Date,
  { dateStyle, timeStyle, timeZone }: Intl.DateTimeFormatOptions,
): string {
  const at = fields(data.c, date, timeZone);
  const [medium, long, time, atTime] = data.p;
  const day = fill(dateStyle === 'long' || dateStyle === 'full' ? long : medium, data, at);
  return timeStyle
    ? fill(atTime, data, at)
        .replace('{1}', day)
        .replace('{0}', fill(time, data, at))
    : day;
}

/** CLDR's list algorithm over a pack's patterns: pair, start, middle, end. */
export function joinFromPack([pair, start, middle, end]: string[], items: readonly string[]): string {
  const join = (pattern: string, first: string, rest: string) =>
    pattern.replace('{0}', first).replace('{1}', rest);
  if (items.length < 2) return items[0] ?? '';
  if (items.length === 2) return join(pair, items[0], items[1]);
  let text = join(end, items[items.length - 2], items[items.length - 1]);
  for (let i = items.length - 3; i > 0; i--) text = join(middle, items[i], text);
  return join(start, items[0], text);
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
  return (patterns[category] ?? patterns.o).replace('{0}', digits(d?.n, ago));
}
