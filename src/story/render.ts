import { html, type TemplateResult } from 'lit';
import type { Article } from '../data/article.js';
import { translate } from '../i18n/strings.js';
import { timeText } from '../time/time-text.js';
import { storyLink, type UtmProperties } from './story.js';
import { shownTime } from './story-time.js';

/** The parts of a story that every element renders the same way, written once. */

/**
 * The story's `<time>`, as the card's byline and the banner show it: its
 * `datetime`, the full date as its title, and "Updated 5 minutes ago" as one
 * text (not two: a part and a marker fewer in every element).
 */
export function renderStoryTime(lang: string, story: Article): TemplateResult | undefined {
  const shown = shownTime(story);
  if (!shown) return undefined;
  const { text, label } = timeText(lang, shown.iso);
  return html`<time part="time" datetime=${shown.iso} title=${label}
    >${shown.updated ? `${translate(lang, 'updated')} ${text}` : text}</time
  >`;
}

/** The headline as the story's link (with the element's UTM tagging), or as text when it has no safe link. */
export function renderStoryLink(
  story: Article,
  element: UtmProperties,
  onClick: () => void,
): TemplateResult | string | undefined {
  const href = storyLink(story, element);
  return href
    ? html`<a class="link" part="link" href=${href} @click=${onClick}>${story.headline}</a>`
    : story.headline;
}
