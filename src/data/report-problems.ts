/**
 * Tells the developer, once, what the data gate dropped or repaired: the one
 * path every element's problems take. Readers never see these; the element
 * renders what survived. `from` is the element, or for data fetched once and
 * shared between elements, the tag of the element that asked for it. The
 * message names the tag and carries no object: a console that prints objects
 * as text would show the element's minified class name.
 */
const reported = new WeakMap<Element, string>();

export function reportProblems(from: Element | string, problems: readonly string[], where = ''): void {
  if (problems.length === 0) return;
  const message = where + problems.join('; ');
  if (typeof from !== 'string') {
    if (reported.get(from) === message) return;
    reported.set(from, message);
  }
  console.warn(`<${typeof from === 'string' ? from : from.localName}>: ${message}`);
}
