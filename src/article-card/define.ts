import { LedePhoto } from '../photo/photo.js';
import { defineElements } from '../registration/define-elements.js';
import { LedeSourceCredit } from '../source-credit/source-credit.js';
import { LedeArticleCard } from './article-card.js';

// The card renders a photo and a credit, so it brings their tags along.
defineElements({
  'lede-article-card': LedeArticleCard,
  'lede-photo': LedePhoto,
  'lede-source-credit': LedeSourceCredit,
});

export { LedeArticleCard };
