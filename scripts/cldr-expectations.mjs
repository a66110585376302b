// Writes test/fixtures/languages/expected.json: what every language must read
// like, computed straight from CLDR's JSON and make-plural by this script's
// own small formatter, not by the code under test (src/i18n) nor by the pack
// builder. test/browser/languages.test.ts compares the elements against it,
// in Chromium, Firefox and WebKit. Run: node scripts/cldr-expectations.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as plurals from 'make-plural/plurals';

const require = createRequire(import.meta.url);

/** Every tag the newsroom publishes in, and aliases readers' pages use. */
export const TAGS =
  'en ru uk be bg hu ro ro-MD mo sq sr-Latn sr-Cyrl bs mk cnr ka hy az kk ky uz tg tk tt ba ce av crh fa fa-AF prs ps ur'.split(
    ' ',
  );

/**
 * The CLDR locale whose data each tag must show. CLDR has no Montenegrin,
 * Avar or Crimean Tatar: the documented fallbacks (docs/languages.md).
 */
const CLDR_LOCALE = { mo: 'ro', cnr: 'sr-Latn-ME', av: 'ru', crh: 'tr', prs: 'fa-AF' };

/** The test's date: 21 March 2026, 14:05 local time. It is 1 Farvardin 1405 in the Solar Hijri calendar (Nowruz). */
const DATE = { gregorian: { y: 2026, M: 3, d: 21 }, persian: { y: 1405, M: 1, d: 1 }, H: 14, m: 5 };

const load = (pkg, locale, file) => {
  const json = require(`${pkg}/main/${locale}/${file}.json`);
  return json.main[locale];
};
const supplemental = (file) => require(`cldr-core/supplemental/${file}.json`).supplemental;

function calendarOf(locale) {
  const likely = supplemental('likelySubtags').likelySubtags;
  const full = likely[locale] ?? likely[locale.split('-')[0]];
  const region = locale.match(/-([A-Z]{2})$/)?.[1] ?? full.split('-').at(-1);
  const preference = supplemental('calendarPreferenceData').calendarPreferenceData;
  return (preference[region] ?? preference['001'])[0];
}

function digitsOf(locale) {
  const system = load('cldr-numbers-full', locale, 'numbers').numbers.defaultNumberingSystem;
  const digits = supplemental('numberingSystems').numberingSystems[system]._digits;
  return (value, width = 1) =>
    String(value)
      .padStart(width, '0')
      .replace(/\d/g, (digit) => [...digits][digit]);
}

/** Formats one CLDR date pattern for DATE. */
function formatPattern(pattern, calendar, data, digits) {
  const day = DATE[calendar];
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const char = pattern[i];
    if (char === "'") {
      const close = pattern.indexOf("'", i + 1);
      out += close === i + 1 ? "'" : pattern.slice(i + 1, close);
      i = close + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(char)) {
      out += char;
      i++;
      continue;
    }
    let count = 1;
    while (pattern[i + count] === char) count++;
    i += count;
    const months = (width) => data.months.format[width][day.M];
    switch (char) {
      case 'y':
        out += digits(day.y);
        break;
      case 'M':
        out += count >= 4 ? months('wide') : count === 3 ? months('abbreviated') : digits(day.M, count);
        break;
      case 'd':
        out += digits(day.d, count);
        break;
      case 'G': {
        const eras = data.eras.eraAbbr;
        out += eras[Object.keys(eras).at(-1)];
        break;
      }
      case 'H':
        out += digits(DATE.H, count);
        break;
      case 'h':
        out += digits(DATE.H % 12 || 12, count);
        break;
      case 'm':
        out += digits(DATE.m, count);
        break;
      case 'a':
        out += data.dayPeriods.format.abbreviated[DATE.H < 12 ? 'am' : 'pm'];
        break;
      default:
        throw new Error(`unexpected field ${char} in ${pattern}`);
    }
  }
  return out;
}

function expectationsFor(tag) {
  const locale = CLDR_LOCALE[tag] ?? tag;
  const calendar = calendarOf(locale);
  const data =
    calendar === 'persian'
      ? load('cldr-cal-persian-full', locale, 'ca-persian').dates.calendars.persian
      : load('cldr-dates-full', locale, 'ca-gregorian').dates.calendars.gregorian;
  const digits = digitsOf(locale);
  const gregorian = load('cldr-dates-full', locale, 'ca-gregorian').dates.calendars.gregorian;
  // CLDR's Persian calendar on npm stops at 46.1; CLDR 47+ (in the browsers) gives Pashto its
  // generic-calendar patterns and joins date and time with the Gregorian glue.
  const formats =
    locale === 'ps'
      ? load('cldr-dates-full', locale, 'ca-generic').dates.calendars.generic.dateFormats
      : data.dateFormats;
  const date = formatPattern(formats.medium, calendar, data, digits);
  const long = formatPattern(formats.long, calendar, data, digits);
  const time = formatPattern(gregorian.timeFormats.short, calendar, gregorian, digits);
  const atTime = (gregorian['dateTimeFormats-atTime']?.standard ?? gregorian.dateTimeFormats).long;
  // The joining pattern quotes its literal text too: `{1} 'at' {0}`.
  const label = atTime
    .replace(/'([^']*)'/g, (_, text) => text || "'")
    .replace('{1}', long)
    .replace('{0}', time);

  const fields = load('cldr-dates-full', locale, 'dateFields').dates.fields;
  const rule = plurals[locale.split('-')[0]] ?? (() => 'other');
  const ago = (unit, n) => {
    if (unit === 'day' && fields.day[`relative-type--${n}`]) return fields.day[`relative-type--${n}`];
    const patterns = fields[unit]['relativeTime-type-past'];
    const pattern =
      patterns[`relativeTimePattern-count-${rule(n)}`] ?? patterns['relativeTimePattern-count-other'];
    return pattern.replace('{0}', digits(n));
  };
  const relative = {};
  for (const [unit, amounts] of Object.entries({
    minute: [1, 2, 5, 21, 22, 25],
    hour: [1, 2, 5, 21, 22],
    day: [1, 2, 5],
  })) {
    relative[unit] = Object.fromEntries(amounts.map((n) => [n, ago(unit, n)]));
  }
  relative.now = fields.second['relative-type-0'];

  const list = load('cldr-misc-full', locale, 'listPatterns').listPatterns['listPattern-type-standard'];
  const join = (items) => {
    if (items.length === 2) return list[2].replace('{0}', items[0]).replace('{1}', items[1]);
    let text = list.end.replace('{0}', items.at(-2)).replace('{1}', items.at(-1));
    for (let i = items.length - 3; i > 0; i--)
      text = list.middle.replace('{0}', items[i]).replace('{1}', text);
    return list.start.replace('{0}', items[0]).replace('{1}', text);
  };
  const likely = supplemental('likelySubtags').likelySubtags;
  const script = (likely[locale] ?? likely[locale.split('-')[0]]).split('-')[1];
  return {
    cldr: locale,
    dir: locale.includes('-Latn') || locale.includes('-Cyrl') || script !== 'Arab' ? 'ltr' : 'rtl',
    date,
    label,
    relative,
    list3: join(['Reuters', 'Interfax', 'TASS']),
    list2: join(['AP', 'AFP']),
  };
}

export function expectations() {
  return {
    cldr: require('cldr-core/package.json').version,
    languages: Object.fromEntries(TAGS.map((tag) => [tag, expectationsFor(tag)])),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync('test/fixtures/languages', { recursive: true });
  writeFileSync('test/fixtures/languages/expected.json', `${JSON.stringify(expectations(), null, 2)}\n`);
}
