/** A width-to-height pair, both positive and finite. */
export type Ratio = readonly [width: number, height: number];

export const DEFAULT_RATIO: Ratio = [16, 9];

/**
 * Reads `16:9`, `16/9`, `16 / 9` or `1.5`. Anything else — zero, negative,
 * text — is `undefined`, so the caller can fall back.
 */
export function parseRatio(value: string | null | undefined): Ratio | undefined {
  if (!value) return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:[:/]\s*(\d+(?:\.\d+)?)\s*)?$/.exec(value);
  if (!match) return undefined;
  const width = Number(match[1]);
  const height = match[2] === undefined ? 1 : Number(match[2]);
  return width > 0 && height > 0 ? [width, height] : undefined;
}

/** The explicit ratio, else the image's own dimensions, else 16:9. */
export function resolveRatio(ratio: string | null | undefined, width?: number, height?: number): Ratio {
  return parseRatio(ratio) ?? (width && height ? [width, height] : DEFAULT_RATIO);
}
