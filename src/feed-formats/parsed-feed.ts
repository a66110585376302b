import type { Article, ArticleImage } from '../data/article.js';

/** Each field of `Shape`, as a feed gave it: not yet checked, so of any type. */
type Unchecked<Shape> = { [Field in keyof Shape]?: unknown };

/**
 * What every feed format is read into: raw Article-shaped items (still to
 * pass the data gate) and the feed's own language, which each item takes
 * unless it says otherwise. The fields are the Article's, so a field added
 * to `Article` is one a feed reader can give.
 */
export interface RawItem extends Unchecked<Omit<Article, 'image'>> {
  image?: Unchecked<ArticleImage>;
  [field: string]: unknown;
}

export interface ParsedFeed {
  lang?: string;
  title?: string;
  items: RawItem[];
}

/** Items taken from a feed at most: what `<lede-feed>` can show. Items after them are never gated. */
export const MAX_FEED_ITEMS = 100;
