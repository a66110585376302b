/**
 * Tabs of one site poll a URL once between them: the tab holding the URL's
 * Web Lock leads (polls) and shares each answer with the others over a
 * BroadcastChannel. A lock is released when its tab closes, so a waiting tab
 * takes over. Without Web Locks every tab leads (polls for itself).
 */

/** What a leading tab shares after each good answer. */
export interface SharedAnswer {
  url: string;
  text: string;
  contentType: string;
  /** Milliseconds the answer stays fresh. Times are relative: tabs' clocks need not agree. */
  hold: number;
  /** Milliseconds until the leader asks next. */
  next: number;
}

let channel: BroadcastChannel | undefined;
const listeners = new Map<string, (answer: SharedAnswer) => void>();

/**
 * Calls `onLead` once this tab leads for `name`, now or when the tab that
 * led closes or resigns. The returned function resigns, or stops waiting.
 */
export function lead(name: string, onLead: () => void): () => void {
  const locks = navigator.locks;
  if (!locks) {
    onLead();
    return () => {};
  }
  const waiting = new AbortController();
  let resign = () => waiting.abort();
  locks
    .request(`lede-poll ${name}`, { signal: waiting.signal }, () => {
      onLead();
      return new Promise<void>((release) => (resign = release));
    })
    // Aborted while waiting: nothing to do.
    .catch(() => {});
  return () => resign();
}

/** Hands `answer` to the other tabs' listeners for its URL. */
export function share(answer: SharedAnswer): void {
  channel?.postMessage(answer);
}

/** Listens for answers other tabs share for `url`, until the returned function is called. */
export function listen(url: string, listener: (answer: SharedAnswer) => void): () => void {
  if (!channel && self.BroadcastChannel) {
    channel = new BroadcastChannel('lede-poll');
    channel.onmessage = ({ data }: MessageEvent<SharedAnswer>) => listeners.get(data.url)?.(data);
  }
  listeners.set(url, listener);
  return () => {
    listeners.delete(url);
    // No listener left: close the channel, so a page without pollers holds nothing open.
    if (!listeners.size) channel = channel?.close() as undefined;
  };
}
