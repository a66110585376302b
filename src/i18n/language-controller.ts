import type { ReactiveControllerHost } from 'lit';
import { LedeErrorEvent } from '../events/lede-events.js';
import { resolveDir, resolveLang, type Direction } from './language.js';
import { languageReady } from './pack-loader.js';
import { pageUpdates } from './page-updates.js';
import { onRunTimeStrings } from './registry.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * When any `lang` or `dir` attribute in the document changes, or strings are
 * registered at run time (`registerTranslation`), every connected element re-renders.
 */
const watch = pageUpdates((updateAll) => {
  const observer = new MutationObserver(updateAll);
  observer.observe(document, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  const stopListening = onRunTimeStrings(updateAll);
  return () => {
    observer.disconnect();
    stopListening();
  };
});

/**
 * Gives an element its language and direction (see `language.ts` for the
 * rules) and re-renders it when they change. `articleLang` is read at every
 * render, so a newly loaded article's language takes over at once.
 */
export class LanguageController {
  readonly #host: Host;
  readonly #articleLang: () => string | undefined;
  #awaiting?: Promise<Error | undefined>;

  constructor(host: Host, articleLang: () => string | undefined = () => undefined) {
    this.#host = host;
    this.#articleLang = articleLang;
    watch(host);
  }

  get lang(): string {
    return resolveLang(this.#host, this.#articleLang());
  }

  /**
   * Whether the UI strings and formats of the element's language are here:
   * its pack has arrived (or English, built in), or it has failed and the
   * next language along the chain is here. If the pack is still on the way,
   * this starts loading it, and the element re-renders when it arrives; if
   * it fails, the element fires `lede-error` (`reason: 'language'`) and
   * renders in the next language along the chain.
   */
  get ready(): boolean {
    const ready = languageReady(this.lang);
    if (ready === true) return true;
    // Once settled, a load is never the answer again: its pack has arrived or failed.
    if (ready !== this.#awaiting) {
      this.#awaiting = ready;
      void ready.then((error) => {
        if (error)
          this.#host.dispatchEvent(new LedeErrorEvent({ reason: 'language', message: error.message }));
        this.#host.requestUpdate();
      });
    }
    return false;
  }

  /** The direction for `lang`, the value of `this.lang` already read in this render. */
  dirFor(lang: string): Direction | 'auto' {
    return resolveDir(this.#host, lang);
  }
}
