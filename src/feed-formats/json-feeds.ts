import { articleFromJsonLd, isArticleNode, names } from '../data/json-ld.js';
import { isObject } from '../data/normalize.js';
import { htmlToText } from './html-to-text.js';
import { MAX_FEED_ITEMS, type ParsedFeed, type RawItem } from './parsed-feed.js';

/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1); `undefined` for any other JSON. */
export function parseJsonFeed(feed: unknown): ParsedFeed | undefined {
  if (
    !isObject(feed) ||
    typeof feed.version !== 'string' ||
    !feed.version.startsWith('https://jsonfeed.org/version/')
  ) {
    return undefined;
  }
  const lang = typeof feed.language === 'string' ? feed.language : undefined;
  const items = Array.isArray(feed.items) ? feed.items.filter(isObject).slice(0, MAX_FEED_ITEMS) : [];
  return {
    lang,
    title: typeof feed.title === 'string' ? feed.title : undefined,
    items: items.map((item): RawItem => ({
      id: item.id,
      url: item.url ?? item.external_url,
      headline: item.title,
      summary:
        item.summary ??
        item.content_text ??
        (typeof item.content_html === 'string' ? htmlToText(item.content_html) : undefined),
      published: item.date_published,
      updated: item.date_modified,
      lang: item.language ?? lang,
      kicker: Array.isArray(item.tags) ? item.tags[0] : undefined,
      // 1.1 has `authors`; 1.0 had `author`.
      authors: names(item.authors ?? item.author),
      image: item.image || item.banner_image ? { src: item.image ?? item.banner_image } : undefined,
    })),
  };
}

/** A schema.org ItemList whose elements are articles (or ListItems holding them); `undefined` for any other JSON. */
export function parseItemList(list: unknown): ParsedFeed | undefined {
  if (!isObject(list) || list['@type'] !== 'ItemList' || !Array.isArray(list.itemListElement))
    return undefined;
  return {
    items: list.itemListElement
      .map((element: unknown) => (isObject(element) && isObject(element.item) ? element.item : element))
      .filter(isArticleNode)
      .slice(0, MAX_FEED_ITEMS)
      .map(articleFromJsonLd),
  };
}
