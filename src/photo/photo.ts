import { html, isServer, LitElement, nothing } from 'lit';
import type { ArticleImage } from '../data/article.js';
import { IMAGE_FIELDS, normalizeImage } from '../data/normalize.js';
import { reportProblems } from '../data/report-problems.js';
import { LedeErrorEvent } from '../events/lede-events.js';
import { LanguageController } from '../i18n/language-controller.js';
import { translate } from '../i18n/strings.js';
import { baseStyles } from '../theme/base-styles.js';
import { aspectRatio } from './aspect-ratio.js';
import { photoStyles } from './photo.styles.js';

type Status = 'empty' | 'loading' | 'loaded' | 'error';

/** `object-position` values: keywords, lengths and percentages only. */
const SAFE_POSITION = /^[a-z0-9.%\s-]{1,40}$/i;

/**
 * A photo with its caption and credit, in a frame that reserves the image's
 * space before it loads, so the page never jumps.
 *
 * The frame's shape is `ratio`, else `width`/`height`, else 16:9. A neutral
 * placeholder shows until the image arrives (with a short fade-in, off under
 * `prefers-reduced-motion`). A broken image becomes the placeholder with its
 * alt text; the caption and credit stay, and `lede-error` fires once.
 *
 * Without a `sizes`, the image is chosen from `srcset` for the photo's own
 * width, measured before a lazy image starts loading, and again when the box
 * grows. (An eager photo starts with the viewport's width; give a lead photo
 * a `sizes` if it must not fetch twice.)
 *
 * @summary Photo with caption and credit, zero layout shift.
 * @tag lede-photo
 *
 * @slot caption - A richer caption (links, emphasis) in place of the `caption` text.
 *
 * @csspart base - The `<figure>`.
 * @csspart frame - The box that holds the image's space, with the placeholder colour.
 * @csspart image - The `<img>`.
 * @csspart fallback - What replaces a broken or missing image: the alt text on the placeholder.
 * @csspart figcaption - The `<figcaption>` around caption and credit.
 * @csspart caption - The caption text.
 * @csspart credit - The credit, with its label.
 * @csspart credit-label - The translated label before the credit ("Photo:").
 *
 * @cssprop [--lede-photo-placeholder=light-dark(#e6e8ec, #2a2c31)] - The placeholder's colour.
 * @cssprop [--lede-photo-radius=0] - Corner radius of the frame.
 * @cssprop [--lede-photo-caption-font-size=0.875em] - Text size of caption and credit.
 * @cssprop [--lede-photo-caption-color=var(--lede-color-text)] - Colour of the caption.
 * @cssprop [--lede-photo-credit-color=var(--lede-color-muted)] - Colour of the credit.
 * @cssprop [--lede-photo-fade-duration=200ms] - Length of the fade-in once the image has loaded.
 *
 * @fires {LedeErrorEvent} lede-error - The image failed to load (`reason: 'image'`), or its URL was refused (`reason: 'invalid-data'`).
 */
export class LedePhoto extends LitElement {
  // Getters, not static fields, so Safari 16.0 gets no class static block (see scripts/browser-floor.mjs).
  static override get styles() {
    return [baseStyles, photoStyles];
  }

  static override get properties() {
    return {
      src: {},
      srcset: {},
      sizes: {},
      alt: {},
      caption: {},
      credit: {},
      width: { type: Number },
      height: { type: Number },
      ratio: {},
      loading: {},
      fetchPriority: { attribute: 'fetchpriority' },
      fit: {},
      position: {},
      image: { attribute: false },
      theme: { reflect: true },
    };
  }

