import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Article } from '../data/article.js';
import { storyKey } from '../story/story.js';
import { LedeImpressionEvent, type LedeArticleDetail } from './lede-events.js';

type Host = ReactiveControllerHost & HTMLElement;

/** At least half of the element, for at least a second: the IAB's viewable impression. */
const VISIBLE_RATIO = 0.5;
const VISIBLE_FOR = 1000;

/**
 * One observer for every element on the page, made when the first connects.
 * It holds nothing but the elements on the page: each is unobserved when it leaves.
 */
/** What each watched element's controller does when the element is seen or stops being seen. */
const watchers = new Map<Element, (visible: boolean) => void>();
let observer: IntersectionObserver | undefined;

/**
 * Fires `lede-impression` (with `detail(story)`) once per story, the first
 * time the element has been at least half visible for a second. `shown` is
 * the story on show, if any, so a new story can count again; time spent half-hidden does not add up. A story
 * that arrives in an element already on screen (fetched for a card above the
 * fold, or set after connecting, as frameworks do) counts from the moment
 * it is shown: the observer reports only changes of visibility, and every
 * render is checked for a new story.
 */
export class ImpressionController implements ReactiveController {
  readonly #host: Host;
  readonly #shown: () => Article | undefined;
  readonly #detail: (story: Article) => LedeArticleDetail;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #visible = false;
  /** The story whose second is running (or was counted) while visible: no second for it starts again. */
  #timing: string | undefined;
  #counted = new Set<string>();

  constructor(host: Host, shown: () => Article | undefined, detail: (story: Article) => LedeArticleDetail) {
    this.#host = host;
    this.#shown = shown;
    this.#detail = detail;
    host.addController(this);
  }

  hostConnected(): void {
    observer ??= new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          watchers.get(entry.target)?.(entry.intersectionRatio >= VISIBLE_RATIO);
        }
      },
      { threshold: [0, VISIBLE_RATIO] },
    );
    watchers.set(this.#host, (visible) => this.#visibilityChanged(visible));
    observer.observe(this.#host);
  }

  hostDisconnected(): void {
    watchers.delete(this.#host);
    observer!.unobserve(this.#host);
    this.#visibilityChanged(false);
  }

  /** Every render may have put a new story on show. */
  hostUpdated(): void {
    this.#visibilityChanged(this.#visible);
  }

  /**
   * Hiding the element, or showing another story, stops the running second;
   * a story not yet counted starts its own.
   */
  #visibilityChanged(visible: boolean): void {
    this.#visible = visible;
    const story = visible ? this.#shown() : undefined;
    const key = story && storyKey(story);
    if (key === this.#timing) return;
    clearTimeout(this.#timer);
    this.#timing = key;
    if (key === undefined || this.#counted.has(key)) return;
    this.#timer = setTimeout(() => {
      this.#counted.add(key);
      this.#host.dispatchEvent(new LedeImpressionEvent(this.#detail(this.#shown()!)));
    }, VISIBLE_FOR);
  }
}
