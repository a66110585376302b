/**
 * The one normalised shape every element renders. Outside data of any kind
 * (attributes, properties, fetched JSON, feeds) becomes an `Article` only by
 * passing through `normalizeArticle` in `./normalize.ts`.
 *
 * All fields are optional here: each element decides what it cannot do
 * without (a card needs a headline, a source credit needs sources or a
 * publisher). Dates are ISO 8601 strings in UTC so that an `Article` is
 * plain JSON and can be passed between elements, workers and servers as is.
 *
 * These interfaces are the Article's one declaration: the data gate's tables
 * and the feed readers' `RawItem` are typed from them, and the JSON Schema
 * (`article.schema.json`) is generated from them, field JSDoc included, by
 * `npm run docs`.
 */
export interface Article {
  /** The story's id, passed in events. */
  id?: string;
  /** Link to the story: `http:`, `https:` or relative, never anything else. */
  url?: string;
  /** The headline, shown as text (markup in it shows as characters). */
  headline?: string;
  /** Section label shown above the headline, e.g. "World". */
  kicker?: string;
  /** A sentence or two about the story. */
  summary?: string;
  /** ISO 8601 timestamp (UTC) of first publication. */
  published?: string;
  /** ISO 8601 timestamp (UTC) of the latest update. */
  updated?: string;
  /** BCP 47 language tag of the story's text, e.g. `fa-AF`. */
  lang?: string;
  /** Breaking news: shown with a translated "Breaking News" flag. */
  breaking?: boolean;
  /** Authors' names. */
  authors?: string[];
  /** News agencies the story draws on, e.g. `["Reuters", "Interfax", "TASS"]`. */
  sources?: string[];
  /** The story's photo. */
  image?: ArticleImage;
  /** Who published the story. */
  publisher?: Publisher;
}

export interface ArticleImage {
  /**
   * The photo's URL: `http:`, `https:` or relative. Always present: an image
   * without a safe `src` is dropped whole.
   */
  src: string;
  /** The photo's other sizes, as in `srcset`. Candidates whose URL is unsafe are removed; the rest are kept. */
  srcset?: string;
  /** The text alternative. `""` marks a decorative image; absent means nobody wrote one. */
  alt?: string;
  /** Text shown under the photo. */
  caption?: string;
  /** Who took or owns the photo. */
  credit?: string;
  /** Width in pixels. */
  width?: number;
  /** Height in pixels. */
  height?: number;
}

export interface Publisher {
  /** The publisher's name. */
  name: string;
  /** The publisher's site: `http:`, `https:` or relative. */
  url?: string;
  /** The publisher's logo, as an image URL: `http:`, `https:` or relative. */
  logo?: string;
}

declare const checked: unique symbol;

/**
 * What the data gate made (`normalize.ts`), and only the gate: checked, and
 * frozen so that it stays so. An element handed one passes it on unchecked.
 * The mark is the type's alone; at run time the gate remembers what it made.
 */
export type Checked<Shape> = Readonly<Shape> & { readonly [checked]: true };

/** A story that passed the gate, its image with it: what elements render and hand on. */
export type Story = Checked<Omit<Article, 'image'>> & { readonly image?: Checked<ArticleImage> };
