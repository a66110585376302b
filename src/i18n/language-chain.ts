import { canonicalLang } from './language.js';
import { memo } from '../memo.js';

/**
 * The languages to try for a tag, most specific first, always ending in
 * English: `fa-AF` gives `fa-AF`, `fa`, `en`. Dari tagged `prs` reads Persian.
 */
export function fallbackChain(lang: string): string[] {
  const chain: string[] = [];
  const parts = lang.split('-');
  for (let length = parts.length; length > 0; length--) {
    chain.push(parts.slice(0, length).join('-'));
  }
  if (parts[0] === 'prs') chain.push('fa');
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
  return memo(chains, lang, () => {
    const chain = new Set<string>();
    for (const tag of fallbackChain(canonicalLang(lang) ?? 'en')) {
      for (const next of [tag, ...(THEN[tag] ? fallbackChain(THEN[tag]) : [])]) {
        if (next !== 'en') chain.add(next);
      }
    }
    return [...chain, 'en'];
  });
}
