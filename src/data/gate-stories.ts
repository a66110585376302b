import { LedeErrorEvent } from '../events/lede-events.js';
import type { Article } from './article.js';
import { normalizeArticle, normalizeArticleOnce } from './normalize.js';
import { reportProblems } from './report-problems.js';
import { resolveUrls } from './resolve-urls.js';

/**
 * The data gate for a list of stories an element was given (its `items` or
 * `article` property): each one checked once per object, and what was dropped
 * logged once under the element.
 */
export function gateGivenStories(element: Element, items: readonly unknown[]): Article[] {
  const results = items.map((item) => normalizeArticleOnce(item));
  reportProblems(
    element,
    results.flatMap((result) => result.problems),
  );
  return results.map((result) => result.article);
}

/**
 * The data gate for stories that came from a URL: each one normalised, its
 * relative URLs resolved against the URL it came from, and what was dropped
 * logged once, under the element that asked.
 */
export function gateFetchedStories(raw: readonly unknown[], url: string, tag: string): Article[] {
  const problems: string[] = [];
  const stories = raw.map((item, index) => {
    const result = normalizeArticle(item);
    const where = raw.length > 1 ? `item ${index}: ` : '';
    problems.push(...result.problems.map((problem) => where + problem));
    return resolveUrls(result.article, url);
  });
  if (problems.length > 0) console.warn(`<${tag}>: ${url}: ${problems.join('; ')}`);
  return stories;
}

/**
 * An `items` property as a list, or nothing. Anything else (an object, a
 * string) holds no stories: `lede-error` (`invalid-data`) says so and
 * `previous` stays, so what the element shows stays too.
 */
export function givenList(
  element: Element,
  value: unknown,
  previous: readonly unknown[] | undefined,
): readonly unknown[] | undefined {
  if (value == null || Array.isArray(value)) return value ?? undefined;
  element.dispatchEvent(
    new LedeErrorEvent({
      reason: 'invalid-data',
      message: 'items is not a list',
    }),
  );
  return previous;
}

/** Each fetched item's gated story, kept for the item's life: re-renders and other elements reuse it. */
const gatedItems = new WeakMap<object, Article>();

/**
 * The first `limit` stories with a headline from fetched items, gated only
 * as far as needed: the items after them are never gated.
 */
export function gateFetchedHeadlines(
  raw: readonly object[],
  url: string,
  tag: string,
  limit: number,
): Article[] {
  const stories: Article[] = [];
  for (const item of raw) {
    if (stories.length === limit) break;
    let story = gatedItems.get(item);
    if (!story) gatedItems.set(item, (story = gateFetchedStories([item], url, tag)[0]));
    if (story.headline) stories.push(story);
  }
  return stories;
}
