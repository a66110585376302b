import { html, LitElement, nothing, type TemplateResult } from 'lit';
import type { Article, Story } from '../data/article.js';
import { pictureOnly } from '../data/normalize.js';
import { ImpressionController } from '../events/impression-controller.js';
import { LedeClickEvent, LedeErrorEvent, type LedeArticleDetail } from '../events/lede-events.js';
import { formatList } from '../i18n/formatters.js';
import { LanguageController } from '../i18n/language-controller.js';
import { translate } from '../i18n/strings.js';
import { storyProperties, type StoryFieldProperties } from '../story/fields.js';
import { readStories } from '../story/read-stories.js';
import { StoryController, type StorySource } from '../story/story-controller.js';
import { renderStoryLink, renderStoryTime } from '../story/render.js';
import { shownTime } from '../story/story-time.js';
import { storyDetail, UTM_PROPERTIES, type UtmProperties } from '../story/story.js';
import { baseStyles } from '../theme/base-styles.js';
import { rerenderEveryMinute } from '../time/minute-clock.js';
import { changesWithTheMinute } from '../time/time-text.js';
import { articleCardStyles } from './article-card.styles.js';

export type CardLayout = 'stacked' | 'horizontal' | 'compact' | 'hero';

const LAYOUTS: readonly CardLayout[] = ['stacked', 'horizontal', 'compact', 'hero'];

/** The story at `src`, read as the banner and the feed read theirs (Article JSON and JSON-LD among the rest). */
const readArticle = readStories('lede-article-card', 'article');

