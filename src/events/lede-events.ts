/**
 * The events the elements fire. Every one is a class (so listeners get typed
 * `detail`), is prefixed `lede-`, bubbles and is composed, so a partner can
 * listen once on `document` for every widget, even inside other components.
 */

const BUBBLING_AND_COMPOSED: EventInit = { bubbles: true, composed: true };

export type LedeErrorReason =
  /** The request failed before an answer: offline, DNS, CORS. */
  | 'network'
  /** The server answered with an error status; see `status`. */
  | 'http'
  | 'timeout'
  /** The answer was not valid JSON, XML or whatever was expected. */
  | 'parse'
  /** The data arrived but lacked what the element needs (a headline, a safe image URL). */
  | 'invalid-data'
  /** An image failed to load. */
  | 'image';

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
export class LedeErrorEvent extends Event {
  static readonly eventName = 'lede-error';
  readonly detail: LedeErrorDetail;

  constructor(detail: LedeErrorDetail) {
    super(LedeErrorEvent.eventName, BUBBLING_AND_COMPOSED);
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lede-error': LedeErrorEvent;
  }
}
