/**
 * The package's side-effect-free entry: classes, types and helpers. Importing
 * it registers no tags; import `lede-widgets/define` (all elements) or
 * `lede-widgets/<element>/define` (one) for that.
 */
export { LedeArticleCard, type CardLayout } from './article-card/article-card.js';
export { LedeBreakingBanner, type BannerLevel } from './breaking-banner/breaking-banner.js';
export { LedeFeed } from './feed/feed.js';
export { LedePhoto } from './photo/photo.js';
export { LedeSourceCredit } from './source-credit/source-credit.js';
export {
  LedeClickEvent,
  LedeDismissEvent,
  LedeErrorEvent,
  LedeImpressionEvent,
  LedeUpdateEvent,
  type LedeArticleDetail,
  type LedeErrorDetail,
  type LedeErrorReason,
} from './events/lede-events.js';
export type { Article, ArticleImage, Publisher } from './data/article.js';
export { normalizeArticle, normalizeImage, type NormalizeResult } from './data/normalize.js';
export { safeUrl, safeSrcset } from './data/safe-url.js';
export { articleFromJson, articlesFromJson } from './data/article-from-json.js';
export { withUtm, type Utm } from './data/utm.js';
export { parseFeed, type ParsedFeed, type RawItem } from './feed-formats/parse-feed.js';
export { htmlToText } from './feed-formats/html-to-text.js';
export { defineElements } from './registration/define-elements.js';
export { registerTranslation } from './i18n/register-translation.js';
export type { UiStrings } from './i18n/language-pack.js';
export { VERSION } from './version.js';
