// Element updates, for `npm run partner` (bench/partner.mjs): how many times
// each of the package's elements on the page rendered, from navigation until
// the page settled. Each element's first render is one; anything beyond it
// is a render for a change (a story that arrived, a language pack, a photo's
// measured width, an image that loaded).
//
// Counted from the page, with no knowledge of the elements' code: the first
// `customElements.define` of each `lede-*` tag is wrapped so that the class's
// `update()` (Lit's, called once per render) counts on its way. Defining is
// what upgrades the elements already in the page, so none is missed.

/** Runs in the page before its own scripts (`page.evaluateOnNewDocument`): counts updates by tag. */
export function countElementUpdates() {
  const counts = (window.__elementUpdates = {});
  const define = customElements.define.bind(customElements);
  customElements.define = (tag, constructor, options) => {
    if (tag.startsWith('lede-') && !customElements.get(tag)) {
      const update = constructor.prototype.update;
      constructor.prototype.update = function (...args) {
        counts[tag] = (counts[tag] ?? 0) + 1;
        return update.apply(this, args);
      };
    }
    return define(tag, constructor, options);
  };
}

/** Runs in the page: `{ updates, elements }` by tag, elements counted through every shadow root. */
export function readElementUpdates() {
  const elements = {};
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName.startsWith('lede-'))
        elements[element.localName] = (elements[element.localName] ?? 0) + 1;
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  return { updates: { ...window.__elementUpdates }, elements };
}
