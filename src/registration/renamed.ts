/** Old names already warned about, per tag: once per page is enough. */
const warned = new Set<string>();

/**
 * The value of a renamed property: the new name's, else the old name's,
 * which keeps working until 1.0 with a one-time console warning.
 */
export function renamed<T>(element: Element, newValue: T, oldValue: T, oldName: string, newName: string): T {
  if (oldValue === undefined || oldValue === null) return newValue;
  const key = `${element.localName} ${oldName}`;
  if (!warned.has(key)) {
    warned.add(key);
    console.warn(
      `<${element.localName}>: "${oldName}" is deprecated, use "${newName}"; the old name goes in 1.0`,
    );
  }
  return newValue ?? oldValue;
}
