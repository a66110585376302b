import { LoadError, mediaType, rejectBinary, type Loaded } from '../loading/loader.js';
import { articlesFromJson } from '../data/article-from-json.js';
import { isItemList, isJsonFeed, parseItemList, parseJsonFeed } from './json-feeds.js';
import { parseInert } from './inert-document.js';
import type { ParsedFeed, RawItem } from './parsed-feed.js';
import { ATOM_NS, parseAtom, parseRss } from './xml-feeds.js';

export type { ParsedFeed, RawItem } from './parsed-feed.js';

/**
 * Reads any supported feed: RSS 2.0, Atom 1.0, JSON Feed 1.x, a schema.org
 * ItemList, or article JSON (one Article, a JSON array of them, or JSON-LD).
 * The format is told from the content itself — servers often label feeds
 * text/html or text/plain — and the Content-Type only explains a failure.
 * Each item comes in the feed's language unless it has its own.
 */
export function parseFeed(loaded: Loaded): ParsedFeed {
  const { url, text } = loaded;
  rejectBinary(loaded, 'a feed');
  const start = text.trimStart()[0];
  const feed =
    start === '{' || start === '['
      ? parseJsonFeedText(text, url)
      : start === '<'
        ? parseXmlFeed(text, url, mediaType(loaded))
        : undefined;
  if (!feed) throw new LoadError('parse', `${url} is neither XML nor JSON`, url);
  return { ...feed, items: feed.items.map((item) => ({ ...item, lang: item.lang ?? feed.lang })) };
}

function parseJsonFeedText(text: string, url: string): ParsedFeed {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new LoadError('parse', `${url} is not valid JSON`, url);
  }
  if (isJsonFeed(json)) return parseJsonFeed(json);
  if (isItemList(json)) return parseItemList(json);
  const articles = articlesFromJson(json);
  if (Array.isArray(json) || articles.length > 0) return { items: articles as RawItem[] };
  throw new LoadError('parse', `${url} is JSON, but not a JSON Feed, an ItemList or article JSON`, url);
}

function parseXmlFeed(text: string, url: string, type: string): ParsedFeed {
  const doc = parseInert(text, 'application/xml');
  const root = doc.documentElement;
  if (doc.getElementsByTagName('parsererror').length > 0 || !root) {
    const reason = /html/.test(type) && /<html[\s>]/i.test(text) ? 'content-type' : 'parse';
    throw new LoadError(
      reason,
      reason === 'parse' ? `${url} is not well-formed XML` : `Expected a feed from ${url}, got a web page`,
      url,
    );
  }
  if (root.localName === 'rss' || root.localName === 'RDF') return parseRss(doc);
  if (root.localName === 'feed' && root.namespaceURI === ATOM_NS) return parseAtom(doc);
  throw new LoadError('parse', `${url} is XML, but not RSS or Atom (<${root.localName}>)`, url);
}
