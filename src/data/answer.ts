/**
 * What a `src` answered, as the loader hands it on and its readers (the feed
 * parser, the elements) take it: the body's text and media type, the error
 * an element reports for it, and the media types no reader takes. Shared
 * by transport and formats, and owned by neither: the feed parser reads an
 * answer without knowing how it was fetched.
 */
import type { LedeErrorDetail, LedeErrorReason } from '../events/lede-events.js';

/** A failed load, or an answer that holds nothing the element can use, with what the element reports in `lede-error`. */
export class LoadError extends Error {
  readonly detail: LedeErrorDetail;

  constructor(reason: LedeErrorReason, message: string, url: string, status?: number) {
    super(message);
    this.detail = { reason, message, url, status };
  }
}

export interface Loaded {
  /** The absolute URL the answer came from (after redirects): relative URLs in it resolve against this. */
  url: string;
  text: string;
  contentType: string;
}

/**
 * Media types that are certainly not text data (an image, a PDF), whatever
 * the body says. Any other answer is judged by its body: servers mislabel
 * JSON and feeds as text/plain or text/html.
 */
export const BINARY_TYPE = /^(image|audio|video|font)\/|^application\/(octet-stream|pdf|zip)/i;

/** The answer's media type, lower-case, without parameters: `text/html`. */
export function mediaType(loaded: Loaded): string {
  return loaded.contentType.split(';')[0].trim().toLowerCase();
}
