import { LoadError, mediaType, rejectBinary, type Loaded } from '../loading/loader.js';
import { articlesFromJson } from '../data/article-from-json.js';
import { isItemList, isJsonFeed, parseItemList, parseJsonFeed } from './json-feeds.js';
import { parseInert } from './inert-document.js';
import { MAX_FEED_ITEMS, type ParsedFeed, type RawItem } from './parsed-feed.js';
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
  const { url } = loaded;
  rejectBinary(loaded, 'a feed');
  // Feed readers skip what CMS plugins put before the feed (blank lines, a
  // byte order mark); DOMParser refuses an XML declaration that is not first.
  const text = loaded.text.trimStart();
  const start = text[0];
  const feed =
    start === '{' || start === '['
      ? parseJsonFeedText(text, url)
      : start === '<'
        ? parseXmlFeed(text, url, mediaType(loaded))
        : undefined;
  if (!feed) throw new LoadError('parse', `${url} is neither XML nor JSON`, url);
  return {
    ...feed,
    items: feed.items.slice(0, MAX_FEED_ITEMS).map((item) => ({ ...item, lang: item.lang ?? feed.lang })),
  };
}

/**
 * An internal DTD can define entities that expand a few kilobytes into
 * gigabytes of text, and DOMParser expands them all. No feed format needs
 * one, so such feeds are refused before they are parsed. An external
 * DOCTYPE alone (old RSS 0.91 feeds carry Netscape's) declares nothing here:
 * browsers never fetch it.
 */
/** `<` ends the scan too, so a flood of DOCTYPEs cannot make it quadratic. */
const DECLARES_ENTITIES = /<!ENTITY|<!DOCTYPE[^<>[]*\[/;

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
  throw new LoadError('parse', `${url} is JSON, but no feed or article`, url);
}

function parseXmlFeed(text: string, url: string, type: string): ParsedFeed {
  if (DECLARES_ENTITIES.test(text)) {
    throw new LoadError('parse', `${url} declares XML entities (a DTD); refused`, url);
  }
  const doc = parseInert(text, 'application/xml');
  const root = doc.documentElement;
  if (doc.getElementsByTagName('parsererror').length > 0 || !root) {
    const reason = /html/.test(type) && /<html[\s>]/i.test(text) ? 'content-type' : 'parse';
    throw new LoadError(
      reason,
      reason === 'parse' ? `${url} is not well-formed XML` : `${url} is a web page, not a feed`,
      url,
    );
  }
  if (root.localName === 'rss' || root.localName === 'RDF') return parseRss(doc);
  if (root.localName === 'feed' && root.namespaceURI === ATOM_NS) return parseAtom(doc);
  throw new LoadError('parse', `${url} is XML, but not RSS or Atom`, url);
}
