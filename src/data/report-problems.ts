/**
 * Tells the developer, once, what the data gate dropped or repaired: the one
 * path every element's problems take. Readers never see these; the element
 * renders what survived. `from` is the element, or for data fetched once and
 * shared between elements, the tag of the element that asked for it.
 */
const reported = new WeakMap<Element, string>();

export function reportProblems(from: Element | string, problems: readonly string[], where = ''): void {
  if (problems.length === 0) return;
  const message = where + problems.join('; ');
  if (typeof from === 'string') return console.warn(`<${from}>: ${message}`);
  if (reported.get(from) === message) return;
  reported.set(from, message);
  // In a browser the element itself is logged too, to be clicked on; a server log gets the text.
  console.warn(`<${from.localName}>: ${message}`, ...(typeof window === 'undefined' ? [] : [from]));
}
