import { articleFromJsonLd, findArticleNode, nodesOf } from './json-ld.js';
import { isObject } from './normalize.js';

const ARTICLE_FIELDS = ['headline', 'url', 'summary', 'kicker', 'id', 'image', 'published'];

/** A plain object with Article fields and no JSON-LD markers: the package's own format, perhaps incomplete. */
function isOwnArticle(json: unknown): boolean {
  if (!isObject(json)) return false;
  if ('@context' in json || '@type' in json) return false;
  return ARTICLE_FIELDS.some((field) => field in json);
}

/**
 * What a fetched JSON document says about one article, as raw fields for the
 * data gate: the package's own Article JSON, or schema.org JSON-LD (also
 * inside `@graph` or an array). `undefined` when it is neither.
 */
export function articleFromJson(json: unknown): unknown {
  const node = findArticleNode(json);
  if (node) return articleFromJsonLd(node);
  return isOwnArticle(json) ? json : undefined;
}

/**
 * Every article a fetched JSON document holds: one Article, a JSON array of
 * them, or JSON-LD (one article, or several in an array or `@graph`).
 */
export function articlesFromJson(json: unknown): unknown[] {
  return (nodesOf(json) ?? [json]).map(articleFromJson).filter((article) => article !== undefined);
}
