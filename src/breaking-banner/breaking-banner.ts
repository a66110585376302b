import { html, LitElement, nothing, svg, type PropertyValues } from 'lit';
import type { Article } from '../data/article.js';
import { normalizeArticle } from '../data/normalize.js';
import { reportProblems } from '../data/report-problems.js';
import { gateFetchedStories, gateGivenStories } from '../data/gate-stories.js';
import { withUtm } from '../data/utm.js';
import { ImpressionController } from '../events/impression-controller.js';
import {
  LedeClickEvent,
  LedeDismissEvent,
  LedeImpressionEvent,
  LedeUpdateEvent,
} from '../events/lede-events.js';
import { LanguageController } from '../i18n/language-controller.js';
import { translate, type StringKey } from '../i18n/strings.js';
import { parseFeed } from '../feed-formats/parse-feed.js';
import { LoadError, type Loaded } from '../loading/loader.js';
import { PollingController } from '../loading/polling-controller.js';
import { RemoteDataController } from '../loading/remote-data-controller.js';
import { tokens } from '../theme/tokens.js';
import { ClockController } from '../time/clock-controller.js';
import { storyTime } from '../time/story-time.js';
import { breakingBannerStyles } from './breaking-banner.styles.js';
import { dismiss, isDismissed } from './dismissals.js';

export type BannerLevel = 'breaking' | 'developing' | 'live' | 'update';

const LEVEL_LABELS: Record<BannerLevel, StringKey> = {
  breaking: 'breaking',
  developing: 'developing',
  live: 'live',
  update: 'update',
};

const DEFAULT_INTERVAL = 60;
/** Polling a newsroom's server more often than this helps nobody. */
const MIN_INTERVAL = 15;
const DEFAULT_MAX_AGE = 6 * 60 * 60;
const DEFAULT_ROTATE_INTERVAL = 8;

/** Every story a fetched answer holds (any feed <lede-feed> reads, article JSON included), through the data gate. */
function storiesFromAnswer(loaded: Loaded): Article[] {
  const { items } = parseFeed(loaded);
  if (items.length === 0) throw new LoadError('parse', `${loaded.url} holds no stories`, loaded.url);
  return gateFetchedStories(items, loaded.url, 'lede-breaking-banner');
}

/** What identifies a story for dismissal and announcements. */
function storyKey(story: Article): string {
  return story.id ?? story.url ?? story.headline ?? '';
}

function storyTimeOf(story: Article): number {
  const iso = story.updated ?? story.published;
  return iso ? Date.parse(iso) : 0;
}

const closeIcon = svg`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M3.5 3.5l9 9m0-9l-9 9" stroke="currentColor" stroke-width="1.75" stroke-linecap="round"/></svg>`;

