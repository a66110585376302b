import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LoadError, type Loaded } from '../data/answer.js';
import type { Story } from '../data/article.js';
import { gateStories, givenList, type GatedStories } from '../data/gate-stories.js';
import { numberAttribute, type NumberRange } from '../data/number-attribute.js';
import { reportProblems } from '../data/report-problems.js';
import { LedeErrorEvent, type LedeErrorDetail } from '../events/lede-events.js';
import { FRESH_FOR, loadText, MAX_BYTES } from '../loading/loader.js';
import { PollingController, type PollReader } from '../loading/polling-controller.js';
import { memo } from '../memo.js';
import { storyFromAttributes, type StoryFieldProperties } from './fields.js';
import { chooseStories } from './story.js';

/** What an element gives the controller: any of the three ways in. */
export interface StoryHost extends ReactiveControllerHost, HTMLElement, Partial<StoryFieldProperties> {
  src?: string | undefined;
  timeout?: number | undefined;
  maxBytes?: number | undefined;
  refreshInterval?: number | undefined;
  article?: unknown;
  items?: unknown;
}

/** Where the element's `src` stands: none, on its way, shown, or failed with nothing shown. */
export type SourceStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * What an element sees of its story source: a read-only snapshot, and the
 * call that brings it up to date. Elements hold their controller as this
 * type, so the compiler refuses a write to the snapshot from anywhere but
 * the controller itself.
 */
export interface StorySource {
  /** The stories to show: the given ones, else the fetched ones (`chooseStories`). */
  readonly stories: readonly Story[];
  /** What `src` returned, as far as it was gated. */
  readonly fetched: readonly Story[] | undefined;
  readonly status: SourceStatus;
  /** The URL being loaded, if any. */
  readonly source: string | undefined;
  /** Whether data came: by a property, or from a finished load. */
  readonly given: boolean;
  /** Call from `willUpdate`; `shows`: how many stories the element shows at most. */
  update(shows?: number): void;
}

/** Reads an answer into stories; throws a `LoadError` when it holds none the element can use. */
export type ReadStories = (loaded: Loaded) => GatedStories;

/**
 * Read answers, per answer and reader: elements sharing one request (the
 * loader hands them the same answer object) read it once between them.
 */
const readAnswers = new WeakMap<Loaded, Map<ReadStories, GatedStories>>();

function readOnce(loaded: Loaded, read: ReadStories): GatedStories {
  return memo(
    memo(readAnswers, loaded, () => new Map()),
    read,
    () => read(loaded),
  );
}

/**
 * An element's stories, and the one owner of its story source: from its
 * `items` or `article` property, its attributes and its `src`, all through
 * the data gate, in the one order of precedence (`chooseStories`), with one
 * report of what the gate dropped.
 *
 * For `src` it loads (sharing the request with every element asking for the
 * same URL), reads the answer once, keeps the last good result (a failed
 * refresh reports `lede-error` but never clears what is shown), and, given
 * a range for `refresh-interval`, polls (polling-controller.ts). The request
 * is withdrawn when the element leaves the page and made again if it comes
 * back without a result. The element holds it as a `StorySource`: it reads
 * the snapshot and cannot write it. A poll holds it as a `PollReader`: it
 * reads how long to wait and how much to read, and hands answers to `take`.
 *
 * Given stories are gated anew at every update (one changed in place shows
 * its change; one the gate made, a feed's story handed to its card, cannot
 * change and passes as it is), fetched ones once per answer; both only as
 * far as the element shows. Call `update()` from `willUpdate`.
 */
export class StoryController implements ReactiveController, StorySource, PollReader {
  // Plain fields, written here only: others see them through StorySource and
  // PollReader, which make them read-only without the bytes of getters.
  stories: readonly Story[] = [];
  fetched: readonly Story[] | undefined;
  status: SourceStatus = 'idle';
  /** The element's `timeout` in milliseconds, and its `max-bytes`: its refreshes wait and read as its first load does. */
  timeout = 0;
  maxBytes = MAX_BYTES;
  readonly #host: StoryHost;
  readonly #read: ReadStories;
  readonly #polling: PollingController | undefined;
  readonly #refresh: NumberRange | undefined;
  /** `src`, `timeout` and `max-bytes` as last loaded: a change in any loads again. */
  #loading: unknown[] | undefined;
  /** The refresh interval the poll last started with, in seconds. */
  #polledEvery: number | undefined;
  #url: string | undefined;
  #loaded: Loaded | undefined;
  #answer: GatedStories | undefined;
  #error: LedeErrorDetail | undefined;
  #abort: AbortController | undefined;
  /** The last `items` that were a list: what stays shown when `items` becomes something else. */
  #items: readonly unknown[] | undefined;
  #itemsGiven: unknown;

