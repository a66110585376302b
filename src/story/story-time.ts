import { html, type TemplateResult } from 'lit';
import type { Article } from '../data/article.js';
import { translate } from '../i18n/strings.js';
import { timeText } from '../time/time-text.js';

/**
 * The time a story shows: its update when later than its publication, else
 * its publication. `updated` says which, for the text "Updated".
 */
export function shownTime(story: Article): { iso: string; updated: boolean } | undefined {
  const { published, updated } = story;
  if (updated && (!published || updated > published)) return { iso: updated, updated: true };
  return published ? { iso: published, updated: false } : undefined;
}

/** The story's `<time>`, as every element shows it: "Updated 5 minutes ago", the full date as its title. */
export function renderStoryTime(lang: string, story: Article): TemplateResult | undefined {
  const shown = shownTime(story);
  if (!shown) return undefined;
  const { text, label } = timeText(lang, shown.iso);
  // One text binding, not two: a part and a marker fewer in every card.
  const shownText = shown.updated ? `${translate(lang, 'updated')} ${text}` : text;
  return html`<time part="time" datetime=${shown.iso} title=${label}>${shownText}</time>`;
}
