// The module script of /test-ssr/page.html (see ssr-page.mjs): Lit's hydration
// support first, then the npm build's elements, which adopt the server's DOM.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../dist/define.js';
// Server and client register the languages they render up front, so both render the same.
import '../../dist/locales/fa.js';

window.hydrated = true;
