/** The CDN bundle's entry: registers every element and exposes the API (`LedeWidgets` in the classic script). */
import { languageReady } from './i18n/pack-loader.js';

export * from './define.js';

// The page's own language is known as soon as the script runs: its pack
// starts loading now, not when the first element renders (a card loading
// its story would ask for it only once the story arrived).
void languageReady(document.documentElement.lang);
