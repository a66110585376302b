import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LedeErrorEvent, type LedeErrorDetail } from '../events/lede-events.js';
import { numberAttribute } from '../data/number-attribute.js';
import { memo } from '../memo.js';
import { LoadError, type Loaded } from '../data/answer.js';
import { FRESH_FOR, loadText, MAX_BYTES } from './loader.js';

type Host = ReactiveControllerHost & HTMLElement;

export type RemoteStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Parsed answers, per answer and parser: elements sharing one request (the
 * loader hands them the same answer object) parse it once between them.
 */
const parsedAnswers = new WeakMap<Loaded, Map<(loaded: Loaded) => unknown, unknown>>();

function parseOnce<T>(loaded: Loaded, parse: (loaded: Loaded) => T): T {
  return memo(
    memo(parsedAnswers, loaded, () => new Map()),
    parse,
    () => parse(loaded),
  ) as T;
}

/**
 * Fetches an element's `src` through the shared loader and keeps the last
 * good result: a failed refresh reports `lede-error` but never clears what is
 * shown. The request is withdrawn when the element leaves the page and made
 * again if it comes back without a result.
 */
export class RemoteDataController<T> implements ReactiveController {
  status: RemoteStatus = 'idle';
  value: T | undefined;
  readonly #host: Host;
  /** Turns the answer into the element's data; throw a `LoadError` to fail. */
  readonly #parse: (loaded: Loaded) => T;
  #error: LedeErrorDetail | undefined;
  /** The element's `timeout` in milliseconds, and its `max-bytes`: its refreshes wait and read as its first load does. */
  timeout = 0;
  maxBytes = MAX_BYTES;
  #url: string | undefined;
  #loaded: Loaded | undefined;
  #abort: AbortController | undefined;

  constructor(host: Host, parse: (loaded: Loaded) => T) {
    this.#host = host;
    this.#parse = parse;
    host.addController(this);
  }

  /**
   * Loads an element's `src` (trimmed; blank stops loading) with its
   * `timeout` in seconds (default 10, at most 120) and its `max-bytes`
   * (default `MAX_BYTES`, at most 64 MB); other values give the defaults,
   * with a warning. An answer kept from the last `FRESH_FOR` serves without a
   * request. Resolves `true` when data arrived, `false` when the load failed
   * or was withdrawn.
   */
  load(src: string | null | undefined, timeoutSeconds?: unknown, maxBytes?: unknown): Promise<boolean> {
    const url = src?.trim() || undefined;
    // Another URL is another story: what the old one said must not linger.
    if (url !== this.#url) this.value = this.#loaded = undefined;
    this.#url = url;
    this.timeout = numberAttribute(this.#host, 'timeout', timeoutSeconds, { fallback: 10, max: 120 }) * 1000;
    this.maxBytes = numberAttribute(this.#host, 'max-bytes', maxBytes, {
      fallback: MAX_BYTES,
      max: 2 ** 26,
    });
    this.hostDisconnected();
    if (!url) this.#settle('idle');
    return this.#start();
  }

  /** The URL being loaded, if any. */
  get source(): string | undefined {
    return this.#url;
  }

  hostConnected(): void {
    if (this.status !== 'ready' && !this.#abort) void this.#start();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    if (this.status === 'loading') this.#settle('idle');
  }

  /** `status` when no data is shown; with data shown, the element stays `ready`. */
  #settle(status: RemoteStatus): void {
    this.status = this.value === undefined ? status : 'ready';
  }

  /** Loads the URL, if there is one and the element is on the page; resolves whether data arrived. */
  async #start(): Promise<boolean> {
    const url = this.#url;
    if (!url || !this.#host.isConnected) return false;
    const abort = (this.#abort = new AbortController());
    this.#settle('loading');
    this.#host.requestUpdate();
    const answer = await loadText(url, {
      signal: abort.signal,
      timeout: this.timeout,
      maxAge: FRESH_FOR,
      maxBytes: this.maxBytes,
    }).catch((error: unknown) => error);
    if (abort.signal.aborted) return false;
    this.#abort = undefined;
    return this.take(answer);
  }

  /**
   * Shows an answer (a `Loaded`) or reports a failure (anything else), and
   * returns whether data arrived.
   */
  take(answer: Loaded | unknown): boolean {
    // The same answer object as before: nothing to parse, render or announce.
    if (answer === this.#loaded && !this.#error) return true;
    try {
      if ((answer as Loaded)?.text === undefined) throw answer;
      if (answer !== this.#loaded) this.value = parseOnce(answer as Loaded, this.#parse);
      this.#loaded = answer as Loaded;
      this.#error = undefined;
      this.status = 'ready';
    } catch (error) {
      this.#error =
        // Each element's own copy: elements sharing a request share its error.
        error instanceof LoadError
          ? { ...error.detail }
          : { reason: 'parse', message: String(error), url: this.#url! };
      this.#settle('error');
      this.#host.dispatchEvent(new LedeErrorEvent(this.#error));
    }
    this.#host.requestUpdate();
    return !this.#error;
  }
}
