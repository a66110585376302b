import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LedeErrorEvent } from '../events/lede-events.js';
import { resolveDir, resolveLang, type Direction } from './language.js';
import { languageReady } from './packs.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * One observer for the whole page: when any `lang` or `dir` attribute in the
 * document changes, every connected element re-renders in its new language.
 * One shared observer costs the same for one element as for a thousand.
 */
const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

function watch(host: Host): void {
  hosts.add(host);
  if (!observer) {
    observer = new MutationObserver(() => hosts.forEach((each) => each.requestUpdate()));
    observer.observe(document, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  }
}

function unwatch(host: Host): void {
  hosts.delete(host);
  if (hosts.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/**
 * Gives an element its language and direction (see `language.ts` for the
 * rules) and re-renders it when they change. `articleLang` is read at every
 * render, so a newly loaded article's language takes over at once.
 */
export class LanguageController implements ReactiveController {
  constructor(
    private readonly host: Host,
    private readonly articleLang: () => string | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  private awaiting?: Promise<Error | undefined>;

  get lang(): string {
    return resolveLang(this.host, this.articleLang());
  }

  /**
   * Whether the element's language can render. If its pack is still on the
   * way, the element keeps its fallback (or skeleton) rather than flash
   * English; it re-renders when the pack arrives, or, if the pack fails,
   * reports it and renders in the next language along the chain.
   */
  get ready(): boolean {
    const ready = languageReady(this.lang);
    if (ready === true) return true;
    if (ready !== this.awaiting) {
      this.awaiting = ready;
      void ready.then((error) => {
        if (error)
          this.host.dispatchEvent(new LedeErrorEvent({ reason: 'language', message: error.message }));
        this.awaiting = undefined;
        this.host.requestUpdate();
      });
    }
    return false;
  }

  /** The direction for `lang`, the value of `this.lang` already read in this render. */
  dirFor(lang: string): Direction | 'auto' {
    return resolveDir(this.host, lang);
  }

  hostConnected(): void {
    watch(this.host);
  }

  hostDisconnected(): void {
    unwatch(this.host);
  }

  /** For tests: how many elements the shared observer is serving. */
  static get watchedCount(): number {
    return hosts.size;
  }
}
