import { memo } from '../memo.js';
import { PACK_TAGS, RTL_SCRIPTS, RTL_TAGS } from './pack-tags.js';

/**
 * Which language an element speaks and which way its text runs.
 *
 * The language is the article's `lang`, else the nearest `lang` attribute on
 * the element or its ancestors — crossing shadow-root boundaries, so an
 * element inside another component still finds the page's language — else
 * the document's, else English.
 */

export type Direction = 'ltr' | 'rtl';

const directionCache = new Map<string, Direction>();

/** The nearest non-empty `lang` attribute at or above `element`, across shadow roots. */
export function inheritedLang(element: Element): string | undefined {
  // Server rendering has no document tree: only the element's own attribute counts.
  if (typeof element.closest !== 'function') return element.getAttribute('lang') || undefined;
  let node: Element | undefined = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]:not([lang=""])');
    if (withLang) return withLang.getAttribute('lang')!;
    // A shadow root's host; a document or a detached tree has none.
    node = (node.getRootNode() as ShadowRoot).host;
  }
  return undefined;
}

/** Canonicalising costs more than the rest of a render's language work; pages use few tags. */
const canonicalCache = new Map<string, string | undefined>();

/**
 * CLDR's aliases for Dari and Montenegrin, with the region each implies.
 * WebKitGTK's older ICU lacks them: there `prs` and `cnr` stay as written,
 * with no likely script (so no direction) and no data.
 */
const ALIASES: Record<string, [language: string, region: string]> = { prs: ['fa', 'AF'], cnr: ['sr', 'ME'] };

/** Canonical form of a tag (`FA_af` gives `fa-AF`, `prs` gives `fa-AF`), or `undefined` if it is not a valid BCP 47 tag. */
export function canonicalLang(lang: string | undefined | null): string | undefined {
  return lang
    ? memo(canonicalCache, lang, () => {
        try {
          const tag = Intl.getCanonicalLocales(lang.trim().replace(/_/g, '-'))[0];
          const locale = new Intl.Locale(tag);
          const alias = ALIASES[locale.language];
          return alias
            ? new Intl.Locale(tag, { language: alias[0], region: locale.region ?? alias[1] }).toString()
            : tag;
        } catch {
          return undefined;
        }
      })
    : undefined;
}

export function resolveLang(element: Element, articleLang?: string): string {
  return (
    canonicalLang(articleLang) ??
    canonicalLang(inheritedLang(element)) ??
    canonicalLang(element.ownerDocument?.documentElement.lang) ??
    'en'
  );
}

/**
 * The direction a language is written in: `fa`, `fa-AF`, `ps`, `ur`, `ar`
 * are right to left; `az-Arab` is too, `az` is not. The newsroom's languages
 * (English, and those with a pack), alone or with a region (`en-US`,
 * `ru-RU`, `en-001`), are known from the build (`RTL_TAGS`, which also lists the
 * regions that change the script: `uz-AF`, Uzbek in Afghanistan, is in
 * Arabic script). Any other tag's comes from its likely script, which costs
 * the browser its likely-subtags data the first time (about 8 ms, before any
 * date is formatted). `lang` is a valid tag (`resolveLang` gives only
 * those), so `Intl.Locale` takes it.
 */
export function directionOf(lang: string): Direction {
  return memo(directionCache, lang, () => {
    const tag = canonicalLang(lang)!;
    // The tag without its region, if it ends in one (three digits, an area of the world, or two letters):
    // `uz-AF` gives `uz`, `sr-Cyrl-RS` gives `sr-Cyrl`, `en-001` gives `en`.
    const language = tag.replace(/-(\d{3}|[A-Z]{2})$/, '');
    const rtl =
      language === 'en' || PACK_TAGS.has(language)
        ? RTL_TAGS.has(tag) || RTL_TAGS.has(language)
        : RTL_SCRIPTS.test(new Intl.Locale(tag).maximize().script!);
    return rtl ? 'rtl' : 'ltr';
  });
}

/** An explicit `dir` on the element wins; `auto` is left to the browser. */
export function resolveDir(element: Element, lang: string): Direction | 'auto' {
  const dir = element.getAttribute('dir')?.trim().toLowerCase();
  return /^(ltr|rtl|auto)$/.test(dir!) ? (dir as Direction | 'auto') : directionOf(lang);
}
