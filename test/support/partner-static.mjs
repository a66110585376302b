// The static copy of the partner test page (test/support/partner-page.mjs,
// `static=1`): the same page with the same markup, images and look, and no
// script. `npm run partner` measures the page with the widgets against it, so
// it stands for "the same page, built by the server": what the widgets cost
// the reader beyond that is the widgets' own cost.
//
// Each widget is the library's own server rendering (@lit-labs/ssr) from the
// npm build in dist/, so the copy follows every change to the elements. The
// data the live page fetches (the `src` JSON) is given to the render as the
// `article` or `items` property; the host keeps its attributes and its
// fallback children, as on the live page.
//
// Kept as declarative shadow DOM, not flattened into light DOM. Shadow DOM is
// part of the product (DESIGN.md: it isolates the elements from the page), so
// its native cost (one style scope per shadow root) belongs to any page that
// shows these elements, server-built or not; what the copy leaves out is
// exactly what the script adds. And the copy is then what the server writes,
// byte for byte, and looks the same by construction: flattening would need a
// rewrite of every `:host`, `::slotted` and `::part` rule and of slot
// assignment, and a mistake in that rewrite would make the baseline cheaper
// or dearer than the page it stands for. The page's pre-upgrade stylesheet is
// left out: it styles elements that are not yet defined, and in the copy they
// never are (on the live page it stops applying once the script runs).
//
// Two things only the browser learns are given to the render:
// - the page's language: a server has no document tree, so an element
//   inherits no `lang` from `<html>` (the library then falls back to English,
//   also for the photo and credit nested in a card); the copy gives the DOM
//   shim's elements an `ownerDocument` whose `<html>` has the page's `lang`;
// - that the images loaded: the server renders each photo as still loading
//   (its image transparent until its `load` event), and the copy marks them
//   loaded, as the live page shows them once settled.
// `npm run partner` checks that the copy still looks like the settled live
// page (a screenshot of each, compared pixel by pixel), so a change to the
// elements that breaks either of these is seen.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { Element as ShimElement } from '@lit-labs/ssr-dom-shim';
import { html, unsafeStatic } from 'lit/static-html.js';

/** The element's opening tag, escaped as the live page writes it: `<lede-feed src="…" limit="4"`, unclosed. */
export const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
export const openingTag = (tag, attributes) =>
  `<${tag}${attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('')}`;

let registered;
/** The elements and the language packs, registered in the server as an application would. */
function registerElements(languages) {
  registered ??= import('../../dist/define.js');
  return Promise.all([
    registered,
    // English is built in; every other language is a module that registers its pack.
    ...languages.filter((lang) => lang !== 'en').map((lang) => import(`../../dist/locales/${lang}.js`)),
  ]);
}

/** The language of the page being rendered, read by the DOM shim's `ownerDocument` below. */
let pageLang;
Object.defineProperty(ShimElement.prototype, 'ownerDocument', {
  configurable: true,
  get: () => (pageLang ? { documentElement: { lang: pageLang } } : undefined),
});

/** One render at a time: `pageLang` belongs to the render in progress. */
let queue = Promise.resolve();

/** The server's photo, as the settled page shows it: its image loaded. */
const withImagesLoaded = (markup) => markup.replaceAll('data-status="loading"', 'data-status="loaded"');

/**
 * Server-rendered HTML for each widget of a page in `lang`: `{ tag,
 * attributes: [[name, value]…], fallback, data?: { property, value } }`.
 */
export function renderWidgetsStatically(widgets, lang) {
  const rendering = queue.then(async () => {
    await registerElements([lang]);
    pageLang = lang;
    try {
      const results = [];
      for (const { tag, attributes, fallback, data } of widgets) {
        // The data as a property binding: `<lede-feed src="…" .items=${stories}>…</lede-feed>`.
        const open = openingTag(tag, attributes);
        const close = unsafeStatic(`>${fallback}</${tag}>`);
        const template = data
          ? html`${unsafeStatic(`${open} .${data.property}=`)}${data.value}${close}`
          : html`${unsafeStatic(open)}${close}`;
        results.push(withImagesLoaded(await collectResult(render(template))));
      }
      return results;
    } finally {
      pageLang = undefined;
    }
  });
  queue = rendering.catch(() => {});
  return rendering;
}
