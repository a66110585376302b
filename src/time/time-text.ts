import { formatDate, formatRelativeTime } from '../i18n/formatters.js';

const FULL_DATE_AND_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short' };

/** Up to this age a story's time reads as "3 hours ago"; after it, as a date. */
const RELATIVE_FOR = 24 * 60 * 60 * 1000;
/** Clocks disagree: a story "from the future" by a few minutes is simply new. */
const CLOCK_SKEW = 5 * 60 * 1000;

/**
 * How a story's time reads: relative while recent, a localised date after.
 * `label` is the full date and time, for a tooltip.
 */
export function timeText(lang: string, iso: string, now = new Date()): { text: string; label: string } {
  const date = new Date(iso);
  const age = now.getTime() - date.getTime();
  return {
    // Within a day, a relative time always reads (formatRelativeTime stops at a week).
    text:
      age < RELATIVE_FOR && age > -CLOCK_SKEW
        ? formatRelativeTime(lang, age < 0 ? now : date, now)!
        : formatDate(lang, date),
    label: formatDate(lang, date, FULL_DATE_AND_TIME),
  };
}

/**
 * Whether a story's time (`iso`) can still read differently as minutes
 * pass: while it reads as relative, and while it lies ahead (it will). A
 * date more than a day old reads the same for good.
 */
export function changesWithTheMinute(iso: string | undefined): boolean {
  return iso !== undefined && Date.now() - Date.parse(iso) < RELATIVE_FOR;
}
