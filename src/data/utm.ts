/** Partner campaign parameters for a story's link. */
export interface Utm {
  source?: string;
  medium?: string;
  campaign?: string;
}

/** A URL's path, its query (after the first `?`, up to any `#`) and its fragment, as written. */
const URL_PARTS = /^([^?#]*)(?:\?([^#]*))?(.*)$/s;

/**
 * Adds `utm_source`, `utm_medium` and `utm_campaign` to a URL. The rest of
 * the URL stays exactly as written — other parameters, their encoding, the
 * fragment, relative paths — and so does a UTM parameter the URL already
 * carries: the newsroom's own tagging is not overwritten.
 */
export function withUtm(url: string, utm: Utm): string {
  // Most cards have no partner tagging: nothing to parse.
  if (!utm.source && !utm.medium && !utm.campaign) return url;
  const [, path, query = '', hash] = URL_PARTS.exec(url)!;
  const existing = new URLSearchParams(query);
  const added = new URLSearchParams();
  for (const [key, value] of Object.entries(utm)) {
    const text = typeof value === 'string' && value.trim();
    if (text && !existing.has(`utm_${key}`)) added.append(`utm_${key}`, text);
  }
  // Joined to a query that has parameters with `&`, unless it ends with one.
  return added.size === 0 ? url : `${path}?${query.replace(/[^&]$/, '$&&')}${added}${hash}`;
}