/**
 * A breaking-news strip: a label by level, the headline as a link, and how
 * long ago it happened. It shows the newest story that the reader has not
 * dismissed and that is not older than `max-age`; with `src` it refreshes
 * every `interval` seconds and announces a new story to screen readers.
 *
 * With nothing current it renders nothing at all (no empty strip). Before
 * the first data arrives, and if it never does, the children written inside
 * it (the no-JavaScript fallback) show.
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
 * @cssprop [--lede-banner-padding=0.625rem 1rem] - Space inside the strip.
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
export class LedeBreakingBanner extends LitElement {
  static override styles = [tokens, breakingBannerStyles];

  static override properties = {
    items: { attribute: false },
    article: { attribute: false },
    src: {},
    interval: { type: Number },
    timeout: { type: Number },
    maxAge: { attribute: 'max-age', type: Number },
    level: { reflect: true },
    politeness: {},
    rotate: { type: Boolean },
    rotateInterval: { attribute: 'rotate-interval', type: Number },
    articleId: { attribute: 'article-id' },
    headline: {},
    url: {},
    href: {},
    published: {},
    utmSource: { attribute: 'utm-source' },
    utmMedium: { attribute: 'utm-medium' },
    utmCampaign: { attribute: 'utm-campaign' },
    theme: { reflect: true },
    rotation: { state: true },
  };

  /** Stories in the Article shape; the newest current one is shown. Wins over `article`, attributes and `src`. */
  declare items: Partial<Article>[] | undefined;
  /** One story in the Article shape. */
  declare article: Partial<Article> | undefined;
  /** A URL returning an Article, a JSON array of Articles, schema.org JSON-LD, or an RSS, Atom or JSON feed. */
  declare src: string | undefined;
  /** Seconds between refreshes of `src` (default 60, never below 15). */
  declare interval: number | undefined;
  /** Seconds to wait for `src` (default 10). */
  declare timeout: number | undefined;
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
  declare articleId: string | undefined;
  declare headline: string | undefined;
  declare url: string | undefined;
  declare href: string | undefined;
  declare published: string | undefined;
  declare utmSource: string | undefined;
  declare utmMedium: string | undefined;
  declare utmCampaign: string | undefined;
  declare theme: 'light' | 'dark' | undefined;

  declare private rotation: number;
  private current: Article[] = [];
  private hasData = false;
  private newestKey: string | undefined;
  /** Stories already seen here: only a story never seen before is announced. */
  private seenKeys = new Set<string>();
  private announcement = '';
  private rotationTimer: ReturnType<typeof setInterval> | undefined;
  private pausedBy = new Set<'hover' | 'focus'>();
  private readonly remote = new RemoteDataController(this, storiesFromAnswer);
  private readonly language = new LanguageController(this, () => this.shown()?.lang);
  private readonly polling = new PollingController(this, this.remote, () =>
    Math.max(MIN_INTERVAL, this.interval ?? DEFAULT_INTERVAL),
  );

  constructor() {
    super();
    this.rotate = false;
    this.rotation = 0;
    new ClockController(this);
    new ImpressionController(
      this,
      () => {
        const shown = this.shown();
        return shown && storyKey(shown);
      },
      () => this.dispatchEvent(new LedeImpressionEvent(this.detailOf(this.shown()!))),
    );
    this.addEventListener('mouseenter', () => this.pause('hover', true));
    this.addEventListener('mouseleave', () => this.pause('hover', false));
    this.addEventListener('focusin', () => this.pause('focus', true));
    this.addEventListener('focusout', () => this.pause('focus', false));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopRotating();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.syncRotation();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('timeout')) {
      void this.remote.load(this.src, this.timeout);
      if (this.remote.source) this.polling.start();
      else this.polling.stop();
    }
    if (changed.has('rotate') || changed.has('rotateInterval')) this.syncRotation();
    this.current = this.currentStories();
    this.noteNewest();
  }

  override render() {
    const story = this.shown();
    const announcer = html`<div
      class="visually-hidden"
      part="announcer"
      aria-live=${this.politeness === 'assertive' ? 'assertive' : 'polite'}
      aria-atomic="true"
    >
      ${this.announcement}
    </div>`;
    if (!story) return html`${this.hasData ? nothing : html`<slot></slot>`}${announcer}`;
    const lang = this.language.lang;
    const label = translate(lang, LEVEL_LABELS[this.currentLevel()]);
    const href = this.linkOf(story);
    // A landmark, so screen-reader users can jump to it; named with its story,
    // so several banners on one page are told apart.
    const iso = story.updated ?? story.published;
    const time = iso ? storyTime(lang, iso) : undefined;
    return html`<div
        class="root"
        part="base"
        role="region"
        aria-label=${`${label}: ${story.headline}`}
        lang=${lang}
        dir=${this.language.dirFor(lang)}
      >
        <strong class="label" part="label">${label}</strong>
        <span class="headline" part="headline"
          >${href ? html`<a class="link" part="link" href=${href} @click=${this.handleClick}>${story.headline}</a>` : story.headline}</span
        >
        ${time ? html`<time part="time" datetime=${iso!} title=${time.label}>${time.text}</time>` : nothing}
        <button
          class="dismiss"
          part="dismiss"
          type="button"
          aria-label=${translate(lang, 'dismiss')}
          @click=${this.handleDismiss}
        >
          ${closeIcon}
        </button>
      </div>
      ${announcer}`;
  }

  /** The story on show: the newest, or the one rotation has reached. */
  private shown(): Article | undefined {
    return this.current.length === 0 ? undefined : this.current[this.rotation % this.current.length];
  }

  private currentLevel(): BannerLevel {
    return this.level && this.level in LEVEL_LABELS ? this.level : 'breaking';
  }

  /** Properties, then attributes, then `src`: the first that has stories wins. */
  private allStories(): Article[] {
    const fromProperty = this.items ?? (this.article ? [this.article] : undefined);
    if (fromProperty) return gateGivenStories(this, fromProperty);
    if (this.headline) {
      const { article, problems } = normalizeArticle({
        id: this.articleId,
        headline: this.headline,
        url: this.url ?? this.href,
        published: this.published,
      });
      reportProblems(this, problems);
      return [article];
    }
    return this.remote.value ?? [];
  }

  /** Not dismissed, not too old, with a headline; newest first. */
  private currentStories(): Article[] {
    const stories = this.allStories();
    this.hasData = stories.length > 0 || this.remote.status === 'ready';
    const maxAge = (this.maxAge && this.maxAge > 0 ? this.maxAge : DEFAULT_MAX_AGE) * 1000;
    const now = Date.now();
    return stories
      .filter((story) => story.headline && !isDismissed(storyKey(story)))
      .filter((story) => {
        const time = storyTimeOf(story);
        return time === 0 || now - time <= maxAge;
      })
      .sort((a, b) => storyTimeOf(b) - storyTimeOf(a));
  }

  /** A new newest story is announced, and shown first even while rotating. */
  private noteNewest(): void {
    const newest = this.current[0];
    const key = newest && storyKey(newest);
    if (key === this.newestKey) return;
    const isNew = key !== undefined && !this.seenKeys.has(key);
    this.newestKey = key;
    this.current.forEach((story) => this.seenKeys.add(storyKey(story)));
    if (!newest) return;
    this.rotation = 0;
    // Stories on the page from the start are read like the rest of it; only
    // later arrivals are news (not an older story that a dismissal revealed).
    if (!this.hasUpdated || !isNew) return;
    const label = translate(this.language.lang, LEVEL_LABELS[this.currentLevel()]);
    this.announcement = `${label}: ${newest.headline}`;
    this.dispatchEvent(new LedeUpdateEvent({ ...this.detailOf(newest), headline: newest.headline! }));
  }

  private detailOf(story: Article) {
    return { id: story.id, url: this.linkOf(story) };
  }

  private linkOf(story: Article): string | undefined {
    return (
      story.url &&
      withUtm(story.url, { source: this.utmSource, medium: this.utmMedium, campaign: this.utmCampaign })
    );
  }

  private handleClick(): void {
    this.dispatchEvent(new LedeClickEvent(this.detailOf(this.shown()!)));
  }

  private handleDismiss(): void {
    const story = this.shown();
    if (!story) return;
    dismiss(storyKey(story));
    this.dispatchEvent(new LedeDismissEvent(this.detailOf(story)));
    this.requestUpdate();
  }

  private pause(reason: 'hover' | 'focus', paused: boolean): void {
    if (paused) this.pausedBy.add(reason);
    else this.pausedBy.delete(reason);
  }

  private syncRotation(): void {
    this.stopRotating();
    if (!this.rotate || !this.isConnected) return;
    const seconds =
      this.rotateInterval && this.rotateInterval > 0 ? this.rotateInterval : DEFAULT_ROTATE_INTERVAL;
    this.rotationTimer = setInterval(() => {
      // Checked at each step, so turning reduced motion on stops rotation at once.
      const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
      if (this.pausedBy.size > 0 || reducedMotion || this.current.length < 2) return;
      this.rotation = (this.rotation + 1) % this.current.length;
    }, seconds * 1000);
  }

  private stopRotating(): void {
    clearInterval(this.rotationTimer);
    this.rotationTimer = undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lede-breaking-banner': LedeBreakingBanner;
  }
}
