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
 * Lit's `repeat`, cut down to what a feed needs: the item with the same key
 * keeps its DOM (moved into place, never rebuilt), new keys get new DOM,
 * missing keys are removed. Keys must be unique. `repeat` saves DOM moves
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
    const parts = new Map(previous.map((key, index) => [key, old[index] as ChildPart]));
    // Whatever was there without a key of ours (the skeletons, say) goes too.
    const unused = new Set(old as ChildPart[]);
    const next: ChildPart[] = [];
    // From the end, so that each part goes in before the one already placed after it.
    for (let index = keys.length; index--;) {
      const part = parts.get(keys[index]);
      unused.delete(part!);
      next[index] = setChildPartValue(insertPart(list, next[index + 1], part), values[index]);
    }
    unused.forEach(removePart);
    setCommittedValue(list, next);
    return noChange;
  }
}

export const keyedList = directive(KeyedList);
