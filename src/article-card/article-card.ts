import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Article, ArticleImage } from '../data/article.js';
import { articleFromJson } from '../data/article-from-json.js';
import { normalizeArticle, normalizeArticleOnce } from '../data/normalize.js';
import { reportProblems } from '../data/report-problems.js';
import { gateFetchedStories } from '../data/gate-stories.js';
import { withUtm } from '../data/utm.js';
import { ImpressionController } from '../events/impression-controller.js';
import {
  LedeClickEvent,
  LedeErrorEvent,
  LedeImpressionEvent,
  type LedeArticleDetail,
} from '../events/lede-events.js';
import { formatList } from '../i18n/formatters.js';
import { LanguageController } from '../i18n/language-controller.js';
import { translate } from '../i18n/strings.js';
import { LoadError, parseJson, type Loaded } from '../loading/loader.js';
import { RemoteDataController } from '../loading/remote-data-controller.js';
import { tokens } from '../theme/tokens.js';
import { ClockController } from '../time/clock-controller.js';
import { storyTime } from '../time/story-time.js';
import { articleCardStyles } from './article-card.styles.js';

export type CardLayout = 'stacked' | 'horizontal' | 'compact' | 'hero';

const LAYOUTS: readonly CardLayout[] = ['stacked', 'horizontal', 'compact', 'hero'];

const STORY_ATTRIBUTE_FIELDS = [
  'articleId',
  'url',
  'href',
  'headline',
  'kicker',
  'summary',
  'published',
  'updatedAt',
  'authors',
  'sources',
  'imageSrc',
] as const;

/** The card's photo shows no caption or credit: the teaser's image, made once per story image. */
const teaserImages = new WeakMap<ArticleImage, Partial<ArticleImage>>();

function teaserImage(image: ArticleImage): Partial<ArticleImage> {
  let teaser = teaserImages.get(image);
  if (!teaser) {
    const { src, srcset, alt = '', width, height } = image;
    teaserImages.set(image, (teaser = { src, srcset, alt, width, height }));
  }
  return teaser;
}

/** A fetched document as an Article, or a `LoadError` saying why not. */
function articleFromAnswer(loaded: Loaded): Article {
  const raw = articleFromJson(parseJson(loaded));
  if (raw === undefined) {
    throw new LoadError('parse', `${loaded.url} holds no Article JSON or schema.org article`, loaded.url);
  }
  return gateFetchedStories([raw], loaded.url, 'lede-article-card')[0];
}

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
 * @cssprop [--lede-card-padding=0] - Space inside the card.
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
export class LedeArticleCard extends LitElement {
  static override styles = [tokens, articleCardStyles];

  static override properties = {
    article: { attribute: false },
    src: {},
    timeout: { type: Number },
    articleId: { attribute: 'article-id' },
    url: {},
    href: {},
    headline: {},
    kicker: {},
    summary: {},
    published: {},
    // Not `updated`: that name is LitElement's own lifecycle method.
    updatedAt: { attribute: 'updated' },
    breaking: { type: Boolean },
    authors: {},
    sources: {},
    imageSrc: { attribute: 'image-src' },
    imageSrcset: { attribute: 'image-srcset' },
    imageAlt: { attribute: 'image-alt' },
    imageWidth: { attribute: 'image-width', type: Number },
    imageHeight: { attribute: 'image-height', type: Number },
    layout: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    utmSource: { attribute: 'utm-source' },
    utmMedium: { attribute: 'utm-medium' },
    utmCampaign: { attribute: 'utm-campaign' },
    theme: { reflect: true },
    skeleton: { type: Boolean },
    position: { type: Number },
  };

