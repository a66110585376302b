/**
 * What every feed format is read into: raw Article-shaped items (still to
 * pass the data gate) and the feed's own language, which each item takes
 * unless it says otherwise.
 */
export interface RawItem {
  id?: unknown;
  url?: unknown;
  headline?: unknown;
  summary?: unknown;
  kicker?: unknown;
  published?: unknown;
  updated?: unknown;
  lang?: unknown;
  authors?: unknown;
  image?: {
    src?: unknown;
    srcset?: unknown;
    alt?: unknown;
    credit?: unknown;
    width?: unknown;
    height?: unknown;
  };
  [field: string]: unknown;
}

export interface ParsedFeed {
  lang?: string;
  title?: string;
  items: RawItem[];
}

/** Items taken from a feed at most: what `<lede-feed>` can show. Items after them are never gated. */
export const MAX_FEED_ITEMS = 100;
