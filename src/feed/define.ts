import { LedeArticleCard } from '../article-card/article-card.js';
import { LedePhoto } from '../photo/photo.js';
import { defineElements } from '../registration/define-elements.js';
import { LedeSourceCredit } from '../source-credit/source-credit.js';
import { LedeFeed } from './feed.js';

// The feed renders cards, which render photos and credits.
defineElements({
  'lede-feed': LedeFeed,
  'lede-article-card': LedeArticleCard,
  'lede-photo': LedePhoto,
  'lede-source-credit': LedeSourceCredit,
});

export { LedeFeed };
