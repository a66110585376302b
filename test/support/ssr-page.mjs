// Serves /test-ssr/page.html: a page server-rendered with @lit-labs/ssr from
// the npm build, that hydrates when its module script runs. Used by
// test/browser/ssr-hydration.test.ts.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

let defined;

export async function ssrPage(context, next) {
  if (context.path !== '/test-ssr/page.html') return next();
  // The languages it renders registered up front, as on the client (ssr-hydrate.js).
  defined ??= Promise.all([import('../../dist/define.js'), import('../../dist/locales/fa.js')]);
  await defined;
  const body = await collectResult(
    render(html`
      <lede-article-card
        id="card"
        headline="Lake ferry returns"
        href="/ferry"
        kicker="World"
        published="2020-03-21T09:30:00Z"
      ></lede-article-card>
      <lede-source-credit id="credit" lang="fa" sources="Reuters, TASS"></lede-source-credit>
      <lede-breaking-banner id="banner" headline="Power back" href="/power"></lede-breaking-banner>
      <lede-photo id="photo" src="/demo/assets/valley.svg" alt="A valley" ratio="3:2"></lede-photo>
      <lede-article-card
        id="fa-card"
        lang="fa"
        headline="کشتی دریاچه برگشت"
        href="/fa/ferry"
        image-src="/demo/assets/harbour.svg"
        image-alt="بندر"
        sources="Reuters, TASS"
      ></lede-article-card>
    `),
  );
  context.type = 'text/html';
  context.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>
${body}
<script>
  // Runs before any module: what the reader sees with the server's HTML alone.
  window.beforeScripts = {};
  const textOf = (root) => root.textContent.replace(/\\s+/g, ' ').trim();
  const rootOf = (id) => document.getElementById(id).shadowRoot;
  for (const id of ['card', 'credit', 'banner', 'photo', 'fa-card']) {
    const root = rootOf(id);
    window.beforeScripts[id] = { text: root ? textOf(root) : null, node: root && root.querySelector('[part~="base"]') };
  }
  // The photos, nested in a card or not, as a reader sees them: images at full opacity, in the card's language.
  const loneImage = rootOf('photo').querySelector('img');
  const faPhoto = rootOf('fa-card').querySelector('lede-photo').shadowRoot;
  window.beforeScripts.opacity = [loneImage, faPhoto.querySelector('img')].map((img) => getComputedStyle(img).opacity);
  window.beforeScripts.faCredit = textOf(rootOf('fa-card').querySelector('lede-source-credit').shadowRoot);
  window.beforeScripts.faPhotoDir = faPhoto.querySelector('figure').dir;
</script>
<script type="module" src="/test/support/ssr-hydrate.js"></script>
</body></html>`;
}
