import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { keyedList } from '../../src/feed/keyed-list.js';

const item = (text: string) => html`<li>${text}</li>`;

/** Renders `<li>`s keyed by `keys` (showing `texts`) into `list`, and returns them in order. */
function show(list: HTMLElement, keys: string[], texts = keys): HTMLElement[] {
  render(html`${keyedList(keys, texts.map(item))}`, list);
  return [...list.querySelectorAll('li')];
}

describe('keyedList', () => {
  it('moves the item with the same key, builds new keys and removes missing ones', () => {
    const list = document.createElement('ol');
    const [a, b, c, d] = show(list, ['a', 'b', 'c', 'd']);
    const after = show(list, ['e', 'c', 'a', 'd']);
    expect(after.map((li) => li.textContent)).to.deep.equal(['e', 'c', 'a', 'd']);
    expect(after.slice(1)).to.deep.equal([c, a, d]);
    expect(list.contains(b)).to.equal(false);
    expect(show(list, ['d', 'c', 'a', 'e'])).to.deep.equal([d, c, a, after[0]]);
    expect(show(list, [])).to.deep.equal([]);
  });

  it('replaces what the part held before it, and updates the items it keeps', () => {
    const list = document.createElement('ol');
    render(html`${[item('skeleton'), item('skeleton')]}`, list);
    const first = show(list, ['x']);
    expect(first.map((li) => li.textContent)).to.deep.equal(['x']);
    const items = show(list, ['y', 'x'], ['new', 'kept']);
    expect(items.map((li) => li.textContent)).to.deep.equal(['new', 'kept']);
    expect(items[1]).to.equal(first[0]);
  });
});
