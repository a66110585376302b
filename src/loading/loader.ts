/**
 * The one way elements fetch. Many elements asking for the same URL share
 * one request, which lasts as long as the most patient of them waits (each
 * still gives up at its own timeout); a request nobody waits for any more is
 * aborted. Revalidation is left to the browser's HTTP cache: requests
 * are simple GETs with no headers of our own (so a cross-origin source needs
 * no CORS preflight, and every reader's request is alike, so a CDN can
 * collapse them), and a 304 reaches us as the cached answer. An answer whose
 * text did not change is handed out as the same object, so nothing
 * downstream parses or renders it again.
 */
import { LoadError, type Loaded } from '../data/answer.js';
import { holdOf } from './server-hold.js';
import { keepRecent } from '../memo.js';

export interface LoadOptions {
  /** Aborting it withdraws this caller; the request stops when no caller is left. */
  signal?: AbortSignal;
  /** Milliseconds before this caller gives up (default 10 s); a shared request lasts while anyone waits. */
  timeout?: number;
  /** Milliseconds a kept answer is used without asking the server again (default 0: always revalidate). */
  maxAge?: number;
  /** The HTTP cache mode: `default` (a fresh cached answer serves) or `no-cache` (always revalidate). */
  cache?: RequestCache;
  /** The most bytes of body to read (default `MAX_BYTES`); a longer answer fails as `too-large`. */
  maxBytes?: number;
}

interface Kept {
  /** The answer as first handed out, so every later reader gets the same object. */
  loaded: Loaded;
  fetchedAt: number;
}

interface InFlight {
  promise: Promise<Loaded>;
  controller: AbortController;
  waiting: number;
  /** The largest cap any caller sharing the request asked for. */
  maxBytes: number;
}

export const DEFAULT_TIMEOUT = 10_000;
/**
 * The most of an answer that is read: ten times a large news feed, and far
 * less than the tens of megabytes that stall a page for seconds while they
 * are parsed. Counted after decompression, so a small gzip bomb is no way
 * round it.
 */
export const MAX_BYTES = 2 * 1024 * 1024;
/**
 * How long an answer serves a newly added element without asking the server:
 * a page that adds a second card or feed for the same URL a few seconds later
 * costs no request. Refreshes always ask (conditionally).
 */
export const FRESH_FOR = 30_000;

const kept = new Map<string, Kept>();
/** Per URL, until when the server asked not to be asked again (see `holdOf`). */
const holds = new Map<string, number>();
const inFlight = new Map<string, InFlight>();

/** `url` made absolute against the page; undefined when it is not a URL. (Not `URL.parse`: Safari has it only since 18.) */
export function absolute(url: string): string | undefined {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return undefined;
  }
}

const hold = (url: string, milliseconds: number) => keepRecent(holds, url, Date.now() + milliseconds);

/**
 * The answer for `url` with this text, kept for later callers: the kept
 * object itself when the text is unchanged (a 304 through the HTTP cache, or
 * a poll that found nothing new), so "nothing changed" costs nothing.
 */
export function remember(url: string, text: string, contentType: string, held = 0, base = url): Loaded {
  const previous = kept.get(url)?.loaded;
  const loaded =
    previous?.text === text && previous.contentType === contentType && previous.url === base
      ? previous
      : { url: base, text, contentType };
  keepRecent(kept, url, { loaded, fetchedAt: Date.now() });
  hold(url, held);
  return loaded;
}

/** Until when (ms since the epoch) the last answer for `url` asked not to be asked again. */
export function heldUntil(url: string): number {
  return holds.get(url) ?? 0;
}

/**
 * The body as text, read chunk by chunk and given up past the cap, before
 * it is all in memory (a Content-Length can lie, or be missing).
 */
async function readCapped(
  body: ReadableStream<Uint8Array<ArrayBuffer>>,
  url: string,
  entry: InFlight,
): Promise<string> {
  const reader = body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    // Decoded as UTF-8, as `Response.text()` does.
    if (done) return new Blob(chunks).text();
    if ((bytes += value.byteLength) > entry.maxBytes) {
      void reader.cancel().catch(() => {});
      throw new LoadError('too-large', `${url} is too large`, url);
    }
    chunks.push(value);
  }
}

async function request(url: string, entry: InFlight, cache: RequestCache | undefined): Promise<Loaded> {
  let response: Response;
  let text: string;
  try {
    // No headers and no cookies: a simple request, the same for every reader.
    response = await fetch(url, {
      signal: entry.controller.signal,
      cache,
      credentials: 'omit',
    });
    // A body-less answer (204) is empty text.
    text = response.body ? await readCapped(response.body, url, entry) : '';
  } catch (error) {
    // (Aborted only once every caller has stopped waiting: then nobody hears of it.)
    throw error instanceof LoadError ? error : new LoadError('network', `Could not reach ${url}`, url);
  }
  const held = holdOf(response.status, response.headers);
  if (!response.ok) {
    hold(url, held);
    throw new LoadError('http', `${url} answered ${response.status}`, url, response.status);
  }
  return remember(url, text, response.headers.get('Content-Type') ?? '', held, response.url || url);
}

function start(url: string, cache: RequestCache | undefined): InFlight {
  const entry = { controller: new AbortController(), waiting: 0, maxBytes: 0 } as InFlight;
  entry.promise = request(url, entry, cache).finally(() => {
    if (inFlight.get(url) === entry) inFlight.delete(url);
  });
  inFlight.set(url, entry);
  return entry;
}

/** Fetches `url` as text, sharing the request with every other caller of the same URL. */
export async function loadText(
  url: string,
  { signal, timeout = DEFAULT_TIMEOUT, maxAge = 0, cache, maxBytes = MAX_BYTES }: LoadOptions = {},
): Promise<Loaded> {
  const target = absolute(url);
  if (!target) throw new LoadError('network', `Not a URL: ${url}`, url);
  signal?.throwIfAborted();

  const fresh = kept.get(target);
  if (fresh && maxAge > 0 && Date.now() - fresh.fetchedAt < maxAge) return fresh.loaded;

  const entry = inFlight.get(target) ?? start(target, cache);
  entry.maxBytes = Math.max(entry.maxBytes, maxBytes);
  entry.waiting++;
  // A caller's promise settles once: whichever comes first, the answer, its timeout or its withdrawal.
  return new Promise<Loaded>((resolve, reject) => {
    let waiting = true;
    /** This caller stops waiting; when nobody waits any more, the request stops and the next caller starts afresh. */
    const stopWaiting = () => {
      if (waiting && !--entry.waiting && inFlight.get(target) === entry) {
        inFlight.delete(target);
        entry.controller.abort();
      }
      waiting = false;
    };
    // This caller's own patience: a later caller with a longer timeout is not cut short by an earlier one's.
    AbortSignal.timeout(timeout).onabort = () => {
      stopWaiting();
      reject(new LoadError('timeout', `No answer from ${target} in time`, target));
    };
    signal?.addEventListener('abort', () => {
      stopWaiting();
      reject(signal.reason);
    });
    // Also keeps an abandoned request's rejection from surfacing as "unhandled".
    entry.promise.then(resolve, reject).finally(stopWaiting);
  });
}
