// Serves /test-csp/page.html under a strict Content-Security-Policy with
// Trusted Types enforced: only same-origin scripts, styles and images, no
// inline script, no eval, and only the lit-html and lede-widgets policies.
// Used by test/browser/csp.test.ts with the CDN build.
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html lede-widgets',
].join('; ');

export function cspPage(context, next) {
  if (context.path !== '/test-csp/page.html') return next();
  context.set('Content-Security-Policy', CSP);
  context.type = 'text/html';
  context.body = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module" src="/dist/cdn/lede-widgets.js"></script></head><body>
<lede-article-card id="card" headline="Works under a strict CSP" href="/story" image-src="/test-assets/photo.svg" image-alt="Hills" sources="AP"></lede-article-card>
<lede-photo id="photo" src="/test-assets/photo.svg" alt="Hills" caption="A caption" ratio="4:3"></lede-photo>
<lede-feed id="feed" src="/test-api/serve?file=feeds/rss.xml"></lede-feed>
<lede-breaking-banner id="banner" headline="Banner under CSP"></lede-breaking-banner>
<lede-source-credit id="credit" lang="fa" sources="Reuters, TASS"></lede-source-credit>
</body></html>`;
}
