/**
 * The one normalised shape every element renders. Outside data of any kind
 * (attributes, properties, fetched JSON, feeds) becomes an `Article` only by
 * passing through `normalizeArticle` in `./normalize.ts`.
 *
 * All fields are optional here: each element decides what it cannot do
 * without (a card needs a headline, a source credit needs sources or a
 * publisher). Dates are ISO 8601 strings in UTC so that an `Article` is
 * plain JSON and can be passed between elements, workers and servers as is.
 */
export interface Article {
  id?: string;
  /** Link to the story: `http:`, `https:` or relative, never anything else. */
  url?: string;
  headline?: string;
  /** Section label shown above the headline, e.g. "World". */
  kicker?: string;
  summary?: string;
  /** ISO 8601 timestamp (UTC) of first publication. */
  published?: string;
  /** ISO 8601 timestamp (UTC) of the latest update. */
  updated?: string;
  /** BCP 47 language tag of the story's text, e.g. `fa-AF`. */
  lang?: string;
  breaking?: boolean;
  authors?: string[];
  /** News agencies the story draws on, e.g. `["Reuters", "Interfax", "TASS"]`. */
  sources?: string[];
  image?: ArticleImage;
  publisher?: Publisher;
}

export interface ArticleImage {
  /** Always present: an image without a safe `src` is dropped whole. */
  src: string;
  /** Candidates whose URL is unsafe are removed; the rest are kept. */
  srcset?: string;
  /** `""` marks a decorative image; `undefined` means nobody wrote one. */
  alt?: string;
  caption?: string;
  credit?: string;
  width?: number;
  height?: number;
}

export interface Publisher {
  name: string;
  url?: string;
  logo?: string;
}
