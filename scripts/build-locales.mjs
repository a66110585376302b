// Builds the language packs: each language's UI strings (written for the
// project, src/i18n/locales/<tag>.json) plus the CLDR data that browsers'
// Intl lacks for it (measured in Chromium; Firefox ESR has all of it), into
//
// - src/locales/<tag>.ts: a module that registers the pack when imported
//   (`import 'lede-widgets/locales/ka'`, and the lazy path's dynamic imports);
// - src/i18n/pack-tags.ts: the tags that have a pack;
// - dist/cdn/locales/<tag>.json and manifest.json (each pack's sha384): what
//   the CDN file fetches, with integrity.
//
// CLDR comes from the cldr-json packages on npm (see CLDR_VERSION below).
// Run by `npm run build`; the generated modules are committed so that the
// dev server and the type check work on a fresh clone.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as plurals from 'make-plural/plurals';

const require = createRequire(import.meta.url);
const cldr = (path) => require(path);

export const CLDR_VERSION = cldr('cldr-core/package.json').version;
export const CLDR_PERSIAN_VERSION = cldr('cldr-cal-persian-full/package.json').version;

/**
 * Languages whose dates, relative times and lists Chromium's ICU lacks or
 * garbles (it answers in English, or with root data: `2026 M03 21`,
 * `-5 min`), and those WebKitGTK's older ICU (CLDR 42) writes otherwise than
 * CLDR now does (Bulgarian's date and time, Dari's month names). Their packs
 * carry that CLDR data; the rest carry strings only. test/browser/languages.test.ts
 * fails if a browser lacks data a pack does not carry.
 */
export const CARRY_CLDR = 'az ba be bg bs ce fa-AF hy ka kk ky mk ps sq tg tk tt uz'.split(' ');

const CATEGORY = { zero: 'z', one: '1', two: '2', few: 'f', many: 'm', other: 'o' };
const CALENDAR_NAME = { gregorian: 'gregory', persian: 'persian' };
/** Letters the runtime's pattern formatter understands (src/i18n/cldr-format.ts). */
const SUPPORTED_FIELDS = /^(y+|M{1,4}|d{1,2}|G+|H{1,2}|h{1,2}|m{1,2}|a+)$/;

const main = (pkg, lang, file) => cldr(`${pkg}/main/${lang}/${file}.json`).main[lang];

/** CLDR's plural category of each whole number 0..60, one letter each. */
export function pluralString(lang) {
  const rule = plurals[lang.split('-')[0]];
  return Array.from({ length: 61 }, (_, n) => CATEGORY[rule ? rule(n) : 'other']).join('');
}

function checkPattern(lang, pattern) {
  const fields = pattern.replace(/'[^']*'/g, '').match(/[A-Za-z]+/g) ?? [];
  for (const field of fields) {
    if (!SUPPORTED_FIELDS.test(field)) throw new Error(`${lang}: pattern field ${field} in "${pattern}"`);
  }
  return pattern;
}

function calendarOf(lang) {
  const likely = cldr('cldr-core/supplemental/likelySubtags.json').supplemental.likelySubtags;
  // A tag's own region (`fa-AF`) wins over its language's likely one.
  const region = lang.match(/-([A-Z]{2})$/)?.[1] ?? likely[lang].split('-').at(-1);
  const preference = cldr('cldr-core/supplemental/calendarPreferenceData.json').supplemental
    .calendarPreferenceData;
  return (preference[region] ?? preference['001'])[0];
}

/**
 * CLDR's Persian calendar on npm stops at 46.1. Browsers (CLDR 47+) join date
 * and time with the Gregorian glue, and give Pashto its generic-calendar
 * patterns: so does this (and scripts/cldr-expectations.mjs, independently).
 */
const GENERIC_PATTERNS = ['ps'];

function dateData(lang) {
  const calendar = calendarOf(lang);
  const gregorian = main('cldr-dates-full', lang, 'ca-gregorian').dates.calendars.gregorian;
  const data =
    calendar === 'persian'
      ? main('cldr-cal-persian-full', lang, 'ca-persian').dates.calendars.persian
      : gregorian;
  const formats = GENERIC_PATTERNS.includes(lang)
    ? main('cldr-dates-full', lang, 'ca-generic').dates.calendars.generic.dateFormats
    : data.dateFormats;
  const atTime = gregorian['dateTimeFormats-atTime']?.standard ?? gregorian.dateTimeFormats;
  const patterns = [formats.medium, formats.long, gregorian.timeFormats.short, atTime.long];
  patterns.forEach((pattern) => checkPattern(lang, pattern));
  const used = patterns.join(' ').replace(/'[^']*'/g, '');
  const months = (width) => Array.from({ length: 12 }, (_, i) => data.months.format[width][i + 1]);
  const numbering = main('cldr-numbers-full', lang, 'numbers').numbers.defaultNumberingSystem;
  return {
    ...(/MMM/.test(used.replace(/MMMM/g, '')) && { m: months('abbreviated') }),
    ...(/MMMM/.test(used) && { w: months('wide') }),
    p: patterns,
    ...(/a/.test(used) && {
      a: [data.dayPeriods.format.abbreviated.am, data.dayPeriods.format.abbreviated.pm],
    }),
    ...(/G/.test(used) && { e: data.eras.eraAbbr[Object.keys(data.eras.eraAbbr).at(-1)] }),
    ...(calendar !== 'gregorian' && { c: CALENDAR_NAME[calendar] }),
    ...(numbering !== 'latn' && { n: numbering }),
  };
}

