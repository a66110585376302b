import type { ReactiveController, ReactiveControllerHost } from 'lit';

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
 * Calls `onImpression` once per story, the first time the element has been
 * at least half visible for a second. `storyKey` names the story shown, so a
 * new story can count again; time spent half-hidden does not add up. A story
 * that arrives in an element already on screen (fetched for a card above the
 * fold, or set after connecting, as frameworks do) counts from the moment
 * it is shown: the observer reports only changes of visibility.
 */
export class ImpressionController implements ReactiveController {
  readonly #host: Host;
  readonly #storyKey: () => string | undefined;
  readonly #onImpression: () => void;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #visible = false;
  #counted = new Set<string>();

  constructor(host: Host, storyKey: () => string | undefined, onImpression: () => void) {
    this.#host = host;
    this.#storyKey = storyKey;
    this.#onImpression = onImpression;
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
    const key = this.#storyKey();
    if (key === undefined || this.#counted.has(key) || this.#timer !== undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      // The story may have changed while it was on screen: the new one starts its own second.
      if (this.#storyKey() !== key) return this.visibilityChanged(this.#visible);
      this.#counted.add(key);
      this.#onImpression();
    }, VISIBLE_FOR);
  }

  #cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
