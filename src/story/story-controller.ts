import type { ReactiveControllerHost } from 'lit';
import type { Article } from '../data/article.js';
import { gateStoryList, givenList } from '../data/gate-stories.js';
import { reportProblems } from '../data/report-problems.js';
import type { Loaded } from '../loading/loader.js';
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
 * Call `update()` from `willUpdate`.
 */
export class StoryController {
  stories: Article[] = [];
  /** Loads `src`; `parse` turns an answer into stories (shared by every element asking for the same URL). */
  readonly remote: RemoteDataController<Article[]>;
  readonly #host: StoryHost;
  #loading: unknown[] | undefined;
  /** The last `items` that were a list: what stays shown when `items` becomes something else. */
  #items: readonly unknown[] | undefined;
  #itemsGiven: unknown;

  constructor(host: StoryHost, parse: (loaded: Loaded) => Article[]) {
    this.#host = host;
    this.remote = new RemoteDataController(host, parse);
  }

  /** Whether data came: by a property, or from a finished load. */
  get given(): boolean {
    const host = this.#host;
    return this.remote.status === 'ready' || host.article !== undefined || host.items !== undefined;
  }

  /** Starts loading when `src` or `timeout` changed (and says whether they did), then gathers the stories. */
  update(): boolean {
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
    const items = this.#items && gateStoryList(this.#items);
    const property = host.article === undefined ? undefined : gateStoryList([host.article]);
    const raw = storyFromAttributes(host);
    const attributes = raw && gateStoryList([raw]);
    reportProblems(
      host,
      [items, property, attributes].flatMap((result) => result?.problems ?? []),
    );
    this.stories = chooseStories(
      items?.stories,
      property?.stories[0],
      attributes?.stories[0],
      this.remote.value,
    );
    return changed;
  }
}
