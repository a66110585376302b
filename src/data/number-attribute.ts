/**
 * Numbers from attributes that drive timers and limits (`refresh-interval`,
 * `timeout`, `rotate-interval`, `max-bytes`). Lit's Number
 * converter turns "1m" into NaN and "Infinity" into Infinity, and a timer
 * given either fires at once, forever. So a value that is not a number
 * inside its range gives the default, one below the floor gives the floor,
 * and either way the developer is told, once per element and value.
 */
export interface NumberRange {
  /** Used when the value is missing, not a number, not above 0 or above `max`. */
  fallback: number;
  /** The least a valid value may be; smaller ones are raised to it. */
  floor?: number;
  max: number;
}

/** What was said already, per tag: once is enough. */
const warned = new Set<string>();

export function numberAttribute(
  element: Element,
  name: string,
  value: unknown,
  { fallback, floor = 0, max }: NumberRange,
): number {
  if (value === undefined || value === null) return fallback;
  const number = Number(value);
  const result = number > 0 && number <= max ? Math.max(number, floor) : fallback;
  if (result !== number) {
    // As the partner wrote it: Lit has made "1m" NaN by now.
    const warning = `<${element.localName}>: ${name}="${element.getAttribute(name) ?? value}" is out of range; using ${result}`;
    if (!warned.has(warning)) {
      warned.add(warning);
      console.warn(warning);
    }
  }
  return result;
}
