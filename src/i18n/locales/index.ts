import type { Translation } from '../strings.js';
import en from './en.js';

/**
 * Every translation this page has, by language tag: English built in, the
 * rest added by their packs as they register (src/i18n/packs.ts). Each
 * language's strings are written in `<tag>.json` beside this file.
 */
export const translations: Record<string, Translation> = { en };
