/**
 * Tells the developer, once, what the data gate dropped or repaired for an
 * element. Readers never see these; the element renders what survived.
 */
const reported = new WeakMap<Element, string>();

export function reportProblems(element: Element, problems: readonly string[]): void {
  if (problems.length === 0) return;
  const message = problems.join('; ');
  if (reported.get(element) === message) return;
  reported.set(element, message);
  // In a browser the element itself is logged too, to be clicked on; a server log gets the text.
  if (typeof window === 'undefined') console.warn(`<${element.localName}>: ${message}`);
  else console.warn(`<${element.localName}>: ${message}`, element);
}
