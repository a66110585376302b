/** Registers every element. The one module (with its per-element peers) that has side effects. */
import { LedeArticleCard } from './article-card/article-card.js';
import { LedeBreakingBanner } from './breaking-banner/breaking-banner.js';
import { LedeFeed } from './feed/feed.js';
import { defineElements } from './registration/define-elements.js';
import { LedePhoto } from './photo/photo.js';
import { LedeSourceCredit } from './source-credit/source-credit.js';

defineElements({
  'lede-article-card': LedeArticleCard,
  'lede-breaking-banner': LedeBreakingBanner,
  'lede-feed': LedeFeed,
  'lede-photo': LedePhoto,
  'lede-source-credit': LedeSourceCredit,
});

export * from './index.js';
