import { canonicalLang } from '../i18n/language.js';
import type { Article, ArticleImage, Checked, Publisher, Story } from './article.js';
import { memo } from '../memo.js';
import { safeSrcsetFrom, safeUrlFrom } from './safe-url.js';

/**
 * The data gate. Every piece of outside data becomes an `Article` here and
 * nowhere else: fields are type-checked and trimmed, dates parsed, URLs made
 * safe, and whatever cannot be repaired is dropped with a note in `problems`
 * so that elements can report it (console in development, `lede-error`).
 */
export interface NormalizeResult {
  article: Article;
  /** Human-readable notes on what was dropped or repaired, one per field. */
  problems: string[];
}

/**
 * Limits on what one field may hold. They are checked before any cleaning
 * or pattern runs over the raw value, so a hostile field costs the same as
 * an ordinary long one (docs/security.md lists them).
 */
export const MAX_TEXT_LENGTH = 2000;
/** Raw text read at most: cleaning folds white space, so a little more than will show is read. */
const MAX_RAW_TEXT = 4 * MAX_TEXT_LENGTH;
/** Longer URLs are dropped, not cut (a cut URL leads somewhere else). */
export const MAX_URL_LENGTH = 8192;
/** A srcset holds several URLs. */
const MAX_SRCSET_LENGTH = 4 * MAX_URL_LENGTH;
/** Far longer than any date format. */
const MAX_DATE_LENGTH = 100;
const MAX_LIST_LENGTH = 20;
/** Entries read at most: enough to find 20 after blanks and repeats are skipped. */
const MAX_RAW_LIST = 4 * MAX_LIST_LENGTH;

type Problems = string[];
type Fields = Record<string, unknown>;

/**
 * What the gate made, by the table or cleaner that made it. Every record and
 * list the gate returns is frozen and noted here, so that a story handed on
 * from element to element (a feed's to its card, a card's photo and sources
 * to its photo and credit) is checked once, where it came in, and not again;
 * frozen, it cannot change after it was checked. Anything else, a copy of a
 * checked story included, is checked as it comes.
 */
const madeBy = new WeakMap<object, unknown>();

function made<T extends object>(value: T, by: unknown): T {
  madeBy.set(Object.freeze(value), by);
  return value;
}

/**
 * Cleans one field's value, which is there (neither `undefined` nor `null`:
 * those are simply absent). Gives the clean value, of the field's type, or
 * `undefined` when nothing is left, with a note in `problems` when something
 * was dropped. `from` is the URL fetched data came from, that relative URLs
 * resolve against.
 */
type Cleaner<Clean> = (value: unknown, field: string, problems: Problems, from?: string) => Clean | undefined;

/** A plain object, the only shape a record of fields can have (not null, not a list). */
export function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function drop(problems: Problems, field: string, why: string): undefined {
  problems.push(`${field}: ${why}; dropped`);
  return undefined;
}

/** Drops a value of the wrong type, saying what was expected and what came. */
function mistyped(problems: Problems, field: string, expected: string, value: unknown): undefined {
  const got =
    value === null
      ? 'null'
      : Array.isArray(value)
        ? 'a list'
        : typeof value === 'object'
          ? 'an object'
          : `a ${typeof value}`;
  return drop(problems, field, `expected ${expected}, got ${got}`);
}

/** Invisible characters that have no place in text (tab and newlines fold into spaces instead). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * Runs of white space to fold into one space: every kind except the no-break
 * spaces, which keep "10 000" and "5 %" together in many languages.
 */
export const FOLDABLE_SPACE = /[^\S\u00a0\u202f]+/g;

/** Controls, edge spaces, or a run of white space (or one that is not a plain space) somewhere. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_CLEANING = /[\u0000-\u001f\u007f]|^\s|\s$|[^\S ]|\s\s/;

/**
 * Trims, folds runs of white space and removes control characters. Markup is
 * left as it is: it is text, and is rendered as text.
 */
const text: Cleaner<string> = (value, field, problems) => {
  if (Number.isFinite(value)) value = String(value);
  if (typeof value !== 'string') return mistyped(problems, field, 'text', value);
  const raw = value.slice(0, MAX_RAW_TEXT);
  // Most text is clean already; one test is cheaper than two replacements.
  const clean = NEEDS_CLEANING.test(raw)
    ? raw.replace(CONTROL_CHARACTERS, '').replace(FOLDABLE_SPACE, ' ').trim()
    : raw;
  if (clean === '') return undefined;
  if (value.length > MAX_RAW_TEXT || clean.length > MAX_TEXT_LENGTH) {
    problems.push(`${field}: longer than ${MAX_TEXT_LENGTH} characters; cut`);
    return clean.slice(0, MAX_TEXT_LENGTH - 1) + '…';
  }
  return clean;
};

