/**
 * The median of the values given (`undefined` ones left out), or `undefined`
 * when none is given; of an even count, the mean of the middle two. Used by
 * `npm run bench` and `npm run partner`.
 */
export function median(values) {
  const sorted = values.filter((value) => value !== undefined).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
