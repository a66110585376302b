import type { Article } from './article.js';
import { normalizeArticle } from './normalize.js';
import { reportProblems } from './report-problems.js';
import { resolveUrls } from './resolve-urls.js';

/**
 * The data gate for a list of stories: each one normalised, and the relative
 * URLs of fetched ones resolved against the URL they came from. Checked anew
 * each time, so a story changed in place shows its change at the next render.
 */
export function gateStoryList(
  raw: readonly unknown[],
  url?: string,
): { stories: Article[]; problems: string[] } {
  const problems: string[] = [];
  const stories = raw.map((item, index) => {
    const result = normalizeArticle(item);
    const where = raw.length > 1 ? `item ${index}: ` : '';
    problems.push(...result.problems.map((problem) => where + problem));
    return url ? resolveUrls(result.article, url) : result.article;
  });
  return { stories, problems };
}

/** Stories fetched from `url` through the gate, what was dropped reported once for the tag that asked. */
export function gateFetchedStories(raw: readonly unknown[], url: string, tag: string): Article[] {
  const { stories, problems } = gateStoryList(raw, url);
  reportProblems(tag, problems, `${url}: `);
  return stories;
}