/** A list of short texts, from an array or a comma-separated string, without blanks or repeats. */
const list: Cleaner<string[]> = (value, field, problems) => {
  if (madeBy.get(value as object) === list) return value as string[];
  const items = typeof value === 'string' ? value.slice(0, MAX_RAW_TEXT).split(',') : value;
  if (!Array.isArray(items)) return mistyped(problems, field, 'a list', value);
  // By lower case, the first spelling kept.
  const unique = new Map<string, string>();
  items.slice(0, MAX_RAW_LIST).forEach((item, index) => {
    const clean = item == null ? undefined : text(item, `${field}[${index}]`, problems);
    if (clean !== undefined && !unique.has(clean.toLowerCase())) unique.set(clean.toLowerCase(), clean);
  });
  const cleaned = [...unique.values()];
  if (cleaned.length > MAX_LIST_LENGTH || items.length > MAX_RAW_LIST) {
    problems.push(`${field}: more than ${MAX_LIST_LENGTH} entries; cut`);
    cleaned.splice(MAX_LIST_LENGTH);
  }
  return cleaned.length > 0 ? made(cleaned, list) : undefined;
};

/** A URL field (or a srcset of them): capped before it is checked, then made safe or dropped. */
const urls =
  (
    max: number,
    safe: (value: unknown, from?: string) => string | undefined,
    unsafe: string,
  ): Cleaner<string> =>
  (value, field, problems, from) =>
    value === ''
      ? undefined
      : typeof value === 'string' && value.length > max
        ? drop(problems, field, `longer than ${max} characters`)
        : (safe(value, from) ?? drop(problems, field, unsafe));

const url = urls(MAX_URL_LENGTH, safeUrlFrom, 'not an http(s) or relative URL');
const srcset = urls(MAX_SRCSET_LENGTH, safeSrcsetFrom, 'no safe candidates');

/** A date as an ISO 8601 UTC string; accepts Date objects, strings and epoch milliseconds. */
const date: Cleaner<string> = (value, field, problems) => {
  if (value === '') return undefined;
  try {
    if (
      value instanceof Date ||
      typeof value === 'number' ||
      (typeof value === 'string' && value.length <= MAX_DATE_LENGTH)
    ) {
      // An invalid date throws here.
      return new Date(typeof value === 'string' ? value.trim() : value).toISOString();
    }
  } catch {
    // Not a date: dropped below.
  }
  return drop(problems, field, 'not a date');
};

/** As an attribute has it too: present (`""`) is true. */
const boolean: Cleaner<boolean> = (value, field, problems) =>
  value === true || value === 'true' || value === ''
    ? true
    : value === false || value === 'false'
      ? false
      : drop(problems, field, 'expected true or false');

const dimension: Cleaner<number> = (value, field, problems) => {
  if (value === '') return undefined;
  // Number() ignores the white space around a number, as trim() would.
  const number = typeof value === 'string' ? Number(value) : value;
  return Number.isFinite(number) && (number as number) > 0
    ? Math.round(number as number)
    : drop(problems, field, 'expected a positive number');
};

/** BCP 47 language tag, canonicalised (`FA-af` becomes `fa-AF`). */
const lang: Cleaner<string> = (value, field, problems) => {
  const tag = text(value, field, problems);
  return tag && (canonicalLang(tag) ?? drop(problems, field, `"${tag}" is not a language tag`));
};

/** An empty alt is meaningful (decorative), so it is kept as "". */
const alt: Cleaner<string> = (value, field, problems) =>
  typeof value === 'string' && value.trim() === '' ? '' : text(value, field, problems);

/**
 * How each field of a record is cleaned: a cleaner for every field of `Shape`
 * (none left out, none it does not have) that gives the field's type. A field
 * with no cleaner is not read, so the compiler's check on these tables is
 * what keeps the gate in step with `article.ts`.
 */
type Table<Shape> = { [Field in keyof Shape]-?: Cleaner<NonNullable<Shape[Field]>> };