  /** `refresh`: the range of the element's `refresh-interval`, in seconds, for an element that polls; without it, it never does. */
  constructor(host: StoryHost, read: ReadStories, refresh?: NumberRange) {
    this.#host = host;
    this.#read = read;
    this.#refresh = refresh;
    host.addController(this);
    // After this controller: a returning element loads before it rejoins the poll.
    if (refresh) this.#polling = new PollingController(host, this, () => this.#seconds());
  }

  get source(): string | undefined {
    return this.#url;
  }

  get given(): boolean {
    const host = this.#host;
    return this.status === 'ready' || host.article !== undefined || host.items !== undefined;
  }

  /**
   * Loads again when `src`, `timeout` or `max-bytes` changed (and polls
   * again when they or the refresh interval did), then gathers the stories,
   * gating them only until `shows` of them have a headline (a feed's `limit`).
   */
  update(shows = Infinity): void {
    const host = this.#host;
    const loading = [host.src, host.timeout, host.maxBytes];
    const reload = !this.#loading?.every((value, index) => value === loading[index]);
    if (reload) {
      this.#loading = loading;
      this.#load();
    }
    // A poll starts afresh (its back-off reset) only when what it polls, or how often, changed.
    const seconds = this.#seconds();
    if (reload || seconds !== this.#polledEvery) {
      this.#polledEvery = seconds;
      if (this.#url && seconds > 0) this.#polling?.start(this.#url);
      else this.#polling?.stop();
    }
    if (host.items !== this.#itemsGiven) {
      this.#itemsGiven = host.items;
      this.#items = givenList(host, host.items, this.#items);
    }
    const raw = storyFromAttributes(host);
    const gates = [this.#items, host.article === undefined ? undefined : [host.article], raw && [raw]].map(
      (list) => list && gateStories(list),
    );
    const [items, property, attributes] = gates.map((gate) => gate?.first(shows));
    reportProblems(
      host,
      gates.flatMap((gate) => gate?.problems ?? []),
    );
    this.fetched = this.#answer?.first(shows);
    this.stories = chooseStories(items, property?.[0], attributes?.[0], this.fetched);
  }

  hostConnected(): void {
    if (this.status !== 'ready' && !this.#abort) void this.#start();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    if (this.status === 'loading') this.#settle('idle');
  }

  /**
   * Shows an answer or reports a failure: the element's own load's, or a
   * poll's for every element showing the URL.
   */
  take(answer: Loaded | LoadError): void {
    // The same answer object as before: nothing to read, render or announce.
    if (answer === this.#loaded && !this.#error) return;
    try {
      if (answer instanceof LoadError) throw answer;
      if (answer !== this.#loaded) this.#answer = readOnce(answer, this.#read);
      this.#loaded = answer;
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
  }

  /** Seconds between refreshes, 0 for none. */
  #seconds(): number {
    return this.#refresh
      ? numberAttribute(this.#host, 'refresh-interval', this.#host.refreshInterval, this.#refresh)
      : 0;
  }

  /**
   * Loads `src` (trimmed; blank stops loading) with its `timeout` in seconds
   * (default 10, at most 120) and its `max-bytes` (default `MAX_BYTES`, at
   * most 64 MB); other values give the defaults, with a warning. An answer
   * kept from the last `FRESH_FOR` serves without a request.
   */
  #load(): void {
    const host = this.#host;
    const url = host.src?.trim() || undefined;
    // Another URL is another story: what the old one said must not linger.
    if (url !== this.#url) this.#answer = this.#loaded = undefined;
    this.#url = url;
    this.timeout = numberAttribute(host, 'timeout', host.timeout, { fallback: 10, max: 120 }) * 1000;
    this.maxBytes = numberAttribute(host, 'max-bytes', host.maxBytes, { fallback: MAX_BYTES, max: 2 ** 26 });
    this.hostDisconnected();
    if (!url) this.#settle('idle');
    void this.#start();
  }

  /** `status` when no data is shown; with data shown, the element stays `ready`. */
  #settle(status: SourceStatus): void {
    this.status = this.#answer === undefined ? status : 'ready';
  }

  /** Loads the URL, if there is one and the element is on the page. */
  async #start(): Promise<void> {
    const url = this.#url;
    if (!url || !this.#host.isConnected) return;
    const abort = (this.#abort = new AbortController());
    this.#settle('loading');
    this.#host.requestUpdate();
    const answer = await loadText(url, {
      signal: abort.signal,
      timeout: this.timeout,
      maxAge: FRESH_FOR,
      maxBytes: this.maxBytes,
    }).catch((error: LoadError) => error);
    if (abort.signal.aborted) return;
    this.#abort = undefined;
    this.take(answer);
  }
}
