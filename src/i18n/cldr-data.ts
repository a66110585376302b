/**
 * CLDR's data for one language, as a pack carries it where browsers' `Intl`
 * lacks the language (and as English carries it, built in): what
 * src/i18n/cldr-format.ts formats from. scripts/build-locales.mjs writes it.
 */

export interface CldrData {
  /** The ten digits of the language's numbering system, 0 first: `0123456789`, `۰۱۲۳۴۵۶۷۸۹`. */
  digits: string;
  dates: DateData;
  relativeTime: RelativeTimeData;
  lists: ListPatterns;
}

export interface DateData {
  /** The calendar a date's fields are counted in, as `Intl` names it: `gregory`, or `persian` (Solar Hijri). */
  calendar: string;
  /**
   * CLDR patterns (`d MMM y`, `HH:mm`): the medium and long date, the short
   * time, and the glue that puts a long date (`{1}`) and a time (`{0}`) together.
   */
  patterns: { mediumDate: string; longDate: string; shortTime: string; dateAtTime: string };
  /** The months as `MMM` writes them, January first; only when a pattern uses them. */
  monthsAbbreviated?: string[];
  /** The months as `MMMM` writes them, January first; only when a pattern uses them. */
  monthsWide?: string[];
  /** Before and after noon (`a`); only when a pattern uses them. */
  dayPeriods?: { am: string; pm: string };
  /** The current era (`G`), as the Solar Hijri calendar's `AP`; only when a pattern uses it. */
  era?: string;
}

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

export interface RelativeTimeData {
  /** What 0 seconds ago reads as: "now". */
  now: string;
  yesterday: string;
  /** Where the language has a word for it: "позавчера". */
  dayBeforeYesterday?: string;
  /**
   * The plural category of each whole number from 0 to 60, the only numbers a
   * relative time counts (`Intl.PluralRules` is wrong for some of these languages).
   */
  pluralCategories: PluralCategory[];
  /** "{0} minutes ago", by unit and by plural category; `other` is always there. */
  past: Record<RelativeTimeUnit, Partial<Record<PluralCategory, string>> & { other: string }>;
}

export type RelativeTimeUnit = 'second' | 'minute' | 'hour' | 'day';

/** CLDR's list patterns: two items (`pair`), and the first, middle and last joins of three or more. */
export interface ListPatterns {
  pair: string;
  start: string;
  middle: string;
  end: string;
}
