/** Partner campaign parameters for a story's link. */
export interface Utm {
  source?: string;
  medium?: string;
  campaign?: string;
}

/**
 * Adds `utm_source`, `utm_medium` and `utm_campaign` to a URL. The rest of
 * the URL stays exactly as written — other parameters, their encoding, the
 * fragment, relative paths — and so does a UTM parameter the URL already
 * carries: the newsroom's own tagging is not overwritten.
 */
export function withUtm(url: string, utm: Utm): string {
  // Most cards have no partner tagging: nothing to parse.
  if (!utm.source && !utm.medium && !utm.campaign) return url;
  const hashAt = url.indexOf('#');
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const query = queryAt === -1 ? '' : beforeHash.slice(queryAt + 1);
  const existing = new URLSearchParams(query);
  const added = new URLSearchParams();
  for (const [key, value] of Object.entries(utm)) {
    const text = typeof value === 'string' ? value.trim() : '';
    if (text !== '' && !existing.has(`utm_${key}`)) added.append(`utm_${key}`, text);
  }
  if (added.size === 0) return url;
  const path = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  return `${path}?${query}${query === '' || query.endsWith('&') ? '' : '&'}${added}${hash}`;
}
