import type { Article } from '../data/article.js';

/**
 * The time a story shows: its update when later than its publication, else
 * its publication. `updated` says which, for the text "Updated".
 */
export function shownTime(story: Article): { iso: string; updated: boolean } | undefined {
  const { published, updated } = story;
  if (updated && (!published || updated > published)) return { iso: updated, updated: true };
  return published ? { iso: published, updated: false } : undefined;
}