  /** The image URL; only `http:`, `https:` and relative URLs are used. */
  declare src: string | undefined;
  /** Responsive candidates, passed to the `<img>`; unsafe candidates are dropped. */
  declare srcset: string | undefined;
  /** Passed to the `<img>`: how wide the image is shown at each viewport width. Default: the photo's own width. */
  declare sizes: string | undefined;
  /** Describes the photo. `alt=""` marks it decorative; leaving it out logs a warning. */
  declare alt: string | undefined;
  /** Plain text under the photo; for links or emphasis, use the `caption` slot. */
  declare caption: string | undefined;
  /** Photographer or agency, shown after a translated "Photo:". */
  declare credit: string | undefined;
  /** The image's intrinsic width; with `height`, gives the ratio when `ratio` is not set. */
  declare width: number | undefined;
  /** The image's intrinsic height, with `width`. */
  declare height: number | undefined;
  /** The frame's shape: `16:9`, `4:3`, `1:1`, `3:2`, `16/9` or a number such as `1.5`. */
  declare ratio: string | undefined;
  /** `lazy` (default) or `eager` — use `eager` for a lead photo near the top of the page. */
  declare loading: 'lazy' | 'eager' | undefined;
  /** `high` for a lead photo, `low` or `auto`; attribute `fetchpriority`. */
  declare fetchPriority: 'high' | 'low' | 'auto' | undefined;
  /** `cover` (default) crops to fill the frame; `contain` shows the whole image. */
  declare fit: 'cover' | 'contain' | undefined;
  /** The focal point, as CSS `object-position`: `50% 20%`, `left top`. */
  declare position: string | undefined;
  /** An image in the Article shape; its fields win over the attributes. */
  declare image: Partial<ArticleImage> | undefined;
  /** `light` or `dark` pins the colour scheme; otherwise it is the page's (`color-scheme`). */
  declare theme: 'light' | 'dark' | undefined;

