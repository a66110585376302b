import { html, LitElement, nothing } from 'lit';
import type { Article, Story } from '../data/article.js';
import { LanguageController } from '../i18n/language-controller.js';
import { translate } from '../i18n/strings.js';
import { readStories } from '../story/read-stories.js';
import { StoryController, type StorySource } from '../story/story-controller.js';
import { storyKey, UTM_PROPERTIES, type UtmProperties } from '../story/story.js';
import { baseStyles } from '../theme/base-styles.js';
import type { CardLayout } from '../article-card/article-card.js';
import { feedStyles } from './feed.styles.js';
import { keyedList } from './keyed-list.js';

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 100;
/** None by default; refreshing a feed more often than every 30 seconds helps nobody. */
const REFRESH = { fallback: 0, floor: 30, max: 86_400 };

/** A feed's stories, through the data gate as far as they are shown; an empty feed says so. */
const readFeed = readStories('lede-feed');

/**
 * A stable key per story, so a refresh updates cards in place instead of
 * rebuilding them; a story that comes twice is told apart by its place.
 * (At most 100 cards: looking each key up in the list is cheap enough.)
 */
function cardKeys(stories: Article[]): string[] {
  const keys = stories.map(storyKey);
  return keys.map((key, index) => (keys.indexOf(key) < index ? `${index}\n${key}` : key));
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
 * @cssprop [--lede-feed-gap=calc(var(--lede-space) * 2)] - Space between cards.
 * @cssprop [--lede-feed-min-column=16em] - The narrowest a column may get in the grid.
 *
 * @fires {LedeErrorEvent} lede-error - The feed failed to load or refresh (network, http, timeout, parse, content-type).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed by the interface below
export class LedeFeed extends LitElement {
  // Getters, not static fields, so Safari 16.0 gets no class static block (see scripts/browser-floor.mjs).
  static override get styles() {
    return [baseStyles, feedStyles];
  }

  static override get properties() {
    return {
      src: {},
      items: { attribute: false },
      limit: { type: Number },
      layout: { reflect: true },
      cardLayout: { attribute: 'card-layout' },
      headingLevel: { attribute: 'heading-level', type: Number },
      refreshInterval: { attribute: 'refresh-interval', type: Number },
      timeout: { type: Number },
      maxBytes: { attribute: 'max-bytes', type: Number },
      ...UTM_PROPERTIES,
      theme: { reflect: true },
    };
  }

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
  /** Seconds between refreshes (none by default; at least 30); attribute `refresh-interval`. */
  declare refreshInterval: number | undefined;
  /** Seconds to wait for the feed, at first and at every refresh (default 10, at most 120). */
  declare timeout: number | undefined;
  /** The largest feed read, in bytes (default 2 MB, at most 64 MB); attribute `max-bytes`. */
  declare maxBytes: number | undefined;
  /** `light` or `dark` pins the colour scheme; otherwise it is the page's (`color-scheme`). */
  declare theme: 'light' | 'dark' | undefined;

  #stories: StorySource = new StoryController(this, readFeed, REFRESH);
  #language = new LanguageController(this);

  protected override willUpdate(): void {
    this.#stories.update(this.#currentLimit());
  }

  override render() {
    const stories = this.#shown();
    const loading = this.#stories.status === 'loading';
    // Nothing to show yet but the children written inside: before the feed
    // comes (unless it is loading), or an empty feed's message before its language.
    if (stories ? !stories.length && !this.#language.ready : !loading) return html`<slot></slot>`;
    const lang = this.#language.lang;
    return html`<div class="root" part="base" lang=${lang} dir=${this.#language.dirFor(lang)}>
      ${
        stories?.length === 0
          ? html`<p class="empty" part="empty">${translate(lang, 'noStories')}</p>`
          : html`<ol part="list" aria-busy=${loading}>
              ${
                stories
                  ? keyedList(cardKeys(stories), stories.map(this.#card, this))
                  : Array.from({ length: this.#currentLimit() }, () => this.#card())
              }
            </ol>`
      }
    </div>`;
  }

  /** A story's card, or without one a skeleton card, told the feed's language: on a server it has no ancestors to read it from. */
  #card(story?: Story, index?: number) {
    return html`<li part="item">
      <lede-article-card
        part="card"
        lang=${this.#language.lang}
        ?skeleton=${!story}
        .article=${story}
        .listIndex=${index}
        layout=${this.cardLayout ?? nothing}
        heading-level=${this.headingLevel ?? nothing}
        utm-source=${this.utmSource ?? nothing}
        utm-medium=${this.utmMedium ?? nothing}
        utm-campaign=${this.utmCampaign ?? nothing}
        theme=${this.theme ?? nothing}
      ></lede-article-card>
    </li>`;
  }

  /** The stories with a headline, at most `limit`; `undefined` while there are none yet. */
  #shown(): Story[] | undefined {
    if (!this.items && !this.#stories.fetched) return undefined;
    return this.#stories.stories.filter((story) => story.headline).slice(0, this.#currentLimit());
  }

  #currentLimit(): number {
    const limit = Math.floor(this.limit ?? DEFAULT_LIMIT);
    return limit > 0 ? Math.min(limit, MAX_LIMIT) : DEFAULT_LIMIT;
  }
}

// The UTM tagging is declared from its table in `static properties`.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type -- Lit defines these accessors
export interface LedeFeed extends UtmProperties {}

declare global {
  interface HTMLElementTagNameMap {
    'lede-feed': LedeFeed;
  }
}
