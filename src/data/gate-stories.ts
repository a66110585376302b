import { LedeErrorEvent } from '../events/lede-events.js';
import { keepRecent } from '../memo.js';
import type { Story } from './article.js';
import { normalizeArticleFrom } from './normalize.js';
import { reportProblems } from './report-problems.js';

/** A list of stories behind the data gate (`gateStories`). */
export interface GatedStories {
  /** What the gate dropped or repaired so far, one note per field (fetched stories': not yet reported). */
  readonly problems: string[];
  /** Gates on until `count` stories have a headline or the list ends; returns every story gated so far. */
  first(count: number): Story[];
}

/**
 * Per fetched URL (the last 100 read), the stories its last answer's items
 * became, by each item's JSON: a refresh gates only the items that changed,
 * and hands elements the very same story for the rest, which they need not
 * render again.
 */
const lastGated = new Map<string, Map<string, Story>>();

/**
 * The data gate for a list of stories, run only as far as the list is read:
 * a feed of 100 items shown ten at a time gates about ten. Each story is
 * normalised, and the relative URLs of fetched ones resolved against the URL
 * they came from. What the gate dropped collects in `problems`.
 *
 * Fetched stories (`url` and `tag` given) are gated once for every element
 * showing that answer, when the first of them reads that far, and what was
 * dropped is reported then, once, for the tag that asked.
 */
export function gateStories(raw: readonly unknown[], url?: string, tag?: string): GatedStories {
  const stories: Story[] = [];
  const problems: string[] = [];
  const before = url ? lastGated.get(url) : undefined;
  const gated = new Map<string, Story>();
  if (url) keepRecent(lastGated, url, gated);
  let headlined = 0;
  return {
    problems,
    first(count) {
      while (headlined < count && stories.length < raw.length) {
        const index = stories.length;
        const item = url ? JSON.stringify(raw[index]) : '';
        let article = before?.get(item);
        if (!article) {
          const result = normalizeArticleFrom(raw[index], url);
          for (const problem of result.problems)
            problems.push(raw.length > 1 ? `item ${index}: ${problem}` : problem);
          article = result.article;
        }
        if (url) gated.set(item, article);
        if (article.headline) headlined++;
        stories.push(article);
      }
      // Fetched stories' problems are reported as they are found, then let go.
      if (tag) reportProblems(tag, problems.splice(0), `${url}: `);
      return stories;
    },
  };
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