  #status: Status = 'empty';
  /** The photo's width in CSS pixels, for `sizes`: 0 until measured. */
  #box = 0;
  #data: Partial<ArticleImage> = {};
  /** The URL an error was last reported for, so each failure is reported once. */
  #reportedFailure: string | undefined;
  #warnedAboutAlt = false;
  #observer: ResizeObserver | undefined;
  #language = new LanguageController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    // Observers report before the lazy-loading check of the same frame, so a
    // lazy image asks for its candidate with the measured width already set.
    // A wider box may need a larger candidate; a narrower one keeps the image it has.
    this.#observer ??= new ResizeObserver(([entry]) => {
      const width = Math.ceil(entry.contentRect.width);
      if (width > this.#box) {
        this.#box = width;
        // Only a srcset chooses by width: an image with one URL would render the same.
        if (this.#data.srcset) this.requestUpdate();
      }
    });
    this.#observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  /** Gated anew at every update, as every element's stories are: an image changed in place shows its change (one the gate made cannot change, and passes as it is). */
  protected override willUpdate(): void {
    const previousSrc = this.#data.src;
    this.#data = this.#gatherData();
    // `empty` exactly while there is no src: only a new src changes the status here.
    // A server cannot know when the image loads: its HTML shows the image at
    // once, with no fade, for a reader whose browser runs no script (or not yet).
    if (this.#data.src !== previousSrc)
      this.#status = this.#data.src ? (isServer ? 'loaded' : 'loading') : 'empty';
  }

  override render() {
    const { src, srcset, alt, caption, credit, width, height } = this.#data;
    // "Photo:" is the pack's word: until it comes, the credit waits, at the
    // caption line's end where its arrival moves nothing; the photo shows.
    const showCredit = credit !== undefined && this.#language.ready;
    const lang = this.#language.lang;
    // Read from the light DOM at each render (a slotchange asks for one), so
    // that it is right from the first; a server's DOM has no light DOM to read.
    const slotted = !!this.querySelector?.(':scope > [slot="caption"]');
    const hasCaption = caption !== undefined || credit !== undefined || slotted;
    const frameStyle = `aspect-ratio: ${aspectRatio(this.ratio, width, height)}`;
    const cropStyle = imageStyle(this.fit, this.position);
    // Sizes and crops are set through the CSSOM (the `.style` property), not
    // a style attribute: a partner's strict CSP (style-src without
    // 'unsafe-inline') blocks style attributes set from script, but not the
    // CSSOM. Server rendering writes `.style` as the attribute.
    return html`<figure class="root" part="base" lang=${lang} dir=${this.#language.dirFor(lang)}>
      <div class="frame" part="frame" data-status=${this.#status} .style=${frameStyle}>
        ${
          src && this.#status !== 'error'
            ? html`<img
                part="image"
                loading=${this.loading === 'eager' ? 'eager' : 'lazy'}
                fetchpriority=${/^(high|low|auto)$/.test(this.fetchPriority!) ? this.fetchPriority : nothing}
                decoding="async"
                sizes=${this.sizes?.trim() || (this.#box ? `${this.#box}px` : nothing)}
                srcset=${srcset ?? nothing}
                src=${src}
                alt=${alt ?? ''}
                width=${width ?? nothing}
                height=${height ?? nothing}
                .style=${cropStyle}
                @load=${this.#handleLoad}
                @error=${this.#handleError}
              />`
            : this.#renderFallback(alt)
        }
      </div>
      ${
        hasCaption
          ? html`<figcaption part="figcaption">
              <span part="caption" ?hidden=${caption === undefined && !slotted}
                ><slot name="caption" @slotchange=${this.#handleSlotChange}>${caption}</slot></span
              >
              ${
                showCredit
                  ? html`<span part="credit"
                      ><span part="credit-label">${translate(lang, 'photoCredit')}</span> ${credit}</span
                    >`
                  : nothing
              }
            </figcaption>`
          : html`<slot name="caption" hidden @slotchange=${this.#handleSlotChange}></slot>`
      }
    </figure>`;
  }

  protected override firstUpdated(): void {
    // An image that finished loading before this element upgraded (server-
    // rendered, then hydrated) fires no load event we could hear. Checked
    // after this update, not during it, so as not to start another at once.
    queueMicrotask(() => {
      const img = this.renderRoot.querySelector('img');
      if (this.#status === 'loading' && img?.complete && img.naturalWidth > 0) this.#setStatus('loaded');
    });
  }

  /** The placeholder with the alt text, for a broken or missing image; silent when decorative. */
  #renderFallback(alt: string | undefined) {
    return alt
      ? html`<div class="fallback" part="fallback" role="img" aria-label=${alt}>
          <span aria-hidden="true">${alt}</span>
        </div>`
      : html`<div class="fallback" part="fallback"></div>`;
  }

  /** The status changes what the frame shows: set it through here, outside an update. */
  #setStatus(status: Status): void {
    this.#status = status;
    this.requestUpdate();
  }

  #handleLoad(): void {
    this.#setStatus('loaded');
  }

  #handleError(): void {
    const url = this.#data.src;
    this.#setStatus('error');
    if (url && url !== this.#reportedFailure) {
      this.#reportedFailure = url;
      this.dispatchEvent(
        new LedeErrorEvent({ reason: 'image', message: `The image failed to load: ${url}`, url }),
      );
    }
  }

  #handleSlotChange(): void {
    this.requestUpdate();
  }

  /** Attributes, then the `image` property over them, field by field, all through the data gate. */
  #gatherData(): Partial<ArticleImage> {
    const given = this.image;
    // An image given alone (a card's photo: checked already) passes the gate as it is.
    const merged: Partial<Record<keyof ArticleImage, unknown>> =
      given && !IMAGE_FIELDS.some((field) => this[field] !== undefined)
        ? given
        : Object.fromEntries(IMAGE_FIELDS.map((field) => [field, given?.[field] ?? this[field]]));
    const { image, problems } = normalizeImage(merged);
    reportProblems(this, problems);
    // The URL as given, if the gate refused it ('' and no URL are not refusals).
    const refused = merged.src != null && image.src === undefined && String(merged.src);
    if (refused && refused !== this.#reportedFailure) {
      this.#reportedFailure = refused;
      this.dispatchEvent(
        new LedeErrorEvent({
          reason: 'invalid-data',
          message: 'The image URL was refused: not http(s) or relative',
        }),
      );
    }
    // A photo in a shadow root (one with a host) is one a card draws: it came with its story (a feed's,
    // a newsroom's), and the partner cannot give it alt text.
    const partnerWritten = !(this.getRootNode() as Partial<ShadowRoot>).host;
    if (image.src && image.alt === undefined && partnerWritten && !this.#warnedAboutAlt) {
      this.#warnedAboutAlt = true;
      console.warn(
        `<lede-photo>: no alt text for ${image.src}. Describe the photo, or set alt="" if it is decorative.`,
      );
    }
    return image;
  }
}

/** The crop: `contain` or the default `cover`, and a focal point only if it is a position. */
function imageStyle(fit: string | undefined, position: string | undefined): string {
  return `${fit === 'contain' ? 'object-fit: contain;' : ''}${position && SAFE_POSITION.test(position) ? `object-position: ${position};` : ''}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'lede-photo': LedePhoto;
  }
}