/**
 * A story teaser: kicker, headline link, summary, photo, byline, time,
 * "Breaking News" flag and agency credit, in the story's own language.
 *
 * Data comes from the `article` property, then attributes (the Article
 * fields in kebab-case), then the JSON at `src` (Article JSON or schema.org
 * JSON-LD), field by field in that order. While `src` loads a skeleton of the
 * card's size shows; if it fails, or the story has no headline, the children
 * written inside the element (the no-JavaScript fallback) stay, and
 * `lede-error` fires. A story without a safe URL is shown with its headline
 * unlinked.
 *
 * It renders `<lede-photo>` and `<lede-source-credit>`: `lede-widgets/article-card/define`
 * registers all three.
 *
 * @summary Story teaser fed by attributes, a property or a URL.
 * @tag lede-article-card
 *
 * @slot - Fallback shown before the script runs, and if the story cannot be shown.
 *
 * @csspart base - The `<article>`, or the skeleton while loading.
 * @csspart skeleton - The loading placeholder.
 * @csspart photo - The `<lede-photo>`.
 * @csspart body - Everything but the photo.
 * @csspart kicker - The section label.
 * @csspart breaking - The "Breaking News" flag.
 * @csspart headline - The headline element (`h1`–`h6`).
 * @csspart link - The headline's link, which covers the card.
 * @csspart summary - The summary, clamped to a few lines.
 * @csspart byline - Authors and time.
 * @csspart time - The `<time>`.
 * @csspart credit - The `<lede-source-credit>`.
 *
 * @cssprop [--lede-card-gap=calc(var(--lede-space) * 1.5)] - Space between the photo and the text, and between text blocks.
 * @cssprop [--lede-card-padding=calc(var(--lede-space) * 1.5)] - Space inside the card.
 * @cssprop [--lede-card-radius=var(--lede-radius)] - Corner radius of the card and its focus ring.
 * @cssprop [--lede-card-headline-font-size=1.25em] - Headline size (1.75em in `hero`, 1.0625em in `compact`).
 * @cssprop [--lede-card-headline-color=var(--lede-color-text)] - Headline colour.
 * @cssprop [--lede-card-kicker-color=var(--lede-color-accent)] - Section label colour.
 * @cssprop [--lede-card-summary-lines=3] - Lines of summary shown before it is cut.
 *
 * @fires {LedeImpressionEvent} lede-impression - The card was at least half visible for a second; once per story.
 * @fires {LedeClickEvent} lede-click - The reader followed the headline link; `detail` has the story's `id` and `url`.
 * @fires {LedeErrorEvent} lede-error - `src` failed (network, http, timeout, parse, content-type) or the story has no headline (invalid-data).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed by the interface below
export class LedeArticleCard extends LitElement {
  // Getters, not static fields, so Safari 16.0 gets no class static block (see scripts/browser-floor.mjs).
  static override get styles() {
    return [baseStyles, articleCardStyles];
  }

  static override get properties() {
    return {
      article: { attribute: false },
      src: {},
      timeout: { type: Number },
      ...storyProperties(),
      layout: { reflect: true },
      headingLevel: { attribute: 'heading-level', type: Number },
      ...UTM_PROPERTIES,
      fetchPriority: { attribute: 'fetchpriority' },
      theme: { reflect: true },
      skeleton: { type: Boolean },
      listIndex: { attribute: 'list-index', type: Number },
    };
  }

  /** The story, in the Article shape; its fields win over attributes and `src`. */
  declare article: Partial<Article> | undefined;
  /** A URL returning Article JSON or schema.org JSON-LD for the story. */
  declare src: string | undefined;
  /** Seconds to wait for `src` before giving up (default 10). */
  declare timeout: number | undefined;
  /** `stacked` (default), `horizontal` (photo beside the text), `compact` (text only) or `hero` (text over the photo). */
  declare layout: CardLayout | undefined;
  /** The headline's heading level, 1 to 6 (default 3): match it to the page's outline. */
  declare headingLevel: number | undefined;
  /** `high` for the first card a reader sees: its photo loads at once, first. Others load lazily near the viewport. */
  declare fetchPriority: 'high' | undefined;
  /** `light` or `dark` pins the colour scheme; otherwise it is the page's (`color-scheme`). */
  declare theme: 'light' | 'dark' | undefined;
  /** Shows the loading placeholder whatever the data: for lists that are still loading. */
  declare skeleton: boolean;
  /** The card's place (from 0) in a list, added to its events' `detail` as `position`; attribute `list-index`. */
  declare listIndex: number | undefined;

  #story: Partial<Story> = {};
  /** Whether the time shown at the last render could read differently a minute on. */
  #timeMayChange = false;
  #reportedInvalid: string | undefined;
  #stories: StorySource = new StoryController(this, readArticle);
  #language = new LanguageController(this, () => this.#story.lang);

  constructor() {
    super();
    this.breaking = false;
    this.skeleton = false;
    // Asked of the last render, not of the minute: a time that was "23 hours ago" turns into a date.
    rerenderEveryMinute(this, () => this.#timeMayChange);
    new ImpressionController(
      this,
      () => (this.#story.headline ? this.#story : undefined),
      () => this.#eventDetail(),
    );
  }

  protected override willUpdate(): void {
    // A card shows the first story `src` holds.
    this.#stories.update(1);
    this.#story = this.#stories.stories[0] ?? {};
    this.#timeMayChange = changesWithTheMinute(shownTime(this.#story)?.iso);
    this.#checkStory();
  }

  override render() {
    const story = this.#story;
    if (this.skeleton || (!story.headline && this.#stories.status === 'loading')) {
      return this.#renderSkeleton();
    }
    if (!story.headline) return html`<slot></slot>`;
    // Also handed to the photo and the credit: on a server they have no ancestors to read it from.
    const lang = this.#language.lang;
    // The story shows at once, in its own language and direction; only the
    // pack's words wait, each in a line the card reserves anyway (see
    // `.top` and `.byline` in the styles), so their arrival moves nothing.
    const words = this.#language.ready;
    const layout = this.#currentLayout();
    const image = layout === 'compact' ? undefined : story.image;
    // The flag comes first on its line: while it waits, the kicker waits with it rather than move when it comes.
    const topWaits = story.breaking && !words;
    const flag =
      story.breaking && words
        ? html`<strong class="flag" part="breaking">${translate(lang, 'breaking')}</strong>`
        : nothing;
    // No white space between the bindings: it would become text nodes in every card's shadow root.
    return html`<article
      class=${image ? 'root has-photo' : 'root'}
      part="base"
      lang=${lang}
      dir=${this.#language.dirFor(lang)}
    >
      ${
        image
          ? html`<lede-photo
              part="photo"
              lang=${lang}
              theme=${this.theme ?? nothing}
              ratio="16:9"
              loading=${layout === 'hero' || this.fetchPriority === 'high' ? 'eager' : 'lazy'}
              fetchpriority=${this.fetchPriority ?? nothing}
              .image=${pictureOnly(image)}
            ></lede-photo>`
          : nothing
      }
      <div class="body" part="body">
        ${
          // The kicker is in the section's own template, not a nested one: most cards have one.
          story.kicker && !topWaits
            ? html`<p class="top">${flag}<span class="kicker" part="kicker">${story.kicker}</span></p>`
            : story.kicker || story.breaking
              ? html`<p class="top">${flag}</p>`
              : nothing
        }${this.#renderHeadline()}${
          story.summary && layout !== 'compact'
            ? html`<p class="summary" part="summary">${story.summary}</p>`
            : nothing
        }${this.#renderByline(lang, story, words)}${
          story.sources
            ? html`<lede-source-credit
                part="credit"
                lang=${lang}
                theme=${this.theme ?? nothing}
                .sources=${story.sources}
              ></lede-source-credit>`
            : nothing
        }
      </div>
    </article>`;
  }

  #renderSkeleton() {
    return html`<div class="root skeleton has-photo" part="base skeleton">
      <span class="visually-hidden" role="status"
        >${this.#language.ready ? translate(this.#language.lang, 'loading') : ''}</span
      >
      <div class="bone photo" aria-hidden="true"></div>
      <div class="body" aria-hidden="true">
        <div class="bone top"></div>
        <div class="bone headline"></div>
        <div class="bone summary"></div>
        <div class="bone byline"></div>
      </div>
    </div>`;
  }

  /**
   * The headline, as the story's link, in a real heading element (not
   * role="heading"), so the page outline and reader modes see it. A level
   * rounds to the nearest; one missing or outside 1 to 6 gives `h3`.
   */
  #renderHeadline(): TemplateResult {
    const text = renderStoryLink(this.#story, this, this.#handleClick);
    switch (Math.round(this.headingLevel ?? 3)) {
      case 1:
        return html`<h1 class="headline" part="headline">${text}</h1>`;
      case 2:
        return html`<h2 class="headline" part="headline">${text}</h2>`;
      case 4:
        return html`<h4 class="headline" part="headline">${text}</h4>`;
      case 5:
        return html`<h5 class="headline" part="headline">${text}</h5>`;
      case 6:
        return html`<h6 class="headline" part="headline">${text}</h6>`;
      default:
        return html`<h3 class="headline" part="headline">${text}</h3>`;
    }
  }

  /** Authors and time are the pack's words throughout ("Автор: …", "5 минут назад"): the line waits whole. */
  #renderByline(lang: string, story: Article, words: boolean) {
    if (!story.authors && !shownTime(story)) return nothing;
    if (!words) return html`<p class="byline" part="byline"></p>`;
    const authors = story.authors && translate(lang, 'byline', { authors: formatList(lang, story.authors) });
    return html`<p class="byline" part="byline">
      ${authors ? html`<span class="authors">${authors}</span>` : nothing}${renderStoryTime(lang, story)}
    </p>`;
  }

  #handleClick(): void {
    this.dispatchEvent(new LedeClickEvent(this.#eventDetail()));
  }

  #eventDetail(): LedeArticleDetail {
    const detail = storyDetail(this.#story, this);
    if (this.listIndex != null) detail.position = this.listIndex;
    return detail;
  }

  #currentLayout(): CardLayout {
    return LAYOUTS.includes(this.layout!) ? this.layout! : 'stacked';
  }

  /** A story that arrived without a headline cannot be shown: say so, once per story. */
  #checkStory(): void {
    if (this.#story.headline || !this.#stories.given) return;
    const key = JSON.stringify(this.#story);
    if (key === this.#reportedInvalid) return;
    this.#reportedInvalid = key;
    this.dispatchEvent(
      new LedeErrorEvent({ reason: 'invalid-data', message: 'The story has no headline', url: this.src }),
    );
  }
}

// The story fields and UTM tagging are declared from their tables in `static properties`.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- Lit defines these accessors
export interface LedeArticleCard extends StoryFieldProperties, UtmProperties {}

declare global {
  interface HTMLElementTagNameMap {
    'lede-article-card': LedeArticleCard;
  }
}
