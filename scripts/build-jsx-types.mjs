// JSX types for the five tags, generated from custom-elements.json by
// `npm run build` (after the manifest):
//
// - dist/jsx/elements.d.ts: each tag's props, framework-neutral
//   (`lede-widgets/jsx`);
// - dist/jsx/react.d.ts: React 19's `JSX.IntrinsicElements`
//   (`import type {} from 'lede-widgets/react-jsx'`);
// - dist/jsx/preact.d.ts: the same for Preact 10.29+ (`lede-widgets/preact-jsx`);
// - dist/jsx/solid.d.ts: Solid 1.9's `JSX.IntrinsicElements`, with `prop:`,
//   `attr:` and `on:` (`lede-widgets/solid-jsx`);
// - dist/jsx/solid2.d.ts: Solid 2.0's, in `@solidjs/web`, with attributes,
//   `prop:` and `onLede-*` handlers (`lede-widgets/solid2-jsx`);
// - dist/jsx/vue.d.ts: Vue 3.5's `GlobalComponents`, for vue-tsc's template
//   checks (`lede-widgets/vue`).
//
// React 19 and Preact treat a custom element's props alike: a prop the
// element has as a property is set as that property (so `article={story}`
// passes the object), any other is written as an attribute, as a string, and
// `onlede-click` listens for `lede-click`. So a tag's props are its
// properties with their own types, its attributes that are not also property
// names (`heading-level`, `image-src`) as strings, and an `on<event>` handler
// typed with the event's class for every event it fires.
//
// Written here rather than with @wc-toolkit/jsx-types 1.8: its one file
// augments nine JSX modules at once (an error in projects without Preact,
// Qwik, Hono… unless skipLibCheck), does not import our event classes (the
// handlers' `event` type is lost), types `ref` so that React's `useRef`
// objects are refused, and leaves out React's own props (`onClick`, `aria-*`).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { LitElement } from 'lit';
import * as prettier from 'prettier';
import { elementsOf } from './api-reference.mjs';

const OUT_DIR = 'dist/jsx';
const HEADER = '// Generated from custom-elements.json by scripts/build-jsx-types.mjs: do not edit.';

const pascal = (tag) => tag.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase());
const comment = (text) => (text ? `/** ${text.replace(/\*\//g, '*\\/').replace(/\n/g, '\n * ')} */\n` : '');
const member = (key, type, description) => `${comment(description)}${JSON.stringify(key)}?: ${type};\n`;
// How Solid and vue-tsc turn an attribute's name into a property's: `heading-level` → `headingLevel`.
const camelCase = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());

/**
 * Attributes React and Preact would not write as attributes: a name the
 * element already has as a property is set as that property. LitElement's
 * `updated()` would be overwritten, and Element's read-only `prefix` throws.
 * Their properties (`updatedAt`, `creditPrefix`) are offered instead. Lit's
 * names are found here; the DOM's in the types themselves, with
 * `keyof HTMLElement`, where they are also taken from the framework's own
 * props (React's `prefix`, an RDFa attribute).
 */
const takenByLit = (name) => name in LitElement.prototype;

function elementTypes(element) {
  const name = pascal(element.tag);
  const properties = element.properties.filter((p) => p.property);
  const attributes = element.properties.filter(
    (p) => p.attribute && p.attribute !== p.property && !takenByLit(p.attribute),
  );
  return `
/** Properties of \`<${element.tag}>\`: set as properties, with their own types. */
export interface ${name}Properties {
${properties.map((p) => member(p.property, `${element.className}[${JSON.stringify(p.property)}]`, p.description)).join('')}}

/** Attributes of \`<${element.tag}>\` that are not property names: written as strings. */
export interface ${name}Attributes {
${attributes.map((p) => member(p.attribute, `AttributeValue<${element.className}[${JSON.stringify(p.property)}]>`, `${p.description} Attribute of \`${p.property}\`.`)).join('')}}

/** Events \`<${element.tag}>\` fires, as \`on<event>\` handlers. */
export interface ${name}Events {
${element.events.map((e) => member(`on${e.name}`, `(event: ${e.type}) => void`, e.description)).join('')}}

${comment(`\`<${element.tag}>\`: ${element.summary}`)}export type ${name}Props = ${name}Properties &
  Omit<${name}Attributes, keyof HTMLElement> &
  ${name}Events;
`;
}

function elementsFile(elements) {
  const classes = elements.map((element) => element.className);
  const events = [...new Set(elements.flatMap((element) => element.events.map((event) => event.type)))];
  return `${HEADER}
