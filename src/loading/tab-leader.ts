/**
 * Tabs of one site poll a URL once between them: the tab holding the URL's
 * Web Lock leads (polls) and shares each answer with the others over a
 * BroadcastChannel. A lock is released when its tab closes, so a waiting tab
 * takes over. Without Web Locks every tab leads (polls for itself).
 */

/** What a leading tab shares after each good answer. */
export interface SharedAnswer {
  /** Where the answer came from, after redirects: its relative URLs resolve against this. */
  url: string;
  text: string;
  contentType: string;
  /** Milliseconds the answer stays fresh. Times are relative: tabs' clocks need not agree. */
  hold: number;
  /** Milliseconds until the leader asks next. */
  next: number;
}

/**
 * Calls `onLead` once this tab leads for `name`, now or when the tab that
 * led closes or resigns. The returned function resigns, or stops waiting.
 */
export function lead(name: string, onLead: () => void): () => void {
  const waiting = new AbortController();
  let resign = () => waiting.abort();
  if (navigator.locks) {
    navigator.locks
      .request(`lede-poll ${name}`, { signal: waiting.signal }, () => {
        onLead();
        return new Promise<void>((release) => (resign = release));
      })
      // Aborted while waiting: nothing to do.
      .catch(() => {});
  } else onLead();
  return () => resign();
}

/** The channel on which the tabs showing `url` share its answers (every browser at the floor has them). */
export function channelFor(url: string): BroadcastChannel {
  return new BroadcastChannel(`lede-poll ${url}`);
}
