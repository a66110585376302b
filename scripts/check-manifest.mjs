// Fails when an element renders a `part` or fires an event that
// custom-elements.json (from the JSDoc) does not document, or documents one
// it never renders or fires, or documents a CSS custom property with a
// default other than the one its stylesheet falls back to, or lists as an
// attribute what is not public, documented API (internal state, which Lit
// declares beside the properties, must stay out): the docs must not drift from
// the code.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Event class name → event name, from the events module. */
const eventNames = new Map(
  [
    ...readFileSync('src/events/lede-events.ts', 'utf8').matchAll(
      /class (\w+) extends[\s\S]*?eventName = '([\w-]+)'/g,
    ),
  ].map(([, className, name]) => [className, name]),
);

/**
 * An element's source and that of the helpers it imports that render for it
 * (`renderStoryTime`); not other elements, which document their own parts.
 */
function renderingSource(path) {
  const source = readFileSync(path, 'utf8');
  const helpers = [...source.matchAll(/^import \{[^}]*\} from '(\.[^']+)\.js';/gm)]
    .map(([, relative]) => readFileSync(join(dirname(path), `${relative}.ts`), 'utf8'))
    .filter((helper) => !/extends LitElement/.test(helper));
  return [source, ...helpers].join('\n');
}

/**
 * Each `--lede-*` property's fallback where a stylesheet first reads it:
 * `var(--lede-card-gap, <fallback>)`. The private copies (`--_lede-space`)
 * are written as the public names partners set.
 */
export function cssFallbacks(css) {
  const fallbacks = new Map();
  for (const match of css.matchAll(/var\((--lede-[\w-]+),/g)) {
    let depth = 1;
    let end = match.index + match[0].length;
    for (; end < css.length && depth > 0; end++) {
      if (css[end] === '(') depth++;
      else if (css[end] === ')') depth--;
    }
    const fallback = css.slice(match.index + match[0].length, end - 1);
    if (!fallbacks.has(match[1])) fallbacks.set(match[1], normalizeCss(fallback));
  }
  return fallbacks;
}

const normalizeCss = (value) =>
  value
    .replace(/--_lede-/g, '--lede-')
    .replace(/\s+/g, ' ')
    .trim();

/** Attributes that are not a public, documented property: internal state shown to editors as API. */
export function internalAttributes(element) {
  return (element.attributes ?? []).filter((attribute) => {
    const member = element.members?.find((candidate) => candidate.name === attribute.fieldName);
    return !member || member.privacy !== 'public' || !(attribute.description ?? member.description);
  });
}

export function checkManifest(manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'))) {
  const problems = [];
  for (const module of manifest.modules) {
    for (const element of module.declarations ?? []) {
      if (!element.customElement) continue;
      const source = renderingSource(module.path);
      const rendered = new Set(
        [...source.matchAll(/\bpart="([\w\s-]+)"/g)].flatMap(([, parts]) => parts.trim().split(/\s+/)),
      );
      const documentedParts = new Set((element.cssParts ?? []).map((part) => part.name));
      const fired = new Set(
        [...source.matchAll(/new (Lede\w+Event)\(/g)].map(
          ([, className]) => eventNames.get(className) ?? className,
        ),
      );
      // Events a controller fires for the element (impressions) count as the element's.
      if (/new ImpressionController\(/.test(source)) fired.add('lede-impression');
      if (/new StoryController\(/.test(source)) fired.add('lede-error');
      const documentedEvents = new Set((element.events ?? []).map((event) => event.name));
      const tag = `<${element.tagName}>`;
      for (const part of rendered)
        if (!documentedParts.has(part)) problems.push(`${tag} renders part "${part}" without a @csspart`);
      for (const part of documentedParts)
        if (!rendered.has(part)) problems.push(`${tag} documents part "${part}" but never renders it`);
      for (const event of fired)
        if (!documentedEvents.has(event)) problems.push(`${tag} fires ${event} without a @fires`);
      for (const event of documentedEvents)
        if (!fired.has(event)) problems.push(`${tag} documents ${event} but never fires it`);
      if (!element.summary) problems.push(`${tag} has no @summary`);
      for (const { name } of internalAttributes(element))
        problems.push(`${tag} lists "${name}" as an attribute, but it is no public, documented property`);
      const styles = module.path.replace(/\.ts$/, '.styles.ts');
      const fallbacks = cssFallbacks(readFileSync(styles, 'utf8'));
      for (const { name, default: documented } of element.cssProperties ?? []) {
        const used = fallbacks.get(name);
        if (used === undefined) problems.push(`${tag} documents ${name} but its styles never read it`);
        else if (documented === undefined || normalizeCss(documented) !== used)
          problems.push(
            `${tag} documents ${name} with default ${documented}, but its styles fall back to ${used}`,
          );
      }
    }
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = checkManifest();
  for (const problem of problems) console.error(problem);
  process.exit(problems.length > 0 ? 1 : 0);
}
