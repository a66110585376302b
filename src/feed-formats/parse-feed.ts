import { LoadError, mediaType, rejectBinary, type Loaded } from '../loading/loader.js';
import { isItemList, isJsonFeed, parseArticleArray, parseItemList, parseJsonFeed } from './json-feeds.js';
import { parseInert } from './inert-document.js';
import type { ParsedFeed } from './parsed-feed.js';
import { ATOM_NS, parseAtom, parseRss } from './xml-feeds.js';

export type { ParsedFeed, RawItem } from './parsed-feed.js';

/**
 * Reads any supported feed: RSS 2.0, Atom 1.0, JSON Feed 1.x, a JSON array
 * of Articles, or a schema.org ItemList. The format is told from the content
 * itself — servers often label feeds text/html or text/plain — and the
 * Content-Type only explains a failure.
 */
export function parseFeed(loaded: Loaded): ParsedFeed {
  const { url, text } = loaded;
  rejectBinary(loaded, 'a feed');
  const type = mediaType(loaded);
  const start = text.trimStart()[0];
  if (start === '{' || start === '[') return parseJsonFeedText(text, url);
  if (start === '<') return parseXmlFeed(text, url, type);
  throw new LoadError('parse', `${url} is neither XML nor JSON`, url);
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
  if (Array.isArray(json)) return parseArticleArray(json);
  throw new LoadError('parse', `${url} is JSON, but not a JSON Feed, an ItemList or a list of articles`, url);
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
