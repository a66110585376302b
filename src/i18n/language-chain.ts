import { canonicalLang } from './language.js';
import { memo } from '../memo.js';

/**
 * The languages to try for a canonical tag, most specific first, always
 * ending in English: `fa-AF` gives `fa-AF`, `fa`, `en`. (Dari tagged `prs`
 * is `fa-AF` once canonical, so it reads Persian after its own.)
 */
export function fallbackChain(lang: string): string[] {
  const chain: string[] = [];
  // Each tag, then the tag without its last subtag, down to the language.
  for (let tag = lang; tag; tag = tag.replace(/-?[^-]*$/, '')) chain.push(tag);
  chain.push('en');
  return chain;
}

/**
 * Where a language goes after its own tags. CLDR has nothing for Avar or
 * Crimean Tatar: Avar readers read Russian, Crimean Tatar is closest to
 * Turkish. `sr` alone is Cyrillic; `sr-ME` is what Montenegrin (`cnr`)
 * canonicalises to.
 */
const THEN: Record<string, string> = { av: 'ru', crh: 'tr', sr: 'sr-Cyrl', 'sr-ME': 'cnr' };

const chains = new Map<string, string[]>();

/** The tags to try for `lang`, most specific first, ending in English: `sr-Latn-RS`, `sr-Latn`, `sr`, `sr-Cyrl`, `en`. */
export function languageChain(lang: string): string[] {
  return memo(chains, lang, () => [
    ...new Set(
      fallbackChain(canonicalLang(lang) ?? 'en')
        .flatMap((tag) => (THEN[tag] ? [tag, ...fallbackChain(THEN[tag])] : tag))
        .filter((tag) => tag !== 'en'),
    ),
    'en',
  ]);
}