/**
 * The fields of `value` that `table` names, each cleaned; only the defined
 * ones are kept, so an `Article` never holds `undefined` keys. A value that
 * is not an object is dropped whole; one this table made passes as it is.
 */
function gate<Shape>(
  value: unknown,
  table: Table<Shape>,
  field: string,
  problems: Problems,
  from?: string,
  prefix = field + '.',
): Partial<Shape> | undefined {
  if (madeBy.get(value as object) === table) return value as Partial<Shape>;
  if (!isObject(value)) return mistyped(problems, field, 'an object', value);
  const clean: Fields = {};
  for (const [key, cleaner] of Object.entries<Cleaner<unknown>>(table)) {
    const raw = value[key];
    const result = raw == null ? undefined : cleaner(raw, prefix + key, problems, from);
    if (result !== undefined) clean[key] = result;
  }
  // Each kept value came from its field's cleaner, so it has the field's type.
  return made(clean as Partial<Shape>, table);
}

const IMAGE: Table<ArticleImage> = {
  src: url,
  srcset,
  alt,
  caption: text,
  credit: text,
  width: dimension,
  height: dimension,
};

/** The image's fields, as the gate reads them: the photo's attributes of the same names fill them. */
export const IMAGE_FIELDS = Object.keys(IMAGE) as (keyof ArticleImage)[];

/** An article's image must have a safe `src`; without one it is dropped whole. */
const image: Cleaner<ArticleImage> = (value, field, problems, from) => {
  const clean = gate(value, IMAGE, field, problems, from);
  if (clean?.src) return clean as ArticleImage;
  // An unsafe src has its own note already.
  return clean && (value as Fields).src == null ? drop(problems, field, 'no src') : undefined;
};

const PUBLISHER: Table<Publisher> = { name: text, url, logo: url };

/** A publisher, or just its name. */
const publisher: Cleaner<Publisher> = (value, field, problems, from) => {
  const clean = gate(typeof value === 'string' ? { name: value } : value, PUBLISHER, field, problems, from);
  return clean?.name ? (clean as Publisher) : clean && drop(problems, field, 'no name');
};

/** Every Article field, and how it is cleaned. */
const ARTICLE: Table<Article> = {
  id: text,
  url,
  headline: text,
  kicker: text,
  summary: text,
  published: date,
  updated: date,
  lang,
  breaking: boolean,
  authors: list,
  sources: list,
  image,
  publisher,
};

/**
 * Turns anything into an `Article`. Never throws: a value that is not an
 * object gives an empty article and a problem. The article is frozen (its
 * image, publisher and lists too), and given back as it is when passed in
 * again: to change it, copy it, and the copy is checked in its turn.
 */
export function normalizeArticle(input: unknown): NormalizeResult {
  return normalizeArticleFrom(input);
}

/**
 * `normalizeArticle` for a story fetched from `from`: its relative URLs are
 * resolved against that URL, as a browser does for links in a document
 * (`../img/a.jpg` in `https://news.example/api/story.json` means
 * `https://news.example/img/a.jpg`), wherever the story is shown.
 */
export function normalizeArticleFrom(input: unknown, from?: string): { article: Story; problems: string[] } {
  const problems: Problems = [];
  // What is left of anything, an empty story at least, has passed the gate.
  return { article: (gate(input, ARTICLE, 'article', problems, from, '') ?? {}) as Story, problems };
}

/**
 * The gate for a lone image (the photo element): like the article's image,
 * but kept without a `src`, so that its caption and credit can still show.
 * Frozen, and given back as it is when passed in again, as `normalizeArticle`'s.
 */
export function normalizeImage(input: unknown): { image: Partial<ArticleImage>; problems: string[] } {
  const problems: Problems = [];
  return { image: (input == null ? undefined : gate(input, IMAGE, 'image', problems)) ?? {}, problems };
}

/**
 * A checked image without its caption and credit, for a card's photo (the
 * card shows neither): checked too, and the same object for the same image,
 * so that the photo neither checks it again nor updates when the card does.
 * `image` must be one the gate made, as every image of a card's story is
 * (its stories come only through the gate).
 */
const pictures = new WeakMap<ArticleImage, Checked<ArticleImage>>();

export function pictureOnly(image: Checked<ArticleImage>): Checked<ArticleImage> {
  return memo(pictures, image, () => {
    const { caption: _caption, credit: _credit, ...picture } = image;
    return made(picture, IMAGE) as Checked<ArticleImage>;
  });
}
