/**
 * React wrappers, made with `@lit/react`: typed props for every property and
 * an `onLede…` prop for every lede event. Importing this module registers the
 * elements. React 19 renders custom elements itself and needs none of this:
 * import `lede-widgets/define` and use the tags (`lede-widgets/react-jsx`
 * types them).
 */
import { createComponent, type EventName } from '@lit/react';
// The default import works everywhere: React is CommonJS, and its named
// exports are invisible to Node's ESM loader and to some bundlers.
import React from 'react';
import { LedeArticleCard as ArticleCardElement } from '../article-card/article-card.js';
import { LedeBreakingBanner as BreakingBannerElement } from '../breaking-banner/breaking-banner.js';
import '../define.js';
import {
  LedeClickEvent,
  LedeDismissEvent,
  LedeErrorEvent,
  LedeImpressionEvent,
  LedeUpdateEvent,
} from '../events/lede-events.js';
import { LedeFeed as FeedElement } from '../feed/feed.js';
import { LedePhoto as PhotoElement } from '../photo/photo.js';
import { LedeSourceCredit as SourceCreditElement } from '../source-credit/source-credit.js';

/**
 * One prop per event class, named after its event (`lede-click` → `onLedeClick`).
 * Every wrapper takes them all: lede events bubble out of shadow roots, so a
 * feed hears its cards' clicks, and one that an element never fires is never
 * called.
 */
const events = {
  onLedeError: LedeErrorEvent.eventName as EventName<LedeErrorEvent>,
  onLedeClick: LedeClickEvent.eventName as EventName<LedeClickEvent>,
  onLedeImpression: LedeImpressionEvent.eventName as EventName<LedeImpressionEvent>,
  onLedeUpdate: LedeUpdateEvent.eventName as EventName<LedeUpdateEvent>,
  onLedeDismiss: LedeDismissEvent.eventName as EventName<LedeDismissEvent>,
};

export const LedeArticleCard = createComponent({
  tagName: 'lede-article-card',
  elementClass: ArticleCardElement,
  react: React,
  events,
  displayName: 'LedeArticleCard',
});

export const LedePhoto = createComponent({
  tagName: 'lede-photo',
  elementClass: PhotoElement,
  react: React,
  events,
  displayName: 'LedePhoto',
});

export const LedeBreakingBanner = createComponent({
  tagName: 'lede-breaking-banner',
  elementClass: BreakingBannerElement,
  react: React,
  events,
  displayName: 'LedeBreakingBanner',
});

export const LedeSourceCredit = createComponent({
  tagName: 'lede-source-credit',
  elementClass: SourceCreditElement,
  react: React,
  events,
  displayName: 'LedeSourceCredit',
});

export const LedeFeed = createComponent({
  tagName: 'lede-feed',
  elementClass: FeedElement,
  react: React,
  events,
  displayName: 'LedeFeed',
});
