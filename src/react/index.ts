/**
 * React wrappers, made with `@lit/react`: typed props for every property and
 * `onLede…` props for every event. Importing this module registers the
 * elements. React 19 renders custom elements itself and needs none of this:
 * import `lede-widgets/define` and use the tags.
 */
import { createComponent, type EventName } from '@lit/react';
// The default import works everywhere: React is CommonJS, and its named
// exports are invisible to Node's ESM loader and to some bundlers.
import React from 'react';
import { LedeArticleCard as ArticleCardElement } from '../article-card/article-card.js';
import { LedeBreakingBanner as BreakingBannerElement } from '../breaking-banner/breaking-banner.js';
import '../define.js';
import type {
  LedeClickEvent,
  LedeDismissEvent,
  LedeErrorEvent,
  LedeImpressionEvent,
  LedeUpdateEvent,
} from '../events/lede-events.js';
import { LedeFeed as FeedElement } from '../feed/feed.js';
import { LedePhoto as PhotoElement } from '../photo/photo.js';
import { LedeSourceCredit as SourceCreditElement } from '../source-credit/source-credit.js';

const onError = 'lede-error' as EventName<LedeErrorEvent>;
const onClick = 'lede-click' as EventName<LedeClickEvent>;
const onImpression = 'lede-impression' as EventName<LedeImpressionEvent>;

export const LedeArticleCard = createComponent({
  tagName: 'lede-article-card',
  elementClass: ArticleCardElement,
  react: React,
  events: { onLedeError: onError, onLedeClick: onClick, onLedeImpression: onImpression },
  displayName: 'LedeArticleCard',
});

export const LedePhoto = createComponent({
  tagName: 'lede-photo',
  elementClass: PhotoElement,
  react: React,
  events: { onLedeError: onError },
  displayName: 'LedePhoto',
});

export const LedeBreakingBanner = createComponent({
  tagName: 'lede-breaking-banner',
  elementClass: BreakingBannerElement,
  react: React,
  events: {
    onLedeError: onError,
    onLedeClick: onClick,
    onLedeImpression: onImpression,
    onLedeUpdate: 'lede-update' as EventName<LedeUpdateEvent>,
    onLedeDismiss: 'lede-dismiss' as EventName<LedeDismissEvent>,
  },
  displayName: 'LedeBreakingBanner',
});

export const LedeSourceCredit = createComponent({
  tagName: 'lede-source-credit',
  elementClass: SourceCreditElement,
  react: React,
  displayName: 'LedeSourceCredit',
});

export const LedeFeed = createComponent({
  tagName: 'lede-feed',
  elementClass: FeedElement,
  react: React,
  // Card events bubble out of the feed, with their position.
  events: { onLedeError: onError, onLedeClick: onClick, onLedeImpression: onImpression },
  displayName: 'LedeFeed',
});
