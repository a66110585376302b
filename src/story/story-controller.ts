import type { ReactiveControllerHost } from 'lit';
import type { Article } from '../data/article.js';
import { gateStories, givenList, type GatedStories } from '../data/gate-stories.js';
import { reportProblems } from '../data/report-problems.js';
import type { Loaded } from '../data/answer.js';
import { RemoteDataController } from '../loading/remote-data-controller.js';
import { storyFromAttributes, type StoryFieldProperties } from './fields.js';
import { chooseStories } from './story.js';

/** What an element gives the controller: any of the three ways in. */
export interface StoryHost extends ReactiveControllerHost, HTMLElement, Partial<StoryFieldProperties> {
  src?: string | undefined;
  timeout?: number | undefined;
  maxBytes?: number | undefined;
  article?: unknown;
  items?: unknown;
}

/**
 * An element's stories, from its `items` or `article` property, its
 * attributes and its `src`, all through the data gate, in the one order of
 * precedence (`chooseStories`), with one report of what the gate dropped.
 * Given stories are gated anew at every update (one changed in place shows
 * its change), fetched ones once per answer; both only as far as the element shows.
 * Call `update()` from `willUpdate`.
 */
export class StoryController {
  stories: Article[] = [];
  /** What `src` returned, as far as it was gated. */
  fetched: readonly Article[] | undefined;
  /** Loads `src`; `parse` turns an answer into stories (shared by every element asking for the same URL). */
  readonly remote: RemoteDataController<GatedStories>;
  readonly #host: StoryHost;
  #loading: unknown[] | undefined;
  /** The last `items` that were a list: what stays shown when `items` becomes something else. */
  #items: readonly unknown[] | undefined;
  #itemsGiven: unknown;

  constructor(host: StoryHost, parse: (loaded: Loaded) => GatedStories) {
    this.#host = host;
    this.remote = new RemoteDataController(host, parse);
  }

  /** Whether data came: by a property, or from a finished load. */
  get given(): boolean {
    const host = this.#host;
    return this.remote.status === 'ready' || host.article !== undefined || host.items !== undefined;
  }

  /**
   * Starts loading when `src` or `timeout` changed (and says whether they
   * did), then gathers the stories, gating them only until `shows` of them
   * have a headline (a feed's `limit`).
   */
  update(shows = Infinity): boolean {
    const host = this.#host;
    const loading = [host.src, host.timeout, host.maxBytes];
    const changed = !this.#loading?.every((value, index) => value === loading[index]);
    if (changed) {
      this.#loading = loading;
      void this.remote.load(host.src, host.timeout, host.maxBytes);
    }
    if (host.items !== this.#itemsGiven) {
      this.#itemsGiven = host.items;
      this.#items = givenList(host, host.items, this.#items);
    }
    const raw = storyFromAttributes(host);
    const gates = [this.#items, host.article === undefined ? undefined : [host.article], raw && [raw]].map(
      (list) => list && gateStories(list),
    );
    const [items, property, attributes] = gates.map((gate) => gate?.first(shows));
    reportProblems(
      host,
      gates.flatMap((gate) => gate?.problems ?? []),
    );
    this.fetched = this.remote.value?.first(shows);
    this.stories = chooseStories(items, property?.[0], attributes?.[0], this.fetched);
    return changed;
  }
}
