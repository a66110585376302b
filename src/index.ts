/**
 * The package's side-effect-free entry: classes, types and helpers. Importing
 * it registers no tags; import `lede-widgets/define` (all elements) or
 * `lede-widgets/<element>/define` (one) for that.
 */
export { LedeSourceCredit } from './source-credit/source-credit.js';
export type { Article, ArticleImage, Publisher } from './data/article.js';
export { normalizeArticle, type NormalizeResult } from './data/normalize.js';
export { safeUrl, safeSrcset } from './data/safe-url.js';
export { defineElements } from './registration/define-elements.js';
export { VERSION } from './version.js';
