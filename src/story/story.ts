import type { PropertyDeclaration } from 'lit';
import type { Article, Story } from '../data/article.js';
import type { LedeArticleDetail } from '../events/lede-events.js';
import { withUtm } from '../data/utm.js';

/**
 * The rules every element applies to its stories, each written once:
 * which data wins, what identifies a story, which time it shows, and
 * where its link goes.
 */

/**
 * Which stories an element shows. A list property (`items`) is used whole.
 * Otherwise each field comes from the first of the `article` property, the
 * attributes, and the first story `src` returned that has it; the rest of
 * what `src` returned follows. Made of checked stories' fields, a merged
 * story is checked too.
 */
export function chooseStories(
  items: Story[] | undefined,
  property: Story | undefined,
  attributes: Story | undefined,
  fetched: readonly Story[] | undefined,
): Story[] {
  if (items) return items;
  if (!property && !attributes) return fetched ? [...fetched] : [];
  // The usual case, one way in: nothing to merge.
  if (!fetched && !attributes) return [property!];
  const [first, ...rest] = fetched ?? [];
  return [{ ...first, ...attributes, ...property }, ...rest];
}

/** What identifies a story: for dismissal, announcements, impressions and a feed's cards. */
export function storyKey(story: Article): string {
  return story.id ?? story.url ?? story.headline ?? '';
}

/** The partner's campaign tagging: the same three attributes on every element with links. */
export const UTM_PROPERTIES = {
  /** Added to links as `utm_source`, unless the link has one already. */
  utmSource: { attribute: 'utm-source' },
  /** Added to links as `utm_medium`, unless the link has one already. */
  utmMedium: { attribute: 'utm-medium' },
  /** Added to links as `utm_campaign`, unless the link has one already. */
  utmCampaign: { attribute: 'utm-campaign' },
} satisfies Record<string, PropertyDeclaration>;

export interface UtmProperties {
  /** Added to links as `utm_source`, unless the link has one already. */
  utmSource: string | undefined;
  /** Added to links as `utm_medium`. */
  utmMedium: string | undefined;
  /** Added to links as `utm_campaign`. */
  utmCampaign: string | undefined;
}

/** A story's link as the element shows it: with the element's UTM tagging. */
export function storyLink(story: Article, element: UtmProperties): string | undefined {
  return (
    story.url &&
    withUtm(story.url, {
      source: element.utmSource,
      medium: element.utmMedium,
      campaign: element.utmCampaign,
    })
  );
}

/** Which story an event is about: its id and its link as shown. */
export function storyDetail(story: Article, element: UtmProperties): LedeArticleDetail {
  return { id: story.id, url: storyLink(story, element) };
}
