import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveDir, resolveLang, type Direction } from './language.js';

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

  get lang(): string {
    return resolveLang(this.host, this.articleLang());
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
