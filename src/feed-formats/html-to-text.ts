import { FOLDABLE_SPACE } from '../data/normalize.js';

/**
 * Feed descriptions and content are often HTML. They become plain text here:
 * parsed into an inert document (no scripts run, no images load, nothing is
 * inserted anywhere), read back as text with entities decoded, and never
 * turned into markup again.
 */
let parser: DOMParser | undefined;

/** Block elements whose end is a break between words. */
const BLOCKS = 'p, div, br, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, tr';

export function htmlToText(html: string): string {
  parser ??= new DOMParser();
  const doc = parser.parseFromString(html, 'text/html');
  doc.querySelectorAll('script, style, template, noscript, iframe, object').forEach((node) => node.remove());
  doc.querySelectorAll(BLOCKS).forEach((node) => node.after(' '));
  return (doc.body.textContent ?? '').replace(FOLDABLE_SPACE, ' ').trim();
}
