// Builds the languages from the translators' files (translations/<tag>.json:
// each UI string with its description and review state) and the CLDR data
// that browsers' Intl lacks (measured in Chromium; Firefox ESR has all of it):
//
// - src/i18n/packs/<tag>.ts: each language's pack as a module that only
//   exports its data (English's is built into every build; the others are
//   what the lazy path imports);
// - src/locales/<tag>.ts: the public `lede-widgets/locales/<tag>` entries,
//   which register a pack up front;
// - src/i18n/pack-tags.ts and src/i18n/pack-imports.ts: which languages have
//   a pack, and the bundlers' lazy path to them;
// - dist/cdn/locales/<tag>.json and manifest.json (each pack's sha384): what
//   the CDN file fetches;
// - the review table in docs/languages.md.
//
// A translation that lacks a string, adds one, drops a placeholder or
// describes a string differently from English stops the build, naming the
// file and the key. `node scripts/build-locales.mjs --sync` copies English's
// descriptions and order into every translation (after an English edit).
//
// CLDR comes from the cldr-json packages on npm (see CLDR_VERSION below).
// Run by `npm run build`; the generated modules are committed so that the
// dev server and the type check work on a fresh clone.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as plurals from 'make-plural/plurals';

const require = createRequire(import.meta.url);
const cldr = (path) => require(path);

export const CLDR_VERSION = cldr('cldr-core/package.json').version;
export const CLDR_PERSIAN_VERSION = cldr('cldr-cal-persian-full/package.json').version;

/** What translators edit: one file per language, English the source of every key and description. */
export const TRANSLATIONS = 'translations';
const PACK_MODULES = 'src/i18n/packs';
const PUBLIC_ENTRIES = 'src/locales';
const CDN = 'dist/cdn/locales';
/** The packs' manifest, by its path in generate()'s files. */
export const LOCALE_MANIFEST = `${CDN}/manifest.json`;
const LANGUAGES_DOC = 'docs/languages.md';

/**
 * Languages whose dates, relative times and lists Chromium's ICU lacks or
 * garbles (it answers in English, or with root data: `2026 M03 21`,
 * `-5 min`), and those WebKitGTK's older ICU (CLDR 42) writes otherwise than
 * CLDR now does (Bulgarian's date and time, Dari's month names). Their packs
 * carry that CLDR data; the rest carry strings only. test/browser/languages.test.ts
 * fails if a browser lacks data a pack does not carry.
 */
export const CARRY_CLDR = 'az ba be bg bs ce fa-AF hy ka kk ky mk ps sq tg tk tt uz'.split(' ');

const CALENDAR_NAME = { gregorian: 'gregory', persian: 'persian' };
/** Letters the runtime's pattern formatter understands (src/i18n/cldr-format.ts). */
const SUPPORTED_FIELDS = /^(y+|M{1,4}|d{1,2}|G+|H{1,2}|h{1,2}|m{1,2}|a+)$/;

const main = (pkg, lang, file) => cldr(`${pkg}/main/${lang}/${file}.json`).main[lang];

/** CLDR's plural category of each whole number 0..60: the only numbers a relative time counts. */
export function pluralCategories(lang) {
  const rule = plurals[lang.split('-')[0]];
  return Array.from({ length: 61 }, (_, n) => (rule ? rule(n) : 'other'));
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

function digitsOf(lang) {
  const system = main('cldr-numbers-full', lang, 'numbers').numbers.defaultNumberingSystem;
  return cldr('cldr-core/supplemental/numberingSystems.json').supplemental.numberingSystems[system]._digits;
}

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
  const patterns = {
    mediumDate: formats.medium,
    longDate: formats.long,
    shortTime: gregorian.timeFormats.short,
    dateAtTime: atTime.long,
  };
  Object.values(patterns).forEach((pattern) => checkPattern(lang, pattern));
  const used = Object.values(patterns)
    .join(' ')
    .replace(/'[^']*'/g, '');
  const months = (width) => Array.from({ length: 12 }, (_, i) => data.months.format[width][i + 1]);
  return {
    calendar: CALENDAR_NAME[calendar],
    patterns,
    // Only what the patterns use: MMM is the abbreviated month, MMMM the wide one.
    ...(/MMM/.test(used.replace(/MMMM/g, '')) && { monthsAbbreviated: months('abbreviated') }),
    ...(/MMMM/.test(used) && { monthsWide: months('wide') }),
    ...(/a/.test(used) && {
      dayPeriods: { am: data.dayPeriods.format.abbreviated.am, pm: data.dayPeriods.format.abbreviated.pm },
    }),
    ...(/G/.test(used) && { era: data.eras.eraAbbr[Object.keys(data.eras.eraAbbr).at(-1)] }),
  };
}

