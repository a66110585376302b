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

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:']);

/** What the URL parser deletes anywhere in the string. */
const TAB_OR_NEWLINE = /[\t\n\r]/g;
const SCHEME = /^([a-z][a-z\d+\-.]*):/i;
/** `//host`, `\\host`, `/\host` and `\/host` all mean "another host". */
const PROTOCOL_RELATIVE = /^[\\/]{2}/;

const NAMED_ENTITIES: Partial<Record<string, string>> = {
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
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    const name = body.toLowerCase();
    // Own keys only: `&constructor;` is no entity.
    return (Object.hasOwn(NAMED_ENTITIES, name) && NAMED_ENTITIES[name]) || match;
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
 * Without leading and trailing C0 controls and spaces, as the URL parser
 * ignores them. A loop, not a regular expression: `[\0- ]+$` backtracks over
 * every run of spaces inside the string, and ("a", 100,000 spaces, "b")
 * then costs seconds.
 */
function trimControls(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && value.charCodeAt(start) <= 0x20) start++;
  while (end > start && value.charCodeAt(end - 1) <= 0x20) end--;
  return value.slice(start, end);
}

/** The string as the URL parser sees it. */
function clean(value: string): string {
  return trimControls(value).replace(TAB_OR_NEWLINE, '');
}

function isSafeForm(value: string): boolean {
  if (PROTOCOL_RELATIVE.test(value)) return false;
  const scheme = SCHEME.exec(value);
  return !scheme || ALLOWED_PROTOCOLS.has(scheme[1].toLowerCase() + ':');
}

/** Every form the value could take after entity and percent decoding. */
function decodedForms(value: string): string[] {
  const forms = [value];
  let current = value;
  // Bounded: each round must change the string, and nesting deeper than a
  // few levels is not something a real URL does.
  for (let round = 0; round < 4; round++) {
    const next = clean(decodePercent(decodeEntities(current)));
    if (next === current) break;
    forms.push(next);
    current = next;
  }
  return forms;
}

/**
 * Returns the URL if it is safe to put in `href` or `src`, else `undefined`.
 * Absolute URLs come back normalised by the URL parser; relative ones come
 * back as written (minus what the parser would ignore), to be resolved by the
 * page they end up in.
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const cleaned = clean(value);
  if (cleaned === '') return undefined;
  // Only % and & start anything decoding could change; most URLs have
  // neither, and then the URL itself is its only form.
  const decodable = /[%&]/.test(cleaned);
  if (!(decodable ? decodedForms(cleaned) : [cleaned]).every(isSafeForm)) return undefined;

  if (SCHEME.test(cleaned)) {
    try {
      const url = new URL(cleaned);
      return ALLOWED_PROTOCOLS.has(url.protocol) && url.host !== '' ? url.href : undefined;
    } catch {
      return undefined;
    }
  }
  // A relative URL must still resolve to the same origin as its base.
  try {
    const base = 'https://relative.invalid/';
    return new URL(cleaned, base).origin === 'https://relative.invalid' ? cleaned : undefined;
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
    const safe = safeUrl(url);
    if (safe && /^(\d+w|\d+(\.\d+)?x)?$/.test(descriptor)) {
      candidates.push(descriptor ? `${safe} ${descriptor}` : safe);
    }
  }
  return candidates.length > 0 ? candidates.join(', ') : undefined;
}
