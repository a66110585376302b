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
    `),
  );
  context.type = 'text/html';
  context.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>
${body}
<script>
  // Runs before any module: what the reader sees with the server's HTML alone.
  window.beforeScripts = {};
  for (const id of ['card', 'credit', 'banner']) {
    const root = document.getElementById(id).shadowRoot;
    window.beforeScripts[id] = { text: root ? root.textContent.replace(/\\s+/g, ' ').trim() : null, node: root && root.querySelector('[part~="base"]') };
  }
</script>
<script type="module" src="/test/support/ssr-hydrate.js"></script>
</body></html>`;
}
