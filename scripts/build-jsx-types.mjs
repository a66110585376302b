// JSX types for the five tags, generated from custom-elements.json by
// `npm run build` (after the manifest):
//
// - dist/jsx/elements.d.ts: each tag's props, framework-neutral
//   (`lede-widgets/jsx`);
// - dist/jsx/react.d.ts: React 19's `JSX.IntrinsicElements`
//   (`import type {} from 'lede-widgets/react-jsx'`);
// - dist/jsx/preact.d.ts: the same for Preact 10.29+ (`lede-widgets/preact-jsx`).
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
  const member = (key, type, description) => `${comment(description)}${JSON.stringify(key)}?: ${type};\n`;
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

export async function buildJsxTypes(manifest) {
  const elements = elementsOf(manifest);
  mkdirSync(OUT_DIR, { recursive: true });
  const files = {
    'elements.d.ts': elementsFile(elements),
    'react.d.ts': reactFile,
    'preact.d.ts': preactFile,
  };
  const options = { ...(await prettier.resolveConfig('package.json')), parser: 'typescript' };
  for (const [file, text] of Object.entries(files)) {
    writeFileSync(`${OUT_DIR}/${file}`, await prettier.format(text, options));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildJsxTypes(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
}