/** Past relative times for the units `formatRelativeTime` uses, by plural category. */
function relativeTimeData(lang) {
  const fields = main('cldr-dates-full', lang, 'dateFields').dates.fields;
  const past = (unit) =>
    Object.fromEntries(
      Object.entries(fields[unit]['relativeTime-type-past']).map(([key, pattern]) => [
        key.replace('relativeTimePattern-count-', ''),
        pattern,
      ]),
    );
  return {
    now: fields.second['relative-type-0'],
    yesterday: fields.day['relative-type--1'],
    ...(fields.day['relative-type--2'] && { dayBeforeYesterday: fields.day['relative-type--2'] }),
    pluralCategories: pluralCategories(lang),
    past: { second: past('second'), minute: past('minute'), hour: past('hour'), day: past('day') },
  };
}

function listPatterns(lang) {
  const list = main('cldr-misc-full', lang, 'listPatterns').listPatterns['listPattern-type-standard'];
  return { pair: list[2], start: list.start, middle: list.middle, end: list.end };
}

/** A language's pack: its UI strings, and CLDR's data where browsers lack it (see LanguagePack in src/i18n/language-pack.ts). */
export function buildPack(tag, strings) {
  return {
    strings,
    ...(CARRY_CLDR.includes(tag) && {
      cldr: {
        digits: digitsOf(tag),
        dates: dateData(tag),
        relativeTime: relativeTimeData(tag),
        lists: listPatterns(tag),
      },
    }),
  };
}

