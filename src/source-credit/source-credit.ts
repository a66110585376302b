import { html, LitElement, nothing } from 'lit';
import type { Article } from '../data/article.js';
import { normalizeArticle } from '../data/normalize.js';
import { reportProblems } from '../data/report-problems.js';
import { formatList } from '../i18n/formatters.js';
import { LanguageController } from '../i18n/language-controller.js';
import { splitTemplate, templateFor } from '../i18n/strings.js';
import { baseStyles } from '../theme/base-styles.js';
import { sourceCreditStyles } from './source-credit.styles.js';

type CreditData = Pick<Article, 'sources' | 'publisher' | 'lang'>;

/**
 * The agency credit line — "With reporting by Reuters, Interfax, and TASS" —
 * and the publisher credit, in the element's language.
 *
 * Data comes from the `article` property first, then from attributes. With
 * neither sources nor a publisher it renders its light-DOM children (the
 * no-JavaScript fallback), or nothing; so it does, in the box its lines will
 * have, while its language's pack loads.
 *
 * @summary Localised agency and publisher credit.
 * @tag lede-source-credit
 *
 * @slot - Fallback shown before the script runs and when there is nothing to credit.
 *
 * @csspart base - The wrapper around both lines.
 * @csspart sources - The "With reporting by …" line.
 * @csspart list - The agency names within the sources line.
 * @csspart publisher - The publisher credit line.
 * @csspart publisher-link - The publisher's name, when it links to the publisher.
 * @csspart publisher-name - The publisher's name, when there is no safe link.
 *
 * @cssprop [--lede-source-credit-font-size=0.875em] - Text size of both lines.
 * @cssprop [--lede-source-credit-color=var(--lede-color-muted)] - Colour of the wording around the names.
 * @cssprop [--lede-source-credit-padding=0] - Space around the credit.
 *
 * @fires {LedeErrorEvent} lede-error - Its language's pack failed to load (`reason: 'language'`); it reads in the next language along the chain.
 */
export class LedeSourceCredit extends LitElement {
  // Getters, not static fields, so Safari 16.0 gets no class static block (see scripts/browser-floor.mjs).
  static override get styles() {
    return [baseStyles, sourceCreditStyles];
  }

  static override get properties() {
    return {
      // The attribute's comma-separated text is split by the data gate, as a string property's is.
      sources: {},
      publisher: {},
      publisherHref: { attribute: 'publisher-href' },
      // Not `prefix`: that name is Element's own (the namespace prefix).
      creditPrefix: { attribute: 'prefix' },
      article: { attribute: false },
      theme: { reflect: true },
    };
  }

  /**
   * Agency names: an array, or comma-separated like the attribute,
   * `sources="Reuters, Interfax, TASS"`.
   */
  declare sources: string[] | string;
  /** The publisher's name, e.g. "Radio Free Europe/Radio Liberty". */
  declare publisher: string | undefined;
  /** Link to the publisher; only `http:`, `https:` and relative URLs are used. */
  declare publisherHref: string | undefined;
  /**
   * Replaces the translated wording before the list ("With reporting by");
   * attribute `prefix`. An empty value shows the list alone.
   */
  declare creditPrefix: string | undefined;
  /** An `Article` (or any object of that shape); its fields win over attributes. */
  declare article: Partial<Article> | undefined;
  /** `light` or `dark` pins the colour scheme; otherwise it is the page's (`color-scheme`). */
  declare theme: 'light' | 'dark' | undefined;

  #data: CreditData = {};
  #language = new LanguageController(this, () => this.#data.lang);

  constructor() {
    super();
    this.sources = [];
  }

  /** Gated anew at every update, as every element's stories are: an article changed in place shows its change (what the gate made cannot change, and passes as it is). */
  protected override willUpdate(): void {
    this.#data = this.#gatherData();
  }

  override render() {
    const { sources, publisher } = this.#data;
    if (!sources && !publisher) return html`<slot></slot>`;
    if (!this.#language.ready) {
      // Every word here is the pack's, or a name inside its sentence: until it
      // comes, the page's fallback stays, in the box of the lines to come.
      return html`<div class="size">
        <div class="root" .style=${`--_lines: ${sources && publisher ? 2 : 1}`}><slot></slot></div>
      </div>`;
    }
    const lang = this.#language.lang;
    // The outer div holds the reader's font size, for the smaller base to count its em from.
    return html`<div class="size">
      <div class="root" part="base" lang=${lang} dir=${this.#language.dirFor(lang)}>
        ${sources ? this.#renderSources(lang, sources) : nothing}
        ${publisher ? this.#renderPublisher(lang, publisher) : nothing}
      </div>
    </div>`;
  }

  #renderSources(lang: string, sources: string[]) {
    const [before, after] =
      this.creditPrefix == null
        ? splitTemplate(templateFor(lang, 'reportingBy'), 'list')
        : [this.creditPrefix.trim() === '' ? '' : `${this.creditPrefix.trim()} `, ''];
    return html`<p part="sources">${before}<span part="list">${formatList(lang, sources)}</span>${after}</p>`;
  }

  #renderPublisher(lang: string, publisher: NonNullable<Article['publisher']>) {
    const [before, after] = splitTemplate(templateFor(lang, 'publishedBy'), 'publisher');
    const name = publisher.url
      ? html`<a part="publisher-link" href=${publisher.url}>${publisher.name}</a>`
      : html`<span part="publisher-name">${publisher.name}</span>`;
    return html`<p part="publisher">${before}${name}${after}</p>`;
  }

  /** Attributes first, then the `article` property over them, field by field, all through the gate. */
  #gatherData(): CreditData {
    const fromAttributes = normalizeArticle({
      sources: this.sources,
      publisher: this.publisher ? { name: this.publisher, url: this.publisherHref } : undefined,
    });
    const fromProperty = this.article === undefined ? undefined : normalizeArticle(this.article);
    reportProblems(this, [...fromAttributes.problems, ...(fromProperty?.problems ?? [])]);
    return { ...fromAttributes.article, ...fromProperty?.article };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lede-source-credit': LedeSourceCredit;
  }
}
