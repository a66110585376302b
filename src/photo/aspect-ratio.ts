/** `16:9`, `16/9`, `16 / 9` or `1.5`: a width and an optional height. */
const RATIO = /^\s*(\d+(?:\.\d+)?)\s*(?:[:/]\s*(\d+(?:\.\d+)?)\s*)?$/;

/**
 * The frame's shape, as CSS `aspect-ratio`: the explicit `ratio`, else the
 * image's own dimensions, else 16:9. A ratio that is not two positive
 * numbers (zero, negative, text) is ignored.
 */
export function aspectRatio(ratio: string | null | undefined, width?: number, height?: number): string {
  const [, ratioWidth, ratioHeight = 1] = RATIO.exec(ratio ?? '') ?? [];
  const [x, y] =
    Number(ratioWidth) > 0 && Number(ratioHeight) > 0
      ? [ratioWidth, ratioHeight]
      : width && height
        ? [width, height]
        : [16, 9];
  return `${x} / ${y}`;
}
