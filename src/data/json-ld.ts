import { withSrcset } from './image-variants.js';
import { isObject } from './normalize.js';

/**
 * Reads schema.org article JSON-LD into the package's Article field names.
 * The result is still raw: it goes through `normalizeArticle` like any other
 * outside data. Anything unexpected is skipped, never thrown.
 */

/**
 * Article, NewsArticle and its Reportage, Analysis, Background, Opinion and
 * Review kinds, BlogPosting and LiveBlogPosting; by name alone or at the end
 * of an IRI (`schema:NewsArticle` and `https://schema.org/NewsArticle` name the same type).
 */
const ARTICLE_TYPE =
  /(^|[/:#])(((Reportage|Analysis|Background|Opinion|Review)?News)?Article|(LiveBlog|Blog)Posting)$/;

type Json = Record<string, unknown>;

/** A value, or each value of a list. */
const each = (value: unknown): unknown[] => [value].flat();

export function isArticleNode(node: unknown): node is Json {
  return (
    isObject(node) && each(node['@type']).some((type) => typeof type === 'string' && ARTICLE_TYPE.test(type))
  );
}

/** The nodes of a JSON-LD document that is a list, or a graph; `undefined` for one node. */
export function nodesOf(json: unknown): unknown[] | undefined {
  return Array.isArray(json)
    ? json
    : isObject(json) && Array.isArray(json['@graph'])
      ? json['@graph']
      : undefined;
}

/**
 * How many levels of lists and `@graph`s are searched for an article. Real
 * JSON-LD nests one or two; JSON.parse accepts 100,000, which would overflow
 * the stack.
 */
export const MAX_DEPTH = 32;

/** The first article node in a JSON-LD document: top level, in an array, or in `@graph` (at most `MAX_DEPTH` deep). */
export function findArticleNode(json: unknown, depth = MAX_DEPTH): Json | undefined {
  if (isArticleNode(json)) return json;
  for (const node of (depth && nodesOf(json)) || []) {
    const found = findArticleNode(node, depth - 1);
    if (found) return found;
  }
  return undefined;
}

/** `"Jane"`, `{ name: "Jane" }`, or a list of either. */
export function names(value: unknown): string[] | undefined {
  const list = each(value)
    .map((item) => (isObject(item) ? item.name : item))
    .filter((name): name is string => typeof name === 'string');
  return list.length > 0 ? list : undefined;
}

function first(value: unknown): unknown {
  return each(value)[0];
}

/** `1600`, `"1600"`, `"1600 px"` or `{ value: 1600 }`. */
function dimension(value: unknown): number | undefined {
  const raw = isObject(value) ? value.value : value;
  const number = typeof raw === 'string' ? parseFloat(raw) : raw;
  return Number.isFinite(number) ? (number as number) : undefined;
}

function urlOf(value: unknown): unknown {
  const item = first(value);
  if (isObject(item)) return item.url ?? item.contentUrl ?? item['@id'];
  return item;
}

function imageObject(item: unknown): Json | undefined {
  if (typeof item === 'string') return { src: item };
  if (!isObject(item)) return undefined;
  const credit = item.creditText ?? names(item.copyrightHolder)?.[0] ?? names(item.author)?.[0];
  return {
    src: item.url ?? item.contentUrl,
    alt: item.description ?? item.name,
    caption: item.caption,
    credit,
    width: dimension(item.width),
    height: dimension(item.height),
  };
}

/** The first image, with the others of its shape as its `srcset` when they give their widths. */
function image(value: unknown): Json | undefined {
  const main = imageObject(first(value));
  return main && withSrcset(main, each(value).map(imageObject).filter(isObject));
}

function language(value: unknown): unknown {
  const item = first(value);
  return isObject(item) ? (item.alternateName ?? item.name) : item;
}

/** Maps one article node's fields to the Article field names. */
export function articleFromJsonLd(node: Json): Json {
  const publisher = first(node.publisher);
  return {
    id: node.identifier ?? node['@id'],
    url: urlOf(node.url) ?? urlOf(node.mainEntityOfPage),
    headline: node.headline ?? node.name,
    kicker: first(node.articleSection),
    summary: node.description ?? node.abstract,
    published: node.datePublished ?? node.dateCreated,
    updated: node.dateModified,
    lang: language(node.inLanguage),
    authors: names(node.author),
    sources: names(node.sourceOrganization),
    image: image(node.image),
    publisher: isObject(publisher)
      ? { name: publisher.name, url: publisher.url, logo: urlOf(publisher.logo) }
      : typeof publisher === 'string'
        ? publisher
        : undefined,
  };
}
