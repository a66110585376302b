import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Article } from '../data/article.js';
import { gateFetchedStories, gateGivenStories } from '../data/gate-stories.js';
import { parseFeed } from '../feed-formats/parse-feed.js';
import { LanguageController } from '../i18n/language-controller.js';
import { translate } from '../i18n/strings.js';
import type { Loaded } from '../loading/loader.js';
import { PollingController } from '../loading/polling-controller.js';
import { RemoteDataController } from '../loading/remote-data-controller.js';
import { tokens } from '../theme/tokens.js';
import type { CardLayout } from '../article-card/article-card.js';
import { feedStyles } from './feed.styles.js';

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 100;
/** Refreshing a feed more often than this helps nobody. */
const MIN_REFRESH = 30;

/** A feed's stories, through the data gate; stories without a headline are skipped. */
function storiesFromFeed(loaded: Loaded): Article[] {
  return gateFetchedStories(parseFeed(loaded).items, loaded.url, 'lede-feed').filter(
    (story) => story.headline,
  );
}

/** A stable key per story, so a refresh updates cards in place instead of rebuilding them. */
function storyKey(story: Article, index: number): string {
  return story.id ?? story.url ?? `${index}:${story.headline}`;
}

/**
 * The latest stories from a feed, as `<lede-article-card>`s in a list or a
 * grid: RSS 2.0, Atom 1.0, JSON Feed, a JSON array of Articles, or a
 * schema.org ItemList, told apart by their content.
 *
 * While loading it shows `limit` card skeletons; an empty feed says so
 * ("No stories yet", translated); if the feed fails the children written
 * inside it stay and `lede-error` fires. A refresh that fails keeps the
 * stories shown. Stories without a headline are skipped; stories without a
 * safe link are shown unlinked. Card events bubble out with `position`.
 *
 * `lede-widgets/feed/define` also registers the card, photo and credit.
 *
 * @summary Cards from RSS, Atom or JSON Feed.
 * @tag lede-feed
 *
 * @slot - Fallback shown before the script runs and if the feed cannot be loaded.
 *
 * @csspart base - The wrapper.
 * @csspart list - The `<ol>` of cards.
 * @csspart item - Each `<li>`.
 * @csspart card - Each `<lede-article-card>`.
 * @csspart empty - The "No stories yet" message.
 *
 * @cssprop [--lede-feed-gap=1rem] - Space between cards.
 * @cssprop [--lede-feed-min-column=16rem] - The narrowest a column may get in the grid.
 *
 * @fires {LedeErrorEvent} lede-error - The feed failed to load or refresh (network, http, timeout, parse, content-type).
 */
export class LedeFeed extends LitElement {
  static override styles = [tokens, feedStyles];

  static override properties = {
    src: {},
    items: { attribute: false },
    limit: { type: Number },
    layout: { reflect: true },
    cardLayout: { attribute: 'card-layout' },
    headingLevel: { attribute: 'heading-level', type: Number },
    refresh: { type: Number },
    timeout: { type: Number },
    utmSource: { attribute: 'utm-source' },
    utmMedium: { attribute: 'utm-medium' },
    utmCampaign: { attribute: 'utm-campaign' },
    theme: { reflect: true },
  };

  /** The feed's URL. */
  declare src: string | undefined;
  /** Stories in the Article shape; they win over `src`. */
  declare items: Partial<Article>[] | undefined;
  /** How many stories to show (default 10, at most 100). */
  declare limit: number | undefined;
  /** `list` (default) or `grid`. */
  declare layout: 'list' | 'grid' | undefined;
  /** The cards' layout: `stacked`, `horizontal`, `compact` or `hero`; attribute `card-layout`. */
  declare cardLayout: CardLayout | undefined;
  /** The cards' heading level (default 3); attribute `heading-level`. */
  declare headingLevel: number | undefined;
  /** Seconds between refreshes (none by default; at least 30). */
  declare refresh: number | undefined;
  /** Seconds to wait for the feed (default 10). */
  declare timeout: number | undefined;
  declare utmSource: string | undefined;
  declare utmMedium: string | undefined;
  declare utmCampaign: string | undefined;
  declare theme: 'light' | 'dark' | undefined;

  private readonly remote = new RemoteDataController(this, storiesFromFeed);
  private readonly language = new LanguageController(this);
  private readonly polling = new PollingController(this, this.remote, () =>
    Math.max(MIN_REFRESH, this.refresh ?? 0),
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('timeout')) void this.remote.load(this.src, this.timeout);
    if (changed.has('src') || changed.has('timeout') || changed.has('refresh')) {
      if (this.remote.source && this.refresh && this.refresh > 0) this.polling.start();
      else this.polling.stop();
    }
  }

  override render() {
    const stories = this.stories();
    const lang = this.language.lang;
    if (stories === undefined) {
      return this.remote.status === 'loading' ? this.renderList(lang, this.skeletons()) : html`<slot></slot>`;
    }
    if (stories.length === 0) {
      return html`<div class="root" part="base" lang=${lang} dir=${this.language.dirFor(lang)}>
        <p class="empty" part="empty">${translate(lang, 'noStories')}</p>
      </div>`;
    }
    return this.renderList(
      lang,
      repeat(
        stories,
        (story, index) => storyKey(story, index),
        (story, index) =>
          html`<li part="item">
            <lede-article-card
              part="card"
              .article=${story}
              .position=${index}
              layout=${this.cardLayout ?? nothing}
              heading-level=${this.headingLevel ?? nothing}
              utm-source=${this.utmSource ?? nothing}
              utm-medium=${this.utmMedium ?? nothing}
              utm-campaign=${this.utmCampaign ?? nothing}
              theme=${this.theme ?? nothing}
            ></lede-article-card>
          </li>`,
      ),
    );
  }

  private renderList(lang: string, items: unknown) {
    return html`<div class="root" part="base" lang=${lang} dir=${this.language.dirFor(lang)}>
      <ol part="list" aria-busy=${this.remote.status === 'loading' ? 'true' : 'false'}>
        ${items}
      </ol>
    </div>`;
  }

  private skeletons() {
    return Array.from(
      { length: this.currentLimit() },
      () =>
        html`<li part="item">
          <lede-article-card
            part="card"
            skeleton
            layout=${this.cardLayout ?? nothing}
            theme=${this.theme ?? nothing}
          ></lede-article-card>
        </li>`,
    );
  }

  /** The stories to show, at most `limit`; `undefined` while there are none yet. */
  private stories(): Article[] | undefined {
    const stories = this.items
      ? gateGivenStories(this, this.items).filter((story) => story.headline)
      : this.remote.value;
    return stories?.slice(0, this.currentLimit());
  }

  private currentLimit(): number {
    const limit = Math.floor(this.limit ?? DEFAULT_LIMIT);
    return limit > 0 ? Math.min(limit, MAX_LIMIT) : DEFAULT_LIMIT;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lede-feed': LedeFeed;
  }
}
