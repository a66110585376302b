import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { Article, Story } from '../data/article.js';
import { ImpressionController } from '../events/impression-controller.js';
import { LedeClickEvent, LedeDismissEvent, LedeUpdateEvent } from '../events/lede-events.js';
import { LanguageController } from '../i18n/language-controller.js';
import { translate, type StringKey } from '../i18n/strings.js';
import { numberAttribute } from '../data/number-attribute.js';
import { storyProperties, type StoryFieldProperties } from '../story/fields.js';
import { readStories } from '../story/read-stories.js';
import { StoryController, type StorySource } from '../story/story-controller.js';
import { renderStoryLink, renderStoryTime } from '../story/render.js';
import { storyDetail, storyKey, UTM_PROPERTIES, type UtmProperties } from '../story/story.js';
import { shownTime } from '../story/story-time.js';
import { baseStyles } from '../theme/base-styles.js';
import { rerenderEveryMinute } from '../time/minute-clock.js';
import { breakingBannerStyles } from './breaking-banner.styles.js';
import { dismiss, isDismissed } from './dismissals.js';

export type BannerLevel = 'breaking' | 'developing' | 'live' | 'update';

/** Each level's label is the string of the same name. */
const LEVELS: readonly (BannerLevel & StringKey)[] = ['breaking', 'developing', 'live', 'update'];

/** Polling a newsroom's server more often than every 15 seconds helps nobody. */
const INTERVAL = { fallback: 60, floor: 15, max: 86_400 };
/** A headline needs a few seconds to be read before the next one replaces it. */
const ROTATE_INTERVAL = { fallback: 8, floor: 3, max: 3600 };
const DEFAULT_MAX_AGE = 6 * 60 * 60;

/** Every story a fetched answer holds (any feed <lede-feed> reads, article JSON included), through the data gate. */
const readBannerStories = readStories('lede-breaking-banner', 'stories');

/** When a story happened, in milliseconds, for sorting and `max-age`; 0 when it does not say. */
function storyMillis(story: Article): number {
  const shown = shownTime(story);
  return shown ? Date.parse(shown.iso) : 0;
}

