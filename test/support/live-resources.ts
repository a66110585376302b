// What the page holds on to — intervals running, elements observed for
// visibility — counted by wrapping the platform's own functions, so tests see
// what an element leaves behind without any hook in the library. Wrapped at
// import, before a test fakes the clock; a faked clock counts its own timers.

const intervals = new Set<unknown>();
const realSetInterval = globalThis.setInterval;
const realClearInterval = globalThis.clearInterval;
globalThis.setInterval = ((...args: Parameters<typeof setInterval>) => {
  const id = realSetInterval(...args);
  intervals.add(id);
  return id;
}) as typeof setInterval;
globalThis.clearInterval = ((id?: Parameters<typeof clearInterval>[0]) => {
  intervals.delete(id);
  realClearInterval(id);
}) as typeof clearInterval;

/** Intervals set and not cleared. */
export const liveIntervals = (): number => intervals.size;

const observed = new Map<IntersectionObserver, Set<Element>>();
const { observe, unobserve, disconnect } = IntersectionObserver.prototype;
IntersectionObserver.prototype.observe = function (this: IntersectionObserver, target: Element) {
  if (!observed.has(this)) observed.set(this, new Set());
  observed.get(this)!.add(target);
  observe.call(this, target);
};
IntersectionObserver.prototype.unobserve = function (this: IntersectionObserver, target: Element) {
  observed.get(this)?.delete(target);
  unobserve.call(this, target);
};
IntersectionObserver.prototype.disconnect = function (this: IntersectionObserver) {
  observed.delete(this);
  disconnect.call(this);
};

/** Elements some IntersectionObserver is watching. */
export const observedCount = (): number => [...observed.values()].reduce((sum, set) => sum + set.size, 0);