  /** The story, in the Article shape; its fields win over attributes and `src`. */
  declare article: Partial<Article> | undefined;
  /** A URL returning Article JSON or schema.org JSON-LD for the story. */
  declare src: string | undefined;
  /** Seconds to wait for `src` before giving up (default 10). */
  declare timeout: number | undefined;
  /** The story's id, for events; attribute `article-id` (`id` is the element's own). */
  declare articleId: string | undefined;
  /** The story's link; `href` is accepted as another name for it. */
  declare url: string | undefined;
  declare href: string | undefined;
  declare headline: string | undefined;
  /** The section label, e.g. "World". */
  declare kicker: string | undefined;
  declare summary: string | undefined;
  /** When the story was published: ISO 8601, e.g. `2026-03-21T09:30:00Z`. */
  declare published: string | undefined;
  /** When the story was last updated; attribute `updated`. */
  declare updatedAt: string | undefined;
  /** Shows the translated "Breaking News" flag. */
  declare breaking: boolean;
  /** Authors' names, comma-separated (or an array in the property). */
  declare authors: string | string[] | undefined;
  /** News agencies for the credit line, comma-separated (or an array). */
  declare sources: string | string[] | undefined;
  declare imageSrc: string | undefined;
  declare imageSrcset: string | undefined;
  declare imageAlt: string | undefined;
  declare imageWidth: number | undefined;
  declare imageHeight: number | undefined;
  /** `stacked` (default), `horizontal` (photo beside the text), `compact` (text only) or `hero` (text over the photo). */
  declare layout: CardLayout | undefined;
  /** The headline's heading level, 1 to 6 (default 3): match it to the page's outline. */
  declare headingLevel: number | undefined;
  /** Added to the link as `utm_source`, unless the link has one already. */
  declare utmSource: string | undefined;
  declare utmMedium: string | undefined;
  declare utmCampaign: string | undefined;
  /** `light` or `dark` pins the colour scheme; otherwise it follows the reader's preference. */
  declare theme: 'light' | 'dark' | undefined;
  /** Shows the loading placeholder whatever the data: for lists that are still loading. */
  declare skeleton: boolean;
  /** The card's place (from 0) in a list, added to its events' `detail` as `position`. */
  declare position: number | undefined;

  private story: Article = {};
  private reportedInvalid: string | undefined;
  private readonly remote = new RemoteDataController(this, articleFromAnswer);
  private readonly language = new LanguageController(this, () => this.story.lang);

  constructor() {
    super();
    this.breaking = false;
    this.skeleton = false;
    // Re-renders relative times ("5 minutes ago") once a minute.
    new ClockController(this);
    new ImpressionController(
      this,
      () => (this.story.headline ? (this.story.id ?? this.story.url ?? this.story.headline) : undefined),
      () => this.dispatchEvent(new LedeImpressionEvent(this.eventDetail())),
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('timeout')) void this.remote.load(this.src, this.timeout);
    this.story = this.gatherStory();
    this.checkStory();
  }

  override render() {
    const story = this.story;
    if (this.skeleton) return this.renderSkeleton();
    if (!story.headline) {
      return this.remote.status === 'loading' ? this.renderSkeleton() : html`<slot></slot>`;
    }
    const lang = this.language.lang;
    const layout = this.currentLayout();
    const image = layout === 'compact' ? undefined : story.image;
    return html`<article
      class="root ${image ? 'has-photo' : ''}"
      part="base"
      lang=${lang}
      dir=${this.language.dirFor(lang)}
    >
      ${
        image
          ? html`<lede-photo
              part="photo"
              theme=${this.theme ?? nothing}
              ratio="16:9"
              loading=${layout === 'hero' ? 'eager' : 'lazy'}
              .image=${teaserImage(image)}
            ></lede-photo>`
          : nothing
      }
      <div class="body" part="body">
        ${
          story.kicker || story.breaking
            ? html`<p class="top">
                ${story.breaking ? html`<strong class="flag" part="breaking">${translate(lang, 'breaking')}</strong>` : nothing}
                ${story.kicker ? html`<span class="kicker" part="kicker">${story.kicker}</span>` : nothing}
              </p>`
            : nothing
        }
        ${this.renderHeadline(story.headline)}
        ${story.summary && layout !== 'compact' ? html`<p class="summary" part="summary">${story.summary}</p>` : nothing}
        ${this.renderByline(lang, story)}
        ${
          story.sources
            ? html`<lede-source-credit
                part="credit"
                theme=${this.theme ?? nothing}
                .sources=${story.sources}
              ></lede-source-credit>`
            : nothing
        }
      </div>
    </article>`;
  }

  private renderSkeleton() {
    return html`<div class="root skeleton" part="base skeleton">
      <span class="visually-hidden" role="status">${translate(this.language.lang, 'loading')}</span>
      <div class="bone photo" aria-hidden="true"></div>
      <div class="body" aria-hidden="true">
        <div class="bone top"></div>
        <div class="bone headline"></div>
        <div class="bone summary"></div>
        <div class="bone byline"></div>
      </div>
    </div>`;
  }