/**
 * A breaking-news strip: a label by level, the headline as a link, and how
 * long ago it happened. It shows the newest story that the reader has not
 * dismissed and that is not older than `max-age`; with `src` it refreshes
 * every `refresh-interval` seconds and announces a new story to screen readers.
 *
 * The strip holds `--lede-banner-lines` lines (2), the headline cut to fit,
 * so it never changes height. While `src` loads, and if it fails, the strip's
 * box holds the children written inside it (the no-JavaScript fallback).
 * With nothing current it renders nothing at all (no empty strip): a strip
 * that was on screen folds away (a transform, instant under reduced motion)
 * and then gives its space back; one that never was is gone before it paints.
 * (A banner that finds at upgrade that the story the stylesheet reserved a
 * strip for is dismissed or too old collapses at once: before the first
 * paint when the script is not late.)
 *
 * @summary Live breaking-news strip, dismissible, announced to screen readers.
 * @tag lede-breaking-banner
 *
 * @slot - Fallback shown before the script runs and if the stories cannot be loaded.
 *
 * @csspart base - The strip.
 * @csspart label - The level's label ("Breaking News").
 * @csspart headline - The headline.
 * @csspart link - The headline's link.
 * @csspart time - The `<time>`.
 * @csspart dismiss - The dismiss button.
 * @csspart announcer - The visually hidden live region that announces new stories.
 *
 * @cssprop [--lede-banner-padding=calc(var(--lede-space) * 1.25) calc(var(--lede-space) * 2)] - Space inside the strip.
 * @cssprop [--lede-banner-lines=2] - Lines of text the strip holds (label, headline and time); its height.
 * @cssprop [--lede-banner-breaking-color=var(--lede-color-accent)] - Label and rule colour for `breaking`.
 * @cssprop [--lede-banner-developing-color=light-dark(#9a4a00, #ffb36b)] - For `developing`.
 * @cssprop [--lede-banner-live-color=light-dark(#a3125b, #ff8cc6)] - For `live`.
 * @cssprop [--lede-banner-update-color=var(--lede-color-link)] - For `update`.
 *
 * @fires {LedeUpdateEvent} lede-update - A new story is shown (and announced).
 * @fires {LedeDismissEvent} lede-dismiss - The reader dismissed the story shown.
 * @fires {LedeClickEvent} lede-click - The reader followed the headline link.
 * @fires {LedeImpressionEvent} lede-impression - The strip was at least half visible for a second; once per story.
 * @fires {LedeErrorEvent} lede-error - Loading or refreshing `src` failed; what is shown stays.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed by the interface below
export class LedeBreakingBanner extends LitElement {
  // Getters, not static fields, so Safari 16.0 gets no class static block (see scripts/browser-floor.mjs).
  static override get styles() {
    return [baseStyles, breakingBannerStyles];
  }

  static override get properties() {
    return {
      items: { attribute: false },
      article: { attribute: false },
      src: {},
      refreshInterval: { attribute: 'refresh-interval', type: Number },
      timeout: { type: Number },
      maxBytes: { attribute: 'max-bytes', type: Number },
      maxAge: { attribute: 'max-age', type: Number },
      level: { reflect: true },
      politeness: {},
      rotate: { type: Boolean },
      rotateInterval: { attribute: 'rotate-interval', type: Number },
      ...storyProperties(),
      ...UTM_PROPERTIES,
      theme: { reflect: true },
    };
  }

  /** Stories in the Article shape; the newest current one is shown. Wins over `article`, attributes and `src`. */
  declare items: Partial<Article>[] | undefined;
  /** One story in the Article shape. */
  declare article: Partial<Article> | undefined;
  /** A URL returning an Article, a JSON array of Articles, schema.org JSON-LD, or an RSS, Atom or JSON feed. */
  declare src: string | undefined;
  /** Seconds between refreshes of `src` (default 60, never below 15); attribute `refresh-interval`. */
  declare refreshInterval: number | undefined;
  /** Seconds to wait for `src`, at first and at every refresh (default 10, at most 120). */
  declare timeout: number | undefined;
  /** The largest answer read from `src`, in bytes (default 2 MB, at most 64 MB); attribute `max-bytes`. */
  declare maxBytes: number | undefined;
  /** Seconds after which a story is no longer shown (default six hours); attribute `max-age`. */
  declare maxAge: number | undefined;
  /** `breaking` (default), `developing`, `live` or `update`: the label and its colour. */
  declare level: BannerLevel | undefined;
  /** `polite` (default) or `assertive`: how new stories are announced to screen readers. */
  declare politeness: 'polite' | 'assertive' | undefined;
  /** Cycles through every current story, pausing on hover and focus; never under reduced motion. */
  declare rotate: boolean;
  /** Seconds each story shows when rotating (default 8); attribute `rotate-interval`. */
  declare rotateInterval: number | undefined;
  /** `light` or `dark` pins the colour scheme; otherwise it is the page's (`color-scheme`). */
  declare theme: 'light' | 'dark' | undefined;

  /** How many steps rotation has taken since the newest story arrived: the story shown is this one, counted round. */
  #rotation = 0;
  /**
   * The strip's box (a story, or the reservation while `src` loads) is on
   * screen, or folding away: it stays so until the fold has ended.
   */
  #boxed = false;
  /** Nothing current is left in a box that was on screen: it folds before its space is given back. */
  #folding: boolean | undefined;
  #current: Story[] = [];
  #hasData = false;
  #newestKey: string | undefined;
  /** Stories already seen here: only a story never seen before is announced. */
  #seenKeys = new Set<string>();
  #announcement = '';
  #rotationTimer: ReturnType<typeof setInterval> | undefined;
  #stories: StorySource = new StoryController(this, readBannerStories, INTERVAL);
  #language = new LanguageController(this, () => this.#shown()?.lang);

  constructor() {
    super();
    this.rotate = false;
    // Every minute, whatever time it shows: that is also when a story past `max-age` leaves.
    rerenderEveryMinute(this);
    new ImpressionController(
      this,
      () => this.#shown(),
      (story) => storyDetail(story, this),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#rotationTimer);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#syncRotation();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#stories.update();
    if (changed.has('rotate') || changed.has('rotateInterval')) this.#syncRotation();
    this.#current = this.#currentStories();
    this.#noteNewest();
    const box = this.#current.length > 0 || (!this.#hasData && !!this.src);
    this.#folding = !box && this.#boxed;
    this.#boxed ||= box;
  }

  override render() {
    const story = this.#shown();
    const announcer = html`<div
      class="visually-hidden"
      part="announcer"
      aria-live=${this.politeness === 'assertive' ? 'assertive' : 'polite'}
      aria-atomic="true"
    >
      ${this.#announcement}
    </div>`;
    // Until its language's pack arrives, a banner keeps its fallback in its
    // strip: the label comes first on the line, so the headline waits with it
    // rather than move when it comes.
    if (!story || !this.#language.ready) {
      const box = this.#folding
        ? html`<div class="root fold" @animationend=${this.#foldEnded}></div>`
        : this.#hasData && !story
          ? nothing
          : this.src || story
            ? html`<div class="root"><slot></slot></div>`
            : html`<slot></slot>`;
      return html`${box}${announcer}`;
    }
    const lang = this.#language.lang;
    const label = translate(lang, this.#currentLevel());
    // A landmark, so screen-reader users can jump to it; named with its story,
    // so several banners on one page are told apart.
    return html`<div
        class="root"
        part="base"
        role="region"
        aria-label=${`${label}: ${story.headline}`}
        lang=${lang}
        dir=${this.#language.dirFor(lang)}
      >
        <p class="lines">
          <strong class="label" part="label">${label}</strong>
          <span class="headline" part="headline">${renderStoryLink(story, this, this.#handleClick)}</span>
          ${renderStoryTime(lang, story)}
        </p>
        <button
          class="dismiss"
          part="dismiss"
          type="button"
          aria-label=${translate(lang, 'dismiss')}
          @click=${this.#handleDismiss}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      ${announcer}`;
  }

  /** The story on show: the newest, or the one rotation has reached. */
  #shown(): Story | undefined {
    const stories = this.#current;
    return stories.length > 0 ? stories[this.#rotation % stories.length] : undefined;
  }

  /** The fold has ended: the strip gives its space back. */
  #foldEnded(): void {
    this.#boxed = false;
    this.requestUpdate();
  }

  #currentLevel(): BannerLevel & StringKey {
    return LEVELS.includes(this.level!) ? this.level! : 'breaking';
  }

  /**
   * What a dismissal is remembered by, so that two sources never share one.
   * A story from `src` by that URL and its key (ids are unique within a
   * feed). A story given by `items`, `article` or attributes has no feed: by
   * its link, which names it wherever it is given, else by its id and
   * headline together (small feeds number their ids from 1: an id alone
   * would dismiss another banner's story).
   */
  #dismissalKey(story: Story): string {
    if (this.#stories.fetched?.includes(story)) return `${this.#stories.source} ${storyKey(story)}`;
    return story.url ?? `${story.id} ${story.headline}`;
  }

  /** Not dismissed, not too old, with a headline; newest first. */
  #currentStories(): Story[] {
    const stories = this.#stories.stories;
    this.#hasData = stories.length > 0 || this.#stories.status === 'ready';
    const maxAge = (this.maxAge! > 0 ? this.maxAge! : DEFAULT_MAX_AGE) * 1000;
    const now = Date.now();
    return stories
      .filter((story) => {
        const time = storyMillis(story);
        return story.headline && !isDismissed(this.#dismissalKey(story)) && (!time || now - time <= maxAge);
      })
      .sort((a, b) => storyMillis(b) - storyMillis(a));
  }

  /** A new newest story is announced, and shown first even while rotating. */
  #noteNewest(): void {
    const newest = this.#current[0];
    const key = newest && storyKey(newest);
    // Stories on the page from the start are read like the rest of it; only
    // later arrivals on top are news (not an older story that a dismissal
    // revealed, however late it arrived: every story in the list is seen).
    const isNew = newest && this.hasUpdated && !this.#seenKeys.has(key);
    this.#current.forEach((story) => this.#seenKeys.add(storyKey(story)));
    if (key === this.#newestKey) return;
    this.#newestKey = key;
    this.#rotation = 0;
    if (!isNew) return;
    const label = translate(this.#language.lang, this.#currentLevel());
    this.#announcement = `${label}: ${newest.headline}`;
    this.dispatchEvent(new LedeUpdateEvent({ ...storyDetail(newest, this), headline: newest.headline! }));
  }

  #handleClick(): void {
    this.dispatchEvent(new LedeClickEvent(storyDetail(this.#shown()!, this)));
  }

  #handleDismiss(): void {
    const story = this.#shown();
    if (!story) return;
    dismiss(this.#dismissalKey(story));
    // Nothing of a dismissed story may stay, for eyes or for screen readers.
    this.#announcement = '';
    this.dispatchEvent(new LedeDismissEvent(storyDetail(story, this)));
    this.requestUpdate();
  }

  #syncRotation(): void {
    clearInterval(this.#rotationTimer);
    if (!this.rotate || !this.isConnected) return;
    const seconds = numberAttribute(this, 'rotate-interval', this.rotateInterval, ROTATE_INTERVAL);
    this.#rotationTimer = setInterval(() => {
      // Paused while hovered or holding focus (in its shadow tree or its fallback).
      // Reduced motion is checked at each step, so turning it on stops rotation at once.
      const paused = this.matches(':hover, :focus-within');
      if (!paused && this.#current.length > 1 && !matchMedia('(prefers-reduced-motion: reduce)').matches) {
        this.#rotation++;
        this.requestUpdate();
      }
    }, seconds * 1000);
  }
}

// The story fields and UTM tagging are declared from their tables in `static properties`.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- Lit defines these accessors
export interface LedeBreakingBanner extends StoryFieldProperties, UtmProperties {}

declare global {
  interface HTMLElementTagNameMap {
    'lede-breaking-banner': LedeBreakingBanner;
  }
}
