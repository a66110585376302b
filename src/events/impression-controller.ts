import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Article } from '../data/article.js';
import { storyKey } from '../story/story.js';
import { LedeImpressionEvent, type LedeArticleDetail } from './lede-events.js';

type Host = ReactiveControllerHost & HTMLElement;

/** At least half of the element, for at least a second: the IAB's viewable impression. */
const VISIBLE_RATIO = 0.5;
const VISIBLE_FOR = 1000;

/** One observer for every element on the page. */
const watchers = new Map<Element, ImpressionController>();
let observer: IntersectionObserver | undefined;

function observe(target: Element, controller: ImpressionController): void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        watchers.get(entry.target)?.visibilityChanged(entry.intersectionRatio >= VISIBLE_RATIO);
      }
    },
    { threshold: [0, VISIBLE_RATIO] },
  );
  watchers.set(target, controller);
  observer.observe(target);
}

function unobserve(target: Element): void {
  watchers.delete(target);
  observer?.unobserve(target);
  if (watchers.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/**
 * Fires `lede-impression` (with `detail(story)`) once per story, the first
 * time the element has been at least half visible for a second. `shown` is
 * the story on show, if any, so a new story can count again; time spent half-hidden does not add up. A story
 * that arrives in an element already on screen (fetched for a card above the
 * fold, or set after connecting, as frameworks do) counts from the moment
 * it is shown: the observer reports only changes of visibility.
 */
export class ImpressionController implements ReactiveController {
  readonly #host: Host;
  readonly #shown: () => Article | undefined;
  readonly #detail: (story: Article) => LedeArticleDetail;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #visible = false;
  #counted = new Set<string>();

  constructor(host: Host, shown: () => Article | undefined, detail: (story: Article) => LedeArticleDetail) {
    this.#host = host;
    this.#shown = shown;
    this.#detail = detail;
    host.addController(this);
  }

  hostConnected(): void {
    observe(this.#host, this);
  }

  hostDisconnected(): void {
    unobserve(this.#host);
    this.visibilityChanged(false);
  }

  /** Every render may have put a new story on show. */
  hostUpdated(): void {
    this.visibilityChanged(this.#visible);
  }

  /** @internal called by the shared observer. */
  visibilityChanged(visible: boolean): void {
    this.#visible = visible;
    if (!visible) return this.#cancel();
    const key = this.#key();
    if (key === undefined || this.#counted.has(key) || this.#timer !== undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      // The story may have changed while it was on screen: the new one starts its own second.
      if (this.#key() !== key) return this.visibilityChanged(this.#visible);
      this.#counted.add(key);
      this.#host.dispatchEvent(new LedeImpressionEvent(this.#detail(this.#shown()!)));
    }, VISIBLE_FOR);
  }

  #key(): string | undefined {
    const story = this.#shown();
    return story && storyKey(story);
  }

  #cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