  private renderHeadline(headline: string): TemplateResult {
    const href = this.linkUrl();
    const content = href
      ? html`<a class="link" part="link" href=${href} @click=${this.handleClick}>${headline}</a>`
      : headline;
    // Real heading elements (not role="heading"), so the page outline and reader modes see them.
    switch (this.currentHeadingLevel()) {
      case 1:
        return html`<h1 class="headline" part="headline">${content}</h1>`;
      case 2:
        return html`<h2 class="headline" part="headline">${content}</h2>`;
      case 4:
        return html`<h4 class="headline" part="headline">${content}</h4>`;
      case 5:
        return html`<h5 class="headline" part="headline">${content}</h5>`;
      case 6:
        return html`<h6 class="headline" part="headline">${content}</h6>`;
      default:
        return html`<h3 class="headline" part="headline">${content}</h3>`;
    }
  }

  private renderByline(lang: string, story: Article) {
    const iso =
      story.updated && story.published && story.updated > story.published ? story.updated : story.published;
    if (!story.authors && !iso) return nothing;
    const time = iso ? storyTime(lang, iso) : undefined;
    return html`<p class="byline" part="byline">
      ${
        story.authors
          ? html`<span class="authors"
              >${translate(lang, 'byline', { authors: formatList(lang, story.authors) })}</span
            >`
          : nothing
      }
      ${
        time
          ? html`<time part="time" datetime=${iso!} title=${time.label}
              >${iso === story.updated ? `${translate(lang, 'updated')} ` : ''}${time.text}</time
            >`
          : nothing
      }
    </p>`;
  }

  private handleClick(): void {
    this.dispatchEvent(new LedeClickEvent(this.eventDetail()));
  }

  private eventDetail() {
    const detail: LedeArticleDetail = { id: this.story.id, url: this.linkUrl() };
    if (this.position !== undefined && this.position !== null) detail.position = this.position;
    return detail;
  }

  private linkUrl(): string | undefined {
    const url = this.story.url;
    return (
      url && withUtm(url, { source: this.utmSource, medium: this.utmMedium, campaign: this.utmCampaign })
    );
  }

  private currentLayout(): CardLayout {
    return LAYOUTS.includes(this.layout!) ? this.layout! : 'stacked';
  }

  private currentHeadingLevel(): number {
    const level = Math.round(this.headingLevel ?? 3);
    return level >= 1 && level <= 6 ? level : 3;
  }

  /** Fetched data, then attributes, then the property, field by field; all through the data gate. */
  private gatherStory(): Article {
    const fromAttributes = this.hasStoryAttributes() ? normalizeArticle(this.attributeFields()) : undefined;
    const fromProperty = this.article === undefined ? undefined : normalizeArticleOnce(this.article);
    reportProblems(this, [...(fromAttributes?.problems ?? []), ...(fromProperty?.problems ?? [])]);
    return { ...this.remote.value, ...fromAttributes?.article, ...fromProperty?.article };
  }

  /** Whether any story field came as an attribute (or its property); most cards use one way only. */
  private hasStoryAttributes(): boolean {
    return (
      STORY_ATTRIBUTE_FIELDS.some((field) => this[field] !== undefined && this[field] !== null) ||
      this.breaking
    );
  }

  private attributeFields() {
    return {
      id: this.articleId,
      url: this.url ?? this.href,
      headline: this.headline,
      kicker: this.kicker,
      summary: this.summary,
      published: this.published,
      updated: this.updatedAt,
      breaking: this.breaking || undefined,
      authors: this.authors,
      sources: this.sources,
      image: this.imageSrc
        ? {
            src: this.imageSrc,
            srcset: this.imageSrcset,
            alt: this.imageAlt,
            width: this.imageWidth,
            height: this.imageHeight,
          }
        : undefined,
    };
  }

  /** A story that arrived without a headline cannot be shown: say so, once per story. */
  private checkStory(): void {
    const hasData = this.remote.status === 'ready' || this.article !== undefined;
    if (this.story.headline || !hasData) return;
    const key = JSON.stringify(this.story);
    if (key === this.reportedInvalid) return;
    this.reportedInvalid = key;
    this.dispatchEvent(
      new LedeErrorEvent({ reason: 'invalid-data', message: 'The story has no headline', url: this.src }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lede-article-card': LedeArticleCard;
  }
}