/** Past relative times for the units `formatRelativeTime` uses, by plural category letter. */
function relativeData(lang) {
  const fields = main('cldr-dates-full', lang, 'dateFields').dates.fields;
  const past = (unit) =>
    Object.fromEntries(
      Object.entries(fields[unit]['relativeTime-type-past']).map(([key, pattern]) => [
        CATEGORY[key.replace('relativeTimePattern-count-', '')],
        pattern,
      ]),
    );
  const plural = pluralString(lang);
  return {
    ...(new Set(plural).size > 1 && { p: plural }),
    s: past('second'),
    m: past('minute'),
    h: past('hour'),
    d: past('day'),
    0: fields.second['relative-type-0'],
    '-1': fields.day['relative-type--1'],
    ...(fields.day['relative-type--2'] && { '-2': fields.day['relative-type--2'] }),
  };
}

function listData(lang) {
  const list = main('cldr-misc-full', lang, 'listPatterns').listPatterns['listPattern-type-standard'];
  return [list[2], list.start, list.middle, list.end];
}

export function buildPack(tag, strings) {
  return {
    s: strings,
    ...(CARRY_CLDR.includes(tag) && { d: dateData(tag), r: relativeData(tag), l: listData(tag) }),
  };
}

export const integrityOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

const STRINGS = 'src/i18n/locales';
const MODULES = 'src/locales';
const CDN = 'dist/cdn/locales';

export function packTags() {
  return readdirSync(STRINGS)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

/** Every generated file, by path: what the build writes and what the freshness test compares. */
export function generate() {
  const files = {};
  const manifest = {};
  const header = (tag) =>
    `// Generated by scripts/build-locales.mjs from ${STRINGS}/${tag}.json and CLDR ${CLDR_VERSION}` +
    ` (Persian calendar ${CLDR_PERSIAN_VERSION}). Do not edit.\n`;
  for (const tag of packTags()) {
    const pack = buildPack(tag, JSON.parse(readFileSync(`${STRINGS}/${tag}.json`, 'utf8')));
    const json = JSON.stringify(pack);
    files[`${CDN}/${tag}.json`] = json;
    manifest[tag] = integrityOf(json);
    files[`${MODULES}/${tag}.ts`] =
      `${header(tag)}import { registerPack } from '../i18n/packs.js';\n\n` +
      `const pack = ${json};\n\nregisterPack('${tag}', pack);\n\nexport default pack;\n`;
  }
  files[`${CDN}/manifest.json`] = JSON.stringify(manifest);
  const tags = packTags();
  files['src/i18n/pack-tags.ts'] =
    `// Generated by scripts/build-locales.mjs. Do not edit.\n` +
    `/** Every language with a pack: English is built in. */\n` +
    `export const PACK_TAGS: ReadonlySet<string> = new Set('${tags.join(' ')}'.split(' '));\n`;
  files['src/i18n/pack-modules.ts'] =
    `// Generated by scripts/build-locales.mjs. Do not edit.\n` +
    `// The lazy path for bundlers: one static dynamic import per pack, so each becomes its own chunk.\n` +
    `// The CDN build swaps this module for pack-fetch.ts (rollup.config.mjs).\n` +
    `import type { Pack } from './packs.js';\n\n` +
    `const modules: Record<string, () => Promise<{ default: Pack }>> = {\n` +
    tags.map((tag) => `  '${tag}': () => import('../locales/${tag}.js'),\n`).join('') +
    `};\n\n` +
    `export const loadPack = (tag: string): Promise<Pack> => modules[tag]().then((module) => module.default);\n`;
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  rmSync(CDN, { recursive: true, force: true });
  rmSync(MODULES, { recursive: true, force: true });
  mkdirSync(CDN, { recursive: true });
  mkdirSync(MODULES, { recursive: true });
  for (const [path, text] of Object.entries(generate())) writeFileSync(path, text);
}
