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
