import type { Translation } from '../strings.js';
import en from './en.js';
import fa from './fa.js';
import ka from './ka.js';
import ps from './ps.js';
import ru from './ru.js';
import uk from './uk.js';

/**
 * Every shipped translation, by language subtag. To add a language, add its
 * file beside this one and one line here; a test fails if a file in this
 * folder is not listed.
 */
export const translations: Readonly<Record<string, Translation>> = { en, fa, ka, ps, ru, uk };