export const integrityOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Every language with a translation, English included. */
export function translationTags() {
  return readdirSync(TRANSLATIONS)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

/**
 * Scripts written right to left, by ISO 15924 code. Written into the
 * generated module too (`RTL_SCRIPTS`), where `directionOf` reads the likely
 * script of any other tag with it, so the build and the page judge alike.
 */
const RTL_SCRIPTS = /^(Arab|Hebr|Thaa|Syrc|Nkoo|Adlm|Rohg|Mand|Samr)$/;

/**
 * Whether a tag's likely script, by Node's own ICU, is written right to left.
 * Not V8's `getTextInfo()`: it answers from the language alone (`az-IR`,
 * Azerbaijani in Iran, is in Arabic script, and it says left to right).
 */
const isRightToLeft = (tag) => RTL_SCRIPTS.test(new Intl.Locale(tag).maximize().script);

/**
 * Every region code there can be: each two-letter code, and each three-digit
 * one that stays a number in a canonical tag (UN M.49 areas, as in `es-419`
 * or `en-001`; `840` is written `US`). Those with no data change nothing.
 */
const REGIONS = [
  ...[...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].flatMap((first, _, letters) =>
    letters.map((second) => first + second),
  ),
  ...Array.from({ length: 1000 }, (_, number) => String(number).padStart(3, '0')).filter((area) =>
    Intl.getCanonicalLocales(`en-${area}`)[0].endsWith(area),
  ),
];

/**
 * The tags written right to left: the packs' own, and each tag of English or
 * a pack's language with a region that is written the other way from the
 * language alone (`uz-AF`: Uzbek is in Latin script, Uzbek in Afghanistan in
 * Arabic). `directionOf` takes any region of a right-to-left language to be
 * right to left too, so the build stops if CLDR ever says otherwise.
 */
function rightToLeftTags(tags) {
  const otherWay = ['en', ...tags.filter((tag) => !tag.includes('-'))].flatMap((language) => {
    const rtl = isRightToLeft(language);
    const regional = REGIONS.map((region) => `${language}-${region}`).filter(
      (tag) => isRightToLeft(tag) !== rtl,
    );
    if (rtl && regional.length) {
      throw new Error(`${regional.join(', ')}: left to right, unlike ${language}; directionOf needs to know`);
    }
    return regional;
  });
  return [...tags.filter(isRightToLeft), ...otherWay];
}

/** Every language with a pack: all but English, which is built in. */
export const packTags = () => translationTags().filter((tag) => tag !== 'en');

export const readTranslation = (tag) => JSON.parse(readFileSync(`${TRANSLATIONS}/${tag}.json`, 'utf8'));

const placeholdersOf = (text) => (text.match(/\{\w+\}/g) ?? []).sort().join(' ');

/** What is wrong with a translation, against English: one line per problem, naming the file and key. */
export function translationProblems(tag, translation, english = readTranslation('en')) {
  const file = `${TRANSLATIONS}/${tag}.json`;
  const problems = [];
  for (const key of Object.keys(english)) {
    const entry = translation[key];
    if (entry === undefined) {
      problems.push(`${file}: "${key}" is missing (translate English's "${english[key].text}")`);
      continue;
    }
    if (typeof entry.text !== 'string' || entry.text.trim() === '')
      problems.push(`${file}: "${key}" has no text`);
    else if (placeholdersOf(entry.text) !== placeholdersOf(english[key].text))
      problems.push(`${file}: "${key}" must keep English's placeholders (${english[key].text})`);
    if (typeof entry.reviewed !== 'boolean')
      problems.push(`${file}: "${key}" needs "reviewed": true or false`);
    if (typeof entry.description !== 'string' || entry.description.trim() === '')
      problems.push(`${file}: "${key}" has no description`);
    else if (tag !== 'en' && entry.description !== english[key].description)
      problems.push(
        `${file}: "${key}" is described differently from English: run \`node scripts/build-locales.mjs --sync\``,
      );
  }
  for (const key of Object.keys(translation)) {
    if (!(key in english))
      problems.push(`${file}: "${key}" is not a string of English's (${TRANSLATIONS}/en.json)`);
  }
  return problems;
}

/** `translation` with English's descriptions and key order: what `--sync` writes. */
export function syncedTranslation(translation, english = readTranslation('en')) {
  return Object.fromEntries(
    Object.entries(english)
      .filter(([key]) => translation[key] !== undefined)
      .map(([key, { description }]) => [
        key,
        { text: translation[key].text, description, reviewed: translation[key].reviewed ?? false },
      ]),
  );
}

const textsOf = (translation) =>
  Object.fromEntries(Object.entries(translation).map(([key, { text }]) => [key, text]));

const header = (tag) =>
  `// Generated by scripts/build-locales.mjs from ${TRANSLATIONS}/${tag}.json and CLDR ${CLDR_VERSION}` +
  ` (Persian calendar ${CLDR_PERSIAN_VERSION}). Do not edit.\n`;

/** English's strings: built in, with their descriptions as doc comments for editors. */
function englishModule(translation) {
  const strings = Object.entries(translation)
    .map(
      ([key, { text, description }]) => `    /** ${description} */\n    ${key}: ${JSON.stringify(text)},\n`,
    )
    .join('');
  return (
    `// Generated by scripts/build-locales.mjs from ${TRANSLATIONS}/en.json. Do not edit.\n` +
    '/**\n' +
    ' * English: built into every build, the last language of every fallback chain,\n' +
    " * and the strings' type (`UiStrings`) that every other language's must satisfy.\n" +
    ' */\n' +
    `export default {\n  strings: {\n${strings}  },\n};\n`
  );
}

/** The review state of every language, for docs/languages.md. */
function reviewTable(translations) {
  const rows = Object.entries(translations)
    .filter(([tag]) => tag !== 'en')
    .map(([tag, translation]) => {
      const entries = Object.entries(translation);
      const waiting = entries.filter(([, { reviewed }]) => !reviewed).map(([key]) => `\`${key}\``);
      const state =
        waiting.length === 0 ? 'reviewed' : waiting.length === entries.length ? 'all' : waiting.join(', ');
      return [`\`${tag}\``, `${entries.length - waiting.length} of ${entries.length}`, state];
    });
  return markdownTable([['language', 'reviewed', 'awaiting review'], ...rows]);
}

/** A Markdown table with its columns aligned, as Prettier writes it. */
function markdownTable([head, ...rows]) {
  const widths = head.map((_, column) => Math.max(3, ...[head, ...rows].map((row) => row[column].length)));
  const line = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [line(head), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

const REVIEW_BLOCK = /(<!-- review-state[^>]*-->\n)[\s\S]*?(<!-- \/review-state -->)/;

/** Every generated file, by path: what the build writes and what the freshness test compares. */
export function generate() {
  const files = {};
  const manifest = {};
  const english = readTranslation('en');
  const translations = Object.fromEntries(translationTags().map((tag) => [tag, readTranslation(tag)]));
  const problems = Object.entries(translations).flatMap(([tag, translation]) =>
    translationProblems(tag, translation, english),
  );
  if (problems.length > 0) throw new Error(`Translations:\n${problems.join('\n')}`);

  for (const [tag, translation] of Object.entries(translations)) {
    if (tag === 'en') {
      files[`${PACK_MODULES}/en.ts`] = englishModule(translation);
      continue;
    }
    const pack = buildPack(tag, textsOf(translation));
    const json = JSON.stringify(pack);
    files[`${CDN}/${tag}.json`] = json;
    manifest[tag] = integrityOf(json);
    files[`${PACK_MODULES}/${tag}.ts`] =
      `${header(tag)}import type { LanguagePack } from '../language-pack.js';\n\n` +
      `export default ${JSON.stringify(pack, null, 2)} satisfies LanguagePack;\n`;
    files[`${PUBLIC_ENTRIES}/${tag}.ts`] =
      `// Generated by scripts/build-locales.mjs. Do not edit.\n` +
      `// \`import 'lede-widgets/locales/${tag}'\`: registers the language up front, so elements render in it at once.\n` +
      `import pack from '../i18n/packs/${tag}.js';\n` +
      `import { addPack } from '../i18n/registry.js';\n\n` +
      `addPack('${tag}', pack);\n`;
  }
  files[LOCALE_MANIFEST] = JSON.stringify(manifest);
  const tags = packTags();
  files['src/i18n/pack-tags.ts'] =
    `// Generated by scripts/build-locales.mjs. Do not edit.\n` +
    `/** Every language with a pack: English is built in. */\n` +
    `export const PACK_TAGS: ReadonlySet<string> = new Set('${tags.join(' ')}'.split(' '));\n` +
    `/**\n` +
    ` * The tags written right to left: the packs' own, and those of English or a\n` +
    ` * pack's language with a region where it is written in a right-to-left\n` +
    ` * script (\`uz-AF\`: Uzbek in Afghanistan, in Arabic script). Known here, so\n` +
    ` * that no render asks the browser for a likely script.\n` +
    ` */\n` +
    `export const RTL_TAGS: ReadonlySet<string> = new Set('${rightToLeftTags(tags).join(' ')}'.split(' '));\n` +
    `/** Scripts written right to left, by ISO 15924 code: a tag whose likely script is one of them is too. */\n` +
    `export const RTL_SCRIPTS = ${RTL_SCRIPTS};\n`;
  files['src/i18n/pack-imports.ts'] =
    `// Generated by scripts/build-locales.mjs. Do not edit.\n` +
    `// The lazy path for bundlers: one static dynamic import per pack, so each becomes its own chunk.\n` +
    `// The CDN build swaps this module for pack-fetch.ts (rollup.config.mjs).\n` +
    `import type { LanguagePack } from './language-pack.js';\n\n` +
    `const packs: Record<string, () => Promise<{ default: LanguagePack }>> = {\n` +
    tags.map((tag) => `  '${tag}': () => import('./packs/${tag}.js'),\n`).join('') +
    `};\n\n` +
    `export const loadPack = (tag: string): Promise<LanguagePack> => packs[tag]().then((module) => module.default);\n`;
  const doc = readFileSync(LANGUAGES_DOC, 'utf8');
  if (!REVIEW_BLOCK.test(doc)) throw new Error(`${LANGUAGES_DOC}: no <!-- review-state --> block`);
  files[LANGUAGES_DOC] = doc.replace(
    REVIEW_BLOCK,
    (_, open, close) => `${open}\n${reviewTable(translations)}\n\n${close}`,
  );
  return files;
}

/**
 * Writes the generated files, the CDN's packs into `cdnDir`. Only what changed
 * is written, and only stale files are removed: a running `npm start` serves
 * the generated modules and reloads the demo on every change.
 */
export function writeLocales(cdnDir = CDN) {
  const files = Object.entries(generate()).map(([path, text]) => [
    path.replace(`${CDN}/`, `${cdnDir}/`),
    text,
  ]);
  const paths = new Set(files.map(([path]) => path));
  for (const dir of [cdnDir, PACK_MODULES, PUBLIC_ENTRIES]) {
    mkdirSync(dir, { recursive: true });
    for (const name of readdirSync(dir)) if (!paths.has(`${dir}/${name}`)) rmSync(`${dir}/${name}`);
  }
  for (const [path, text] of files) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--sync')) {
    const english = readTranslation('en');
    for (const tag of packTags()) {
      const synced = syncedTranslation(readTranslation(tag), english);
      writeFileSync(`${TRANSLATIONS}/${tag}.json`, `${JSON.stringify(synced, null, 2)}\n`);
    }
  }
  writeLocales();
}
