/**
 * How long an HTTP answer asks not to be asked again: the server's hold. The
 * loader reads it from each answer and keeps it per URL; a poll never asks
 * before it has run out (poll-schedule.ts). It is what HTTP says, not a poll
 * policy, so the loader takes it from here and knows nothing of polling.
 */

/** The headers an answer's hold is read from (a `Headers` object fits). */
interface HeaderSource {
  get(name: string): string | null;
}

/**
 * Milliseconds the server asked not to be asked again: `Retry-After` on
 * 429 and 503, else the freshness left (`max-age` minus `Age`, else
 * `Expires`). 0 when it said nothing. (`Date` is not readable cross-origin,
 * so dates are taken against the local clock.)
 */
export function holdOf(status: number, headers: HeaderSource, now = Date.now()): number {
  const retry = status == 429 || status == 503 ? headers.get('Retry-After') : null;
  const maxAge = /(?:^|[,\s])max-age=(\d+)/.exec(headers.get('Cache-Control')!);
  const hold = retry
    ? /^\d+$/.test(retry)
      ? +retry * 1000
      : Date.parse(retry) - now
    : status > 299
      ? 0
      : maxAge
        ? (+maxAge[1] - (+headers.get('Age')! || 0)) * 1000
        : Date.parse(headers.get('Expires')!) - now;
  return hold > 0 ? hold : 0;
}
