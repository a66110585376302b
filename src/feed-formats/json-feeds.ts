import { articleFromJsonLd, isArticleNode, names } from '../data/json-ld.js';
import { isObject } from '../data/normalize.js';
import { htmlToText } from './html-to-text.js';
import { MAX_FEED_ITEMS, type ParsedFeed, type RawItem } from './parsed-feed.js';

type Json = Record<string, unknown>;

/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). */
export function isJsonFeed(json: unknown): json is Json {
  return (
    isObject(json) &&
    typeof json.version === 'string' &&
    json.version.startsWith('https://jsonfeed.org/version/')
  );
}

export function parseJsonFeed(feed: Json): ParsedFeed {
  const items = Array.isArray(feed.items) ? feed.items.filter(isObject).slice(0, MAX_FEED_ITEMS) : [];
  return {
    lang: typeof feed.language === 'string' ? feed.language : undefined,
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
      lang: item.language,
      kicker: Array.isArray(item.tags) ? item.tags[0] : undefined,
      // 1.1 has `authors`; 1.0 had `author`.
      authors: names(item.authors ?? item.author),
      image: item.image || item.banner_image ? { src: item.image ?? item.banner_image } : undefined,
    })),
  };
}

/** schema.org ItemList whose elements are articles (or ListItems holding them). */
export function isItemList(json: unknown): json is Json {
  return isObject(json) && json['@type'] === 'ItemList' && Array.isArray(json.itemListElement);
}

export function parseItemList(list: Json): ParsedFeed {
  const nodes = (list.itemListElement as unknown[]).map((element) =>
    isObject(element) && isObject(element.item) ? element.item : element,
  );
  return {
    items: nodes
      .filter(isArticleNode)
      .slice(0, MAX_FEED_ITEMS)
      .map((node) => articleFromJsonLd(node) as RawItem),
  };
}