// Each tag's props for JSX frameworks that set properties by name and listen
// with \`on<event>\` (React 19, Preact). Their own files register them:
// \`lede-widgets/react-jsx\`, \`lede-widgets/preact-jsx\`.
import type { ${[...classes, ...events].sort().join(', ')} } from '../index.js';

/**
 * What an attribute takes: its property's own strings (\`layout="compact"\`),
 * a number or its digits for a number, \`true\`/\`false\` for a flag, else text.
 */
export type AttributeValue<T> = [NonNullable<T>] extends [string]
  ? NonNullable<T>
  : [NonNullable<T>] extends [number]
    ? number | \`\${number}\`
    : [NonNullable<T>] extends [boolean]
      ? boolean
      : string;
${elements.map(elementTypes).join('')}
/** Every tag and its props. */
export interface LedeElementsProps {
${elements.map((element) => `${JSON.stringify(element.tag)}: ${pascal(element.tag)}Props;\n`).join('')}}

/** Every tag and its attributes that are not property names, those the DOM owns (\`prefix\`) included. */
export interface LedeElementsAttributes {
${elements.map((element) => `${JSON.stringify(element.tag)}: ${pascal(element.tag)}Attributes;\n`).join('')}}

/** The names a tag's props and attributes use: a framework's own props of those names are left out. */
export type LedeOwnNames<Tag extends keyof LedeElementsProps> =
  | keyof LedeElementsProps[Tag]
  | keyof LedeElementsAttributes[Tag];
`;
}

const reactFile = `${HEADER}
// React 19's JSX for the lede-* tags, with React's own props (\`ref\`, \`key\`,
// \`className\`, \`onClick\`…) beside theirs. In a project:
//   import type {} from 'lede-widgets/react-jsx';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { LedeElementsProps, LedeOwnNames } from './elements.js';

type ReactElements = {
  [Tag in keyof LedeElementsProps]: LedeElementsProps[Tag] &
    Omit<
      DetailedHTMLProps<HTMLAttributes<HTMLElementTagNameMap[Tag]>, HTMLElementTagNameMap[Tag]>,
      LedeOwnNames<Tag>
    >;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends ReactElements {}
  }
}
`;

const preactFile = `${HEADER}
// Preact's JSX for the lede-* tags (Preact 10.29 and later), with Preact's
// own props beside theirs. In a project:
//   import type {} from 'lede-widgets/preact-jsx';
import type { HTMLAttributes } from 'preact';
import type { LedeElementsProps, LedeOwnNames } from './elements.js';

type PreactElements = {
  [Tag in keyof LedeElementsProps]: LedeElementsProps[Tag] &
    Omit<HTMLAttributes<HTMLElementTagNameMap[Tag]>, LedeOwnNames<Tag>>;
};

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements extends PreactElements {}
  }
}
`;

/** A manifest entry's type: its property's, else (an attribute alone) text. */
const typeOf = (element, entry) =>
  entry.property ? `${element.className}[${JSON.stringify(entry.property)}]` : 'string';

/** The imports of a file that names every element and event class. */
function classImports(elements) {
  const classes = elements.map((element) => element.className);
  const events = [...new Set(elements.flatMap((element) => element.events.map((event) => event.type)))];
  return `import type { ${[...classes, ...events].sort().join(', ')} } from '../index.js';`;
}

/**
 * Solid 1.9 compiles `name="text"` on a custom element to that attribute and
 * `name={value}` to the property `camelCase(name)`. So a plain name is offered
 * only where that property is the attribute's own (`heading-level`, `layout`),
 * taking either form; every property is also `prop:<name>`, every attribute
 * `attr:<name>` (`attr:updated`, `attr:fetchpriority`), and every event
 * `on:<event>`.
 */
function solidElementTypes(element) {
  const type = (entry) => typeOf(element, entry);
  const properties = element.properties.filter((p) => p.property);
  const attributes = element.properties.filter((p) => p.attribute);
  const plain = attributes.filter((p) => camelCase(p.attribute) === p.property);
  return `
${comment(`\`<${element.tag}>\` in Solid: ${element.summary}`)}export interface ${pascal(element.tag)}SolidProps {
${plain.map((p) => member(p.attribute, `${type(p)} | AttributeValue<${type(p)}>`, p.description)).join('')}
${properties.map((p) => member(`prop:${p.property}`, type(p), p.description)).join('')}
${attributes.map((p) => member(`attr:${p.attribute}`, `AttributeValue<${type(p)}>`, p.description)).join('')}
${element.events.map((e) => member(`on:${e.name}`, `JSX.EventHandlerWithOptionsUnion<${element.className}, ${e.type}>`, e.description)).join('')}}
`;
}

/**
 * The end of a Solid file: every tag's `Lede<Tag><flavour>Props`, beside
 * Solid's own props for an element of its class, in the JSX namespace of
 * `module` (where Solid 1.9 and 2.0 keep it).
 */
function solidIntrinsicElements(elements, { flavour, module, version }) {
  const all = `Lede${flavour}Props`;
  return `
