/** One size of an image, as a feed or JSON-LD gives it: its URL, and its width and height if known. */
export interface ImageVariant {
  src?: unknown;
  width?: unknown;
  height?: unknown;
}

/**
 * An image given in several sizes (a schema.org `image` array of
 * ImageObjects, RSS `media:content` variants) as the first one plus a
 * `srcset` of every variant with a width and the first one's shape. Variants
 * of another shape (Google's 1:1, 4:3 and 16:9 crops) are left out: the
 * browser would pick among them by width alone and show the wrong crop.
 * The result is raw data: `normalizeArticle` still checks every URL.
 */
export function withSrcset<T extends ImageVariant>(
  first: T,
  variants: ImageVariant[],
): T & { srcset?: string } {
  const ratio = Number(first.width) / Number(first.height);
  const sized = variants.filter(({ src, width, height }) => {
    const shape = Number(width) / Number(height);
    return (
      typeof src === 'string' &&
      !/\s/.test(src) &&
      Number(width) > 0 &&
      !(Math.abs(shape - ratio) > 0.02 * ratio)
    );
  });
  const widths = new Set(sized.map(({ width }) => Number(width)));
  return widths.size > 1
    ? { ...first, srcset: sized.map(({ src, width }) => `${src as string} ${Number(width)}w`).join(', ') }
    : first;
}
