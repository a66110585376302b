/**
 * The events the elements fire. Every one is a class (so listeners get typed
 * `detail`), is prefixed `lede-`, bubbles and is composed, so a partner can
 * listen once on `document` for every widget, even inside other components.
 */

/** Every lede event: typed `detail`, bubbling, composed, and named by its class's `eventName`. */
abstract class LedeEvent<Detail> extends Event {
  static readonly eventName: string;
  readonly detail: Detail;

  constructor(detail: Detail) {
    super((new.target as typeof LedeEvent).eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

export type LedeErrorReason =
  /** The request failed before an answer: offline, DNS, CORS. */
  | 'network'
  /** The server answered with an error status; see `status`. */
  | 'http'
  | 'timeout'
  /** The answer was not valid JSON, XML or whatever was expected. */
  | 'parse'
  /** The answer was of the wrong kind altogether (an image, an HTML page). */
  | 'content-type'
  /** The data arrived but lacked what the element needs (a headline, a safe image URL), or was not a list where one was expected. */
  | 'invalid-data'
  /** The answer was larger than the element's `max-bytes` (2 MB by default); nothing of it was used. */
  | 'too-large'
  /** An image failed to load. */
  | 'image'
  /** A language pack failed to load, or failed its integrity check: the element fell back along the language's chain. */
  | 'language';

export interface LedeErrorDetail {
  reason: LedeErrorReason;
  /** For logs and developers, in English; not for showing to readers. */
  message: string;
  /** The URL that failed, when one did. */
  url?: string;
  /** The HTTP status, when `reason` is `http`. */
  status?: number;
}

/**
 * Something an element needed failed. The element keeps its last good
 * content, or shows its fallback; this event is how the page finds out.
 */
export class LedeErrorEvent extends LedeEvent<LedeErrorDetail> {
  static override readonly eventName = 'lede-error';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lede-error': LedeErrorEvent;
  }
}

/** Which story an event is about. `position` is its place (from 0) in a feed. */
export interface LedeArticleDetail {
  id?: string;
  url?: string;
  position?: number;
}

/** The story was at least half visible for a second: fired once per story per element. */
export class LedeImpressionEvent extends LedeEvent<LedeArticleDetail> {
  static override readonly eventName = 'lede-impression';
}

/** The reader followed the story's link. Navigation goes ahead unless a listener cancels the click. */
export class LedeClickEvent extends LedeEvent<LedeArticleDetail> {
  static override readonly eventName = 'lede-click';
}

/** The reader dismissed a breaking item; it stays dismissed across reloads. */
export class LedeDismissEvent extends LedeEvent<LedeArticleDetail> {
  static override readonly eventName = 'lede-dismiss';
}

/** A new story became the one shown (and was announced to screen readers). */
export class LedeUpdateEvent extends LedeEvent<LedeArticleDetail & { headline: string }> {
  static override readonly eventName = 'lede-update';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lede-impression': LedeImpressionEvent;
    'lede-click': LedeClickEvent;
    'lede-dismiss': LedeDismissEvent;
    'lede-update': LedeUpdateEvent;
  }
}
