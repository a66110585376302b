import { FOLDABLE_SPACE } from '../data/normalize.js';
import { parseInert } from './inert-document.js';

/**
 * Feed descriptions and content are often HTML. They become plain text here:
 * parsed into an inert document (no scripts run, no images load, nothing is
 * inserted anywhere), read back as text with entities decoded, and never
 * turned into markup again.
 */
/** Block elements whose end is a break between words. */
const BLOCKS = 'p, div, br, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, tr';

export function htmlToText(html: string): string {
  // Handlers never run in an inert document, but a page's CSP still reports
  // them as violations while parsing; only the text matters here.
  const doc = parseInert(html.replace(/\son[a-z]+\s*=/gi, ' data-removed='), 'text/html');
  doc.querySelectorAll('script, style, template, noscript, iframe, object').forEach((node) => node.remove());
  doc.querySelectorAll(BLOCKS).forEach((node) => node.after(' '));
  return doc.body.textContent!.replace(FOLDABLE_SPACE, ' ').trim();
}