/** Every tag and its props in ${version}. */
export interface ${all} {
${elements.map((element) => `${JSON.stringify(element.tag)}: ${pascal(element.tag)}${flavour}Props;\n`).join('')}}

type SolidElements = {
  [Tag in keyof ${all}]: ${all}[Tag] &
    Omit<JSX.HTMLAttributes<HTMLElementTagNameMap[Tag]>, keyof ${all}[Tag]>;
};

declare module '${module}' {
  namespace JSX {
    interface IntrinsicElements extends SolidElements {}
  }
}
`;
}

/** Solid 2.0's handler for an event: `on`, a capital, then the name, which Solid lowercases (`onLede-click`). */
const solid2Handler = (event) => `on${event[0].toUpperCase()}${event.slice(1)}`;

/**
 * Solid 2.0 writes every name on a custom element as an attribute,
 * `name={value}` too (`true` as an empty attribute, `false` removing it),
 * and sets a property only as `prop:<name>`; `onLede-click` listens for
 * `lede-click`. So every attribute is offered by its own name, as text
 * (`updated` and `prefix` among them: an attribute touches no property),
 * every property as `prop:<name>` in its own type, and every event as its
 * handler. 1.9's `attr:` and `on:` are compile errors in 2.0. TypeScript
 * lets through a hyphenated name it does not know, so `on:<event>` is
 * refused here by name; an unknown `attr:layout` it refuses itself, and
 * Solid's compiler `attr:heading-level`.
 */
function solid2ElementTypes(element) {
  const type = (entry) => typeOf(element, entry);
  const properties = element.properties.filter((p) => p.property);
  const attributes = element.properties.filter((p) => p.attribute);
  const refused = (e) =>
    member(
      `on:${e.name}`,
      'never',
      `Solid 1.9's form, which Solid 2.0 refuses: \`${solid2Handler(e.name)}\`.`,
    );
  return `
${comment(`\`<${element.tag}>\` in Solid 2.0: ${element.summary}`)}export interface ${pascal(element.tag)}Solid2Props {
${attributes.map((p) => member(p.attribute, `AttributeValue<${type(p)}>`, p.description)).join('')}
${properties.map((p) => member(`prop:${p.property}`, type(p), p.description)).join('')}
${element.events.map((e) => member(solid2Handler(e.name), `JSX.EventHandlerUnion<${element.className}, ${e.type}>`, e.description)).join('')}
${element.events.map(refused).join('')}}
`;
}

/**
 * What the two Solid files differ in: their version, the module that keeps
 * its JSX namespace, how a tag's props are written, and the head comment.
 */
const SOLID_VERSIONS = {
  'solid.d.ts': {
    version: 'Solid 1.9',
    flavour: 'Solid',
    module: 'solid-js',
    elementTypes: solidElementTypes,
    about: `// Solid's JSX (solid-js 1.9) for the lede-* tags, with Solid's own props
// (\`ref\`, \`class\`, \`classList\`, \`onClick\`…) beside theirs. In a project:
//   import type {} from 'lede-widgets/solid-jsx';
// Solid 2.0 has its own: 'lede-widgets/solid2-jsx'.`,
  },
  'solid2.d.ts': {
    version: 'Solid 2.0',
    flavour: 'Solid2',
    module: '@solidjs/web',
    elementTypes: solid2ElementTypes,
    about: `// Solid 2.0's JSX (solid-js 2.0 with @solidjs/web, \`"jsxImportSource":
// "@solidjs/web"\`) for the lede-* tags, with Solid's own props (\`ref\`,
// \`class\`, \`onClick\`…) beside theirs. In a project:
//   import type {} from 'lede-widgets/solid2-jsx';`,
  },
};

/** A Solid file (see `SOLID_VERSIONS`): every tag's props, and the tags in Solid's JSX. */
function solidFile(elements, { about, module, elementTypes, ...names }) {
  return `${HEADER}
${about}
import type { JSX } from '${module}';
import type { AttributeValue } from './elements.js';
${classImports(elements)}
${elements.map(elementTypes).join('')}${solidIntrinsicElements(elements, { module, ...names })}`;
}

