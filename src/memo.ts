/** A `Map` or a `WeakMap`. */
interface Cache<K, V> {
  has(key: K): boolean;
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/** The value `cache` holds for `key`, made by `make` (and kept) the first time it is asked for. */
export function memo<K, V>(cache: Cache<K, V>, key: K, make: () => V): V {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key)!;
}

/** How many entries `keepRecent` keeps: per URL, enough for any page, and bounded on one that shows many feeds over a long day. */
const MAX_RECENT = 100;

/** Sets `key` as the newest entry of `cache`, dropping the oldest beyond `MAX_RECENT`. */
export function keepRecent<K, V>(cache: Map<K, V>, key: K, value: V): void {
  cache.delete(key);
  cache.set(key, value);
  if (cache.size > MAX_RECENT) cache.delete(cache.keys().next().value!);
}
