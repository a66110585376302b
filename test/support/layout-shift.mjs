// Layout shift measured from geometry, in every browser (Chromium alone has
// `layout-shift` entries). Used in the page itself by the partner test page's
// recorder (partner-page.mjs, as the source of this function) and from the
// test page, on a page in a frame, by the demo test.

/**
 * A sampler for one page: call the function it returns once a frame with
 * the page's document; it returns that frame's score, as the Layout
 * Instability spec defines it: every element of the page's light DOM whose
 * top-left corner moved both in the viewport and in the document (so
 * scrolling, and scroll anchoring, are not shifts) since the frame before is
 * unstable if its old or new box is in the viewport; the frame's score is
 * the viewport fraction covered by the unstable elements' old and new boxes,
 * times the largest move over the viewport's larger side (at most 1).
 * Boxes and moves are taken net of the frame's scroll, as the spec takes
 * them: a frame in which the page both scrolls 550 px and shifts 2 px
 * (WebKit, which draws fewer frames, can sample both at once) shifted 2 px.
 * Elements inside the widgets' shadow roots are not sampled: their hosts
 * are. Every box counts, even one that paints nothing, where Chromium counts
 * only boxes with visible content: the sum is an upper bound of Chromium's.
 *
 * It uses nothing from outside its body, so that its source can be put in a page.
 */
export function layoutShiftSampler() {
  const CELL = 4;
  let sampledDocument;
  let previous = new Map();

  function frameScore(moved, width, height) {
    const columns = Math.ceil(width / CELL);
    const cells = new Uint8Array(columns * Math.ceil(height / CELL));
    let distance = 0;
    for (const [before, now, move] of moved) {
      distance = Math.max(distance, move);
      for (const box of [before, now]) {
        const left = Math.max(0, Math.floor(box.x / CELL));
        const right = Math.min(columns, Math.ceil((box.x + box.w) / CELL));
        const top = Math.max(0, Math.floor(box.y / CELL));
        const bottom = Math.min(cells.length / columns, Math.ceil((box.y + box.h) / CELL));
        for (let row = top; row < bottom; row++)
          cells.fill(1, row * columns + left, row * columns + Math.max(left, right));
      }
    }
    const covered = cells.reduce((sum, cell) => sum + cell, 0) / cells.length;
    return covered * Math.min(1, distance / Math.max(width, height));
  }

  return function sample(document) {
    // A new document (a frame that navigated) has no frame before it.
    if (document !== sampledDocument) previous = new Map();
    sampledDocument = document;
    const { scrollX, scrollY } = document.defaultView;
    const width = document.documentElement.clientWidth;
    const height = document.documentElement.clientHeight;
    const current = new Map();
    for (const element of document.body ? document.body.querySelectorAll('*') : []) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      current.set(element, {
        x: box.left,
        y: box.top,
        w: box.width,
        h: box.height,
        sx: scrollX,
        sy: scrollY,
      });
    }
    const moved = [];
    for (const [element, now] of current) {
      const before = previous.get(element);
      if (!before) continue;
      const inViewport = Math.max(Math.abs(now.x - before.x), Math.abs(now.y - before.y));
      const inDocument = Math.max(
        Math.abs(now.x + now.sx - before.x - before.sx),
        Math.abs(now.y + now.sy - before.y - before.sy),
      );
      // Where the old box would be after the frame's scroll alone: the shift is what remains.
      const scrolled = { ...before, x: before.x - (now.sx - before.sx), y: before.y - (now.sy - before.sy) };
      const seen = [scrolled, now].some(
        (box) => box.x < width && box.y < height && box.x + box.w > 0 && box.y + box.h > 0,
      );
      if (seen && inViewport > 0.5 && inDocument > 0.5) moved.push([scrolled, now, inDocument]);
    }
    previous = current;
    return moved.length > 0 ? frameScore(moved, width, height) : 0;
  };
}
