/**
 * The only place that decides whether a URL may reach the DOM.
 *
 * Allowed: absolute `http:` and `https:` URLs, and relative URLs (path,
 * query or fragment). Everything else is refused: `javascript:`,
 * `vbscript:`, `data:`, `blob:`, `file:`, any unknown scheme, and
 * protocol-relative `//host` URLs (they silently switch origin). The check is
 * made on the string as the browser's URL parser will see it (tabs and
 * newlines removed, control characters trimmed) and again after undoing
 * HTML-entity and percent encoding, so `java&#x09;script:` or
 * `javascript%3A` cannot sneak through a later decoding step elsewhere.
 */

/** What the URL parser deletes anywhere in the string. */
const TAB_OR_NEWLINE = /[\t\n\r]/g;
const SCHEME = /^[a-z][a-z\d+\-.]*:/i;
/**
 * A scheme other than http(s), or another host: `//host`, `\\host`, `/\host`
 * and `\/host` all mean "another host" (and silently switch origin).
 */
const UNSAFE = /^(?:[\\/]{2}|(?!https?:)[a-z][a-z\d+\-.]*:)/i;

/** Own keys only (no prototype): `&constructor;` is no entity. */
const NAMED_ENTITIES: Record<string, string | null | undefined> = {
  __proto__: null,
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  bsol: '\\',
  period: '.',
  lpar: '(',
  rpar: ')',
  amp: '&',
  nbsp: '\u00a0',
};

function decodeEntities(value: string): string {
  return value.replace(/&(#x[\da-f]+|#\d+|[a-z]+);?/gi, (match, body: string) => {
    if (body[0] === '#') {
      // "0x6A" and "0106" are both numbers to Number().
      const code = Number('0' + body.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? match;
  });
}

/** Decodes each run of escapes on its own: a lone `%` or a broken sequence elsewhere stays as it is. */
function decodePercent(value: string): string {
  return value.replace(/(%[\da-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/**
 * The string as the URL parser sees it: without tabs and newlines, and
 * without leading and trailing C0 controls and spaces. A loop trims, not a
 * regular expression: `[\0- ]+$` backtracks over every run of spaces inside
 * the string, and ("a", 100,000 spaces, "b") then costs seconds.
 */
function clean(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && value.charCodeAt(start) <= 0x20) start++;
  while (end > start && value.charCodeAt(end - 1) <= 0x20) end--;
  return value.slice(start, end).replace(TAB_OR_NEWLINE, '');
}

/**
 * Whether the value is safe, and every form it could take after entity and
 * percent decoding too. Bounded: each round must change the string, and
 * nesting deeper than a few levels is not something a real URL does.
 */
function safeInEveryForm(value: string): boolean {
  for (let round = 0; round < 5; round++) {
    if (UNSAFE.test(value)) return false;
    // Only % and & start anything decoding could change; most URLs have neither.
    if (!/[%&]/.test(value)) break;
    const next = clean(decodePercent(decodeEntities(value)));
    if (next === value) break;
    value = next;
  }
  return true;
}

/** Relative URLs are resolved against it to see that they stay on its origin. */
const BASE = 'https://relative.invalid';

/**
 * Returns the URL if it is safe to put in `href` or `src`, else `undefined`.
 * Absolute URLs come back normalised by the URL parser; relative ones come
 * back as written (minus what the parser would ignore), to be resolved by the
 * page they end up in.
 */
export function safeUrl(value: unknown): string | undefined {
  return safeUrlFrom(value);
}

/**
 * `safeUrl`, for a URL read from a document fetched from `from`: a relative
 * URL is resolved against it, as a browser resolves the links in a page, so
 * that it leads to the same place wherever it is shown.
 */
export function safeUrlFrom(value: unknown, from?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const cleaned = clean(value);
  if (cleaned === '' || !safeInEveryForm(cleaned)) return undefined;
  try {
    const absolute = SCHEME.test(cleaned);
    // No base for an absolute URL: it would be parsed for nothing, for every link of every story.
    const url = new URL(cleaned, absolute ? undefined : BASE);
    // An absolute URL needs a host; a relative one must stay on its base's origin.
    if (absolute) return url.host ? url.href : undefined;
    return url.origin !== BASE ? undefined : from ? new URL(cleaned, from).href : cleaned;
  } catch {
    return undefined;
  }
}

/**
 * Filters a `srcset` down to candidates with safe URLs, following the HTML
 * parsing rules closely enough for real-world values: a candidate is a URL
 * (a run of non-space characters) and optional descriptors up to a comma.
 */
export function safeSrcset(value: unknown): string | undefined {
  return safeSrcsetFrom(value);
}

/** `safeSrcset`, each relative URL resolved against `from` (see `safeUrlFrom`). */
export function safeSrcsetFrom(value: unknown, from?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const candidates: string[] = [];
  let rest = value;
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '');
    if (rest === '') break;
    const urlMatch = /^\S+/.exec(rest)!;
    let url = urlMatch[0];
    rest = rest.slice(url.length);
    let descriptor = '';
    if (url.endsWith(',')) {
      // A loop, not /,+$/: that pattern is quadratic on a long run of commas inside the URL.
      let end = url.length;
      while (end > 0 && url[end - 1] === ',') end--;
      url = url.slice(0, end);
    } else {
      const end = rest.indexOf(',');
      descriptor = (end === -1 ? rest : rest.slice(0, end)).trim();
      rest = end === -1 ? '' : rest.slice(end + 1);
    }
    const safe = safeUrlFrom(url, from);
    if (safe && /^(\d+w|\d+(\.\d+)?x)?$/.test(descriptor)) {
      candidates.push(descriptor ? `${safe} ${descriptor}` : safe);
    }
  }
  return candidates.length > 0 ? candidates.join(', ') : undefined;
}
