// The render count of `npm run partner` (bench/element-updates.mjs), run
// against a stand-in for the page's registry: what it counts and what not.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { countElementUpdates } from '../../bench/element-updates.mjs';

describe('the render count of npm run partner', () => {
  let defined;

  beforeEach(() => {
    defined = new Map();
    globalThis.window = globalThis;
    globalThis.customElements = {
      define: (tag, constructor) => defined.set(tag, constructor),
      get: (tag) => defined.get(tag),
    };
    countElementUpdates();
  });

  afterEach(() => {
    delete globalThis.customElements;
    delete globalThis.window;
    delete globalThis.__elementUpdates;
  });

  /** A class as Lit makes one: `update()` on the prototype, returning what it returns. */
  const elementClass = () =>
    class {
      update(changed) {
        return `updated ${changed}`;
      }
    };

  it('counts each update of every lede- element, by tag, and passes each on unchanged', () => {
    const Card = elementClass();
    customElements.define('lede-article-card', Card);
    const [first, second] = [new Card(), new Card()];
    assert.equal(first.update('a'), 'updated a');
    first.update('b');
    second.update('c');
    assert.deepEqual(window.__elementUpdates, { 'lede-article-card': 3 });
    assert.equal(customElements.get('lede-article-card'), Card);
  });

  it("leaves other tags' classes alone, and counts a tag defined twice once", () => {
    const Other = elementClass();
    const own = Other.prototype.update;
    customElements.define('partner-widget', Other);
    assert.equal(Other.prototype.update, own);
    const Photo = elementClass();
    customElements.define('lede-photo', Photo);
    // A second copy of the script: the registry keeps the first, and the count wraps it once.
    customElements.define('lede-photo', Photo);
    new Photo().update();
    assert.deepEqual(window.__elementUpdates, { 'lede-photo': 1 });
  });
});
