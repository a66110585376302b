import type { LedeErrorReason } from '../events/lede-events.js';
import { BINARY_TYPE, LoadError, mediaType, type Loaded } from '../data/answer.js';
import { articlesFromJson } from '../data/article-from-json.js';
import { parseItemList, parseJsonFeed } from './json-feeds.js';
import { parseInert } from './inert-document.js';
import { MAX_FEED_ITEMS, type ParsedFeed, type RawItem } from './parsed-feed.js';
import { ATOM_NS, parseXml } from './xml-feeds.js';

export type { ParsedFeed, RawItem } from './parsed-feed.js';

/** Why `url` could not be read as a feed: `${url} ${message}`. */
type Failure = (message: string, reason?: LedeErrorReason) => LoadError;

/**
 * Reads any supported feed: RSS 2.0, Atom 1.0, JSON Feed 1.x, a schema.org
 * ItemList, or article JSON (one Article, a JSON array of them, or JSON-LD).
 * The format is told from the content itself — servers often label feeds
 * text/html or text/plain — and the Content-Type only explains a failure.
 * Each item comes in the feed's language unless it has its own (each reader
 * gives it that), and at most `MAX_FEED_ITEMS` are read (each reader stops there).
 */
export function parseFeed(loaded: Loaded): ParsedFeed {
  const { url } = loaded;
  const type = mediaType(loaded);
  const failure: Failure = (message, reason = 'parse') => new LoadError(reason, `${url} ${message}`, url);
  if (BINARY_TYPE.test(type)) throw failure(`is ${type}, not a feed`, 'content-type');
  // Feed readers skip what CMS plugins put before the feed (blank lines, a
  // byte order mark); DOMParser refuses an XML declaration that is not first.
  const text = loaded.text.trimStart();
  if (text[0] === '<') return parseXmlFeed(text, type, failure);
  if (text[0] === '{' || text[0] === '[') return parseJsonFeedText(text, failure);
  throw failure('is neither XML nor JSON');
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

function parseJsonFeedText(text: string, failure: Failure): ParsedFeed {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw failure('is not valid JSON');
  }
  const feed = parseJsonFeed(json) ?? parseItemList(json);
  if (feed) return feed;
  const articles = articlesFromJson(json);
  if (Array.isArray(json) || articles.length > 0) {
    return { items: articles.slice(0, MAX_FEED_ITEMS) as RawItem[] };
  }
  throw failure('is JSON, but no feed or article');
}

function parseXmlFeed(text: string, type: string, failure: Failure): ParsedFeed {
  if (DECLARES_ENTITIES.test(text)) throw failure('declares XML entities (a DTD); refused');
  const doc = parseInert(text, 'application/xml');
  const root = doc.documentElement;
  if (doc.getElementsByTagName('parsererror').length > 0) {
    throw /html/.test(type) && /<html[\s>]/i.test(text)
      ? failure('is a web page, not a feed', 'content-type')
      : failure('is not well-formed XML');
  }
  if (
    root.localName === 'rss' ||
    root.localName === 'RDF' ||
    (root.localName === 'feed' && root.namespaceURI === ATOM_NS)
  ) {
    return parseXml(root, failure);
  }
  throw failure('is XML, but not RSS or Atom');
}
