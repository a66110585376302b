// The baseline: a hand-written custom element that builds the same DOM as
// <lede-article-card> for a text-only story, with the same styles, and no
// framework. DESIGN.md's bars: 1,000 of ours at most 1.10 times this, 100 at most 1.15.
import { baseStyles } from '../src/theme/base-styles.js';
import { articleCardStyles } from '../src/article-card/article-card.styles.js';
import type { Article } from '../src/data/article.js';

const sheets = [baseStyles.styleSheet!, articleCardStyles.styleSheet!];
const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
// The card's <time> carries the full date and time as its tooltip.
const titleFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' });

function element(tag: string, attributes: Record<string, string>, text?: string): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

export class VanillaCard extends HTMLElement {
  article: Article = {};

  connectedCallback(): void {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets;
    const story = this.article;
    const base = element('article', { class: 'root', part: 'base', lang: 'en', dir: 'ltr' });
    const body = element('div', { class: 'body', part: 'body' });
    const top = element('p', { class: 'top' });
    top.append(element('span', { class: 'kicker', part: 'kicker' }, story.kicker));
    const heading = element('h3', { class: 'headline', part: 'headline' });
    heading.append(element('a', { class: 'link', part: 'link', href: story.url! }, story.headline));
    const byline = element('p', { class: 'byline', part: 'byline' });
    const published = new Date(story.published!);
    byline.append(
      element(
        'time',
        { part: 'time', datetime: story.published!, title: titleFormat.format(published) },
        dateFormat.format(published),
      ),
    );
    body.append(top, heading, element('p', { class: 'summary', part: 'summary' }, story.summary), byline);
    base.append(body);
    root.replaceChildren(base);
  }
}

customElements.define('vanilla-card', VanillaCard);
