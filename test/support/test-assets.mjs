// Server-side helpers for the browser tests, mounted under /test-assets/ by
// web-test-runner.config.mjs: images that arrive slowly, break, or never come.

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A deterministic landscape: sky, sun and hills; no text, so it renders the same everywhere. */
function landscapeSvg(width, height) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 160 90">
  <rect width="160" height="90" fill="#7fb2e5"/>
  <circle cx="120" cy="28" r="12" fill="#f6d36b"/>
  <path d="M0 70 Q40 45 80 65 T160 60 V90 H0Z" fill="#3f7d4e"/>
  <path d="M0 80 Q50 62 100 78 T160 75 V90 H0Z" fill="#2c5e39"/>
</svg>`;
}

export async function testAssets(context, next) {
  if (!context.path.startsWith('/test-assets/')) return next();
  const query = context.query;
  // Bounded: no test needs more than a few seconds of delay.
  const delay = Math.min(Number(query.delay ?? 0), 5000);
  if (delay > 0) await sleep(delay);

  const name = context.path.slice('/test-assets/'.length);
  context.set('Cache-Control', 'no-store');
  if (name === 'photo.svg') {
    const width = Number(query.w ?? 1600);
    const height = Number(query.h ?? 900);
    context.type = 'image/svg+xml';
    context.body = landscapeSvg(width, height);
    return;
  }
  if (name === 'broken.jpg') {
    // An image response whose bytes are not an image: the browser fires `error`.
    context.type = 'image/jpeg';
    context.body = 'these bytes are not a JPEG';
    return;
  }
  context.status = 404;
  context.body = 'not found';
}
