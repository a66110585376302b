import type { ReactiveControllerHost } from 'lit';
import type { Article } from '../data/article.js';
import { gateStoryList } from '../data/gate-stories.js';
import { reportProblems } from '../data/report-problems.js';
import type { Loaded } from '../loading/loader.js';
import { RemoteDataController } from '../loading/remote-data-controller.js';
import { storyFromAttributes, type StoryFieldProperties } from './fields.js';
import { chooseStories } from './story.js';

/** What an element gives the controller: any of the three ways in. */
export interface StoryHost extends ReactiveControllerHost, HTMLElement, Partial<StoryFieldProperties> {
  src?: string | undefined;
  timeout?: number | undefined;
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
  private loading: [string | undefined, number | undefined] | undefined;

  constructor(
    private readonly host: StoryHost,
    parse: (loaded: Loaded) => Article[],
  ) {
    this.remote = new RemoteDataController(host, parse);
  }

  /** Whether data came: by a property, or from a finished load. */
  get given(): boolean {
    const { host } = this;
    return this.remote.status === 'ready' || host.article !== undefined || host.items !== undefined;
  }

  /** Starts loading when `src` or `timeout` changed (and says whether they did), then gathers the stories. */
  update(): boolean {
    const { host } = this;
    const changed = !this.loading || this.loading[0] !== host.src || this.loading[1] !== host.timeout;
    if (changed) {
      this.loading = [host.src, host.timeout];
      void this.remote.load(host.src, host.timeout);
    }
    const items = Array.isArray(host.items) ? gateStoryList(host.items) : undefined;
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
