import { canonicalLang } from '../i18n/language.js';
import type { Article, ArticleImage, Publisher } from './article.js';
import { safeSrcset, safeUrl } from './safe-url.js';

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

const MAX_TEXT_LENGTH = 2000;
const MAX_LIST_LENGTH = 20;

type Problems = string[];

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
export function cleanText(value: unknown, field: string, problems: Problems): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
  if (typeof value !== 'string') {
    problems.push(`${field}: expected text, got ${describe(value)}; dropped`);
    return undefined;
  }
  // Most text is clean already; one test is cheaper than two replacements.
  const text = NEEDS_CLEANING.test(value)
    ? value.replace(CONTROL_CHARACTERS, '').replace(FOLDABLE_SPACE, ' ').trim()
    : value;
  if (text === '') return undefined;
  if (text.length > MAX_TEXT_LENGTH) {
    problems.push(`${field}: longer than ${MAX_TEXT_LENGTH} characters; cut`);
    return text.slice(0, MAX_TEXT_LENGTH - 1) + '…';
  }
  return text;
}

/**
 * A list of short texts, from an array or a comma-separated string, without
 * blanks or repeats.
 */
export function cleanList(value: unknown, field: string, problems: Problems): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const items = typeof value === 'string' ? value.split(',') : value;
  if (!Array.isArray(items)) {
    problems.push(`${field}: expected a list, got ${describe(value)}; dropped`);
    return undefined;
  }
  const seen = new Set<string>();
  const list: string[] = [];
  items.forEach((item, index) => {
    const text = cleanText(item, `${field}[${index}]`, problems);
    if (text !== undefined && !seen.has(text.toLowerCase())) {
      seen.add(text.toLowerCase());
      list.push(text);
    }
  });
  if (list.length > MAX_LIST_LENGTH) {
    problems.push(`${field}: more than ${MAX_LIST_LENGTH} entries; cut`);
    list.length = MAX_LIST_LENGTH;
  }
  return list.length > 0 ? list : undefined;
}

export function cleanUrl(value: unknown, field: string, problems: Problems): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const url = safeUrl(value);
  if (url === undefined) problems.push(`${field}: not an http(s) or relative URL; dropped`);
  return url;
}

/** A date as an ISO 8601 UTC string; accepts Date objects, strings and epoch milliseconds. */
export function cleanDate(value: unknown, field: string, problems: Problems): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const date =
    value instanceof Date
      ? value
      : typeof value === 'number' || typeof value === 'string'
        ? new Date(typeof value === 'string' ? value.trim() : value)
        : undefined;
  if (!date || Number.isNaN(date.getTime())) {
    problems.push(`${field}: not a date; dropped`);
    return undefined;
  }
  return date.toISOString();
}

function cleanBoolean(value: unknown, field: string, problems: Problems): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === '') return true;
  if (value === 'false') return false;
  problems.push(`${field}: expected true or false; dropped`);
  return undefined;
}

function cleanDimension(value: unknown, field: string, problems: Problems): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const number = typeof value === 'string' ? Number(value.trim()) : value;
  if (typeof number === 'number' && Number.isFinite(number) && number > 0) return Math.round(number);
  problems.push(`${field}: expected a positive number; dropped`);
  return undefined;
}

/** BCP 47 language tag, canonicalised (`FA-af` becomes `fa-AF`). */
export function cleanLang(value: unknown, field: string, problems: Problems): string | undefined {
  const text = cleanText(value, field, problems);
  if (text === undefined) return undefined;
  const canonical = canonicalLang(text);
  if (canonical === undefined) problems.push(`${field}: "${text}" is not a language tag; dropped`);
  return canonical;
}

/** Every image field cleaned; `src` may be missing (the photo element still shows caption and credit). */
function cleanImageFields(value: unknown, problems: Problems): Partial<ArticleImage> | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push(`image: expected an object, got ${describe(value)}; dropped`);
    return undefined;
  }
  const input = value as Record<string, unknown>;
  const srcset = input.srcset == null || input.srcset === '' ? undefined : safeSrcset(input.srcset);
  if (input.srcset != null && input.srcset !== '' && srcset === undefined) {
    problems.push('image.srcset: no safe candidates; dropped');
  }
  // An empty alt is meaningful (decorative), so it is kept as "".
  const alt =
    typeof input.alt === 'string' && input.alt.trim() === ''
      ? ''
      : cleanText(input.alt, 'image.alt', problems);
  return assign<Partial<ArticleImage>>(
    {},
    {
      src: cleanUrl(input.src, 'image.src', problems),
      srcset,
      alt,
      caption: cleanText(input.caption, 'image.caption', problems),
      credit: cleanText(input.credit, 'image.credit', problems),
      width: cleanDimension(input.width, 'image.width', problems),
      height: cleanDimension(input.height, 'image.height', problems),
    },
  );
}

/** An article's image must have a safe `src`; without one it is dropped whole. */
function cleanImage(value: unknown, problems: Problems): ArticleImage | undefined {
  const image = cleanImageFields(value, problems);
  if (image === undefined) return undefined;
  if (image.src === undefined) {
    if ((value as Record<string, unknown>).src == null) problems.push('image: no src; dropped');
    return undefined;
  }
  return image as ArticleImage;
}

/**
 * The gate for a lone image (the photo element): like the article's image,
 * but kept without a `src`, so that its caption and credit can still show.
 */
export function normalizeImage(input: unknown): { image: Partial<ArticleImage>; problems: string[] } {
  const problems: Problems = [];
  return { image: cleanImageFields(input, problems) ?? {}, problems };
}

function cleanPublisher(value: unknown, problems: Problems): Publisher | undefined {
  if (value === undefined || value === null) return undefined;
  const input: Record<string, unknown> =
    typeof value === 'string'
      ? { name: value }
      : typeof value === 'object'
        ? (value as Record<string, unknown>)
        : {};
  const name = cleanText(input.name, 'publisher.name', problems);
  if (name === undefined) {
    problems.push('publisher: no name; dropped');
    return undefined;
  }
  const publisher: Publisher = { name };
  assign(publisher, {
    url: cleanUrl(input.url, 'publisher.url', problems),
    logo: cleanUrl(input.logo, 'publisher.logo', problems),
  });
  return publisher;
}

/**
 * Turns anything into an `Article`. Never throws: a value that is not an
 * object gives an empty article and a problem.
 */
export function normalizeArticle(input: unknown): NormalizeResult {
  const problems: Problems = [];
  const article: Article = {};
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    problems.push(`article: expected an object, got ${describe(input)}`);
    return { article, problems };
  }
  const data = input as Record<string, unknown>;
  assign(article, {
    id: cleanText(data.id, 'id', problems),
    url: cleanUrl(data.url, 'url', problems),
    headline: cleanText(data.headline, 'headline', problems),
    kicker: cleanText(data.kicker, 'kicker', problems),
    summary: cleanText(data.summary, 'summary', problems),
    published: cleanDate(data.published, 'published', problems),
    updated: cleanDate(data.updated, 'updated', problems),
    lang: cleanLang(data.lang, 'lang', problems),
    breaking: cleanBoolean(data.breaking, 'breaking', problems),
    authors: cleanList(data.authors, 'authors', problems),
    sources: cleanList(data.sources, 'sources', problems),
    image: cleanImage(data.image, problems),
    publisher: cleanPublisher(data.publisher, problems),
  });
  return { article, problems };
}

/** Copies only the defined values, so an `Article` never holds `undefined` keys. */
function assign<T extends object>(target: T, values: Partial<T>): T {
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  }
  return target;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
