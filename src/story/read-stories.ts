import { gateStories, type GatedStories } from '../data/gate-stories.js';
import { parseFeed } from '../feed-formats/parse-feed.js';
import { LoadError, type Loaded } from '../data/answer.js';

/**
 * How an element reads what its `src` answered: every story `parseFeed`
 * finds (any feed, Article JSON or JSON-LD), behind the data gate, reported
 * as `tag`'s. An element that needs at least one story names what it
 * expected (`needs`), and an answer without any fails with a `LoadError`.
 *
 * Made once per element class: elements asking for the same URL share one
 * answer, and parse it once between them (by this function's identity).
 */
export function readStories(tag: string, needs?: string): (loaded: Loaded) => GatedStories {
  return (loaded) => {
    const { items } = parseFeed(loaded);
    if (needs && !items.length) throw new LoadError('parse', `${loaded.url} holds no ${needs}`, loaded.url);
    return gateStories(items, loaded.url, tag);
  };
}