/**
 * Vue sets a name the element has (\`article\`, \`layout="compact"\`,
 * \`:headingLevel="2"\`) as that property, in its own type, and writes any other
 * (\`heading-level="2"\`) as an attribute; vue-tsc reads \`heading-level\` as
 * \`headingLevel\`, so a property with a kebab-case attribute also takes the
 * attribute's text. An attribute of another name (\`fetchpriority\`) is a
 * prop of its own, unless Vue would set it as a property that is not ours:
 * LitElement's \`updated()\` would be overwritten, so \`updated\` is refused
 * (and Element's \`prefix\`, in the types). \`@lede-click\` is \`onLedeClick\` to
 * vue-tsc.
 */
function vueElementTypes(element) {
  const type = (entry) => typeOf(element, entry);
  const properties = element.properties.filter((p) => p.property);
  const attributes = element.properties.filter((p) => p.attribute && camelCase(p.attribute) !== p.property);
  const hasKebabAttribute = (p) =>
    p.attribute !== undefined && p.attribute !== p.property && camelCase(p.attribute) === p.property;
  const property = (p) =>
    member(
      p.property,
      hasKebabAttribute(p) ? `${type(p)} | AttributeValue<${type(p)}>` : type(p),
      p.description,
    );
  const attribute = (p) =>
    takenByLit(p.attribute)
      ? member(
          p.attribute,
          'never',
          `LitElement's own \`${p.attribute}\`: Vue would overwrite it. Set \`:${p.property}\`.`,
        )
      : member(p.attribute, `AttributeValue<${type(p)}>`, `${p.description} Attribute of \`${p.property}\`.`);
  const name = pascal(element.tag);
  return `
${comment(`\`<${element.tag}>\` in Vue templates: ${element.summary}`)}export interface ${name}VueProps {
${properties.map(property).join('')}
${element.events.map((e) => member(`on${pascal(e.name)}`, `(event: ${e.type}) => void`, e.description)).join('')}}

/** Attributes of \`<${element.tag}>\` whose names are not their properties'. */
export interface ${name}VueAttributes {
${attributes.map(attribute).join('')}}
`;
}

function vueFile(elements) {
  return `${HEADER}
// Vue's template types (vue-tsc, Vue 3.5) for the lede-* tags, with Vue's own
// props (\`class\`, \`style\`, \`key\`, \`ref\`…) beside theirs. In a project:
//   import type {} from 'lede-widgets/vue';
import type { HTMLAttributes, ReservedProps } from 'vue';
import type { AttributeValue } from './elements.js';
${classImports(elements)}
${elements.map(vueElementTypes).join('')}
/** Every tag and its props in Vue templates. */
export interface LedeVueProps {
${elements
  .map(
    (element) =>
      `${JSON.stringify(element.tag)}: ${pascal(element.tag)}VueProps & WritableAttributes<${pascal(element.tag)}VueAttributes>;\n`,
  )
  .join('')}}

/** Vue would set an attribute named like a DOM property (\`prefix\`, read-only) as that property: refused. */
type WritableAttributes<Attributes> = Omit<Attributes, keyof HTMLElement> & {
  [Name in keyof Attributes & keyof HTMLElement]?: never;
};

/** A tag as vue-tsc sees a component: \`$props\` is read by the type checker only. */
type VueElement<Tag extends keyof LedeVueProps> = new () => HTMLElementTagNameMap[Tag] & {
  $props: LedeVueProps[Tag] & Omit<HTMLAttributes, keyof LedeVueProps[Tag]> & ReservedProps;
};

declare module 'vue' {
  interface GlobalComponents {
${elements.map((element) => `${JSON.stringify(element.tag)}: VueElement<${JSON.stringify(element.tag)}>;\n`).join('')}  }
}
`;
}

export async function buildJsxTypes(manifest) {
  const elements = elementsOf(manifest);
  mkdirSync(OUT_DIR, { recursive: true });
  const files = {
    'elements.d.ts': elementsFile(elements),
    'react.d.ts': reactFile,
    'preact.d.ts': preactFile,
    ...Object.fromEntries(
      Object.entries(SOLID_VERSIONS).map(([file, version]) => [file, solidFile(elements, version)]),
    ),
    'vue.d.ts': vueFile(elements),
  };
  const options = { ...(await prettier.resolveConfig('package.json')), parser: 'typescript' };
  for (const [file, text] of Object.entries(files)) {
    writeFileSync(`${OUT_DIR}/${file}`, await prettier.format(text, options));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildJsxTypes(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
}
