/** A geometric layout-shift sampler for one page: call it once a frame with the page's document for that frame's score. */
export function layoutShiftSampler(): (document: Document) => number;
