import { VERSION } from '../version.js';

/** Marks our classes so a later copy can say which version got there first. */
const VERSION_KEY = Symbol.for('lede-widgets.version');

type Versioned = CustomElementConstructor & { [VERSION_KEY]?: string };

/**
 * Registers custom elements without ever throwing. A partner may load the CDN
 * file twice, or next to an npm build; the first definition of a tag wins and
 * one warning (for all the tags skipped in this call) says which versions met.
 */
export function defineElements(elements: Record<string, CustomElementConstructor>): void {
  // Nothing to register in environments without a registry (plain Node).
  if (typeof customElements === 'undefined') return;
  const skipped: string[] = [];
  const versions = new Set<string>();
  for (const [tag, constructor] of Object.entries(elements)) {
    const existing = customElements.get(tag) as Versioned | undefined;
    if (!existing) {
      (constructor as Versioned)[VERSION_KEY] = VERSION;
      customElements.define(tag, constructor);
    } else if (existing !== constructor) {
      skipped.push(`<${tag}>`);
      // A class without our mark is another script's.
      const version = existing[VERSION_KEY];
      versions.add(version ? `lede-widgets ${version}` : 'another script');
    }
  }
  if (skipped.length) {
    console.warn(
      `lede-widgets ${VERSION}: ${skipped.join(', ')} already defined by ${[...versions].join(' and ')}; ` +
        'keeping the first definition. Load lede-widgets once per page.',
    );
  }
}
