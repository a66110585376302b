import { noChange } from 'lit';
import { directive, Directive, type ChildPart } from 'lit/directive.js';
import {
  getCommittedValue,
  insertPart,
  removePart,
  setChildPartValue,
  setCommittedValue,
} from 'lit/directive-helpers.js';

/**
 * A keyed list, as Lit's `repeat` is: the item with the same key keeps its
 * DOM (moved into place, never rebuilt), new keys get new DOM, missing keys
 * are removed. Keys must be unique.
 *
 * Not `repeat` itself, for what a feed shows while it loads: skeleton cards,
 * which have no key yet. `repeat` removes them and builds the stories' cards
 * anew, so every card of a feed from `src` is built twice; this list turns
 * them into the stories' cards. feed.test.ts ("turns its skeletons into the
 * stories' cards") fails with `repeat` in its place. `repeat` saves DOM moves
 * when items shuffle; a feed rarely shuffles, so the shorter walk is enough.
 */
class KeyedList extends Directive {
  #keys: string[] = [];

  render(_keys: string[], values: unknown[]) {
    return values;
  }

  override update(list: ChildPart, [keys, values]: [string[], unknown[]]) {
    const old: unknown = getCommittedValue(list);
    const previous = this.#keys;
    this.#keys = keys;
    // The first render, on the client or hydrating the server's: Lit makes the parts.
    if (!Array.isArray(old)) return values;
    // Parts without a key of ours (the skeleton cards a feed shows while it
    // loads) become the first stories' cards, in place, not built again.
    const parts = new Map(
      previous.length
        ? previous.map((key, index) => [key, old[index] as ChildPart])
        : keys.map((key, index) => [key, old[index] as ChildPart]),
    );
    // What goes (missing keys, and what is left of the skeletons) goes first.
    const kept = keys.map((key) => parts.get(key));
    for (const part of old as ChildPart[]) if (!kept.includes(part)) removePart(part);
    // The usual refresh (new stories on top, old ones gone at the bottom) keeps
    // the order of what stays: then nothing kept is moved. A moved card is
    // disconnected and connected again, and the reader's focus in it lost.
    const staying = kept.filter(Boolean);
    const inOrder = (old as ChildPart[])
      .filter((part) => staying.includes(part))
      .every((part, index) => part === staying[index]);
    const next: ChildPart[] = [];
    // From the end, so that each part goes in before the one already placed after it.
    for (let index = keys.length; index--;) {
      const part = kept[index];
      next[index] = setChildPartValue(
        part && inOrder ? part : insertPart(list, next[index + 1], part),
        values[index],
      );
    }
    setCommittedValue(list, next);
    return noChange;
  }
}

export const keyedList = directive(KeyedList);
