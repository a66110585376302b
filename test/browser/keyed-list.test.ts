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

  it('moves nothing it keeps when items come on top and go at the bottom: focus stays', () => {
    const list = document.createElement('ol');
    document.body.append(list);
    const showButtons = (keys: string[]) => {
      render(
        html`${keyedList(
          keys,
          keys.map((key) => html`<li><button>${key}</button></li>`),
        )}`,
        list,
      );
      return [...list.querySelectorAll('li')];
    };
    try {
      const [a, b] = showButtons(['a', 'b', 'c']);
      const observer = new MutationObserver(() => {});
      observer.observe(list, { childList: true });
      b.querySelector('button')!.focus();
      const after = showButtons(['new', 'a', 'b']);
      const removed = observer.takeRecords().flatMap((record) => [...record.removedNodes]);
      observer.disconnect();
      expect(after.map((li) => li.textContent)).to.deep.equal(['new', 'a', 'b']);
      expect(after[1] === a && after[2] === b, 'the same elements').to.equal(true);
      expect(removed.includes(a) || removed.includes(b), 'a kept item was moved').to.equal(false);
      expect(document.activeElement === b.querySelector('button'), 'focus stays').to.equal(true);
    } finally {
      list.remove();
    }
  });
});
