// The Article's JSON Schema, src/data/article.schema.json (shipped as
// `lede-widgets/article.schema.json`), generated from the Article's one
// declaration, the interfaces in src/data/article.ts: their fields in order,
// each field's type, whether it is required, and its JSDoc as its
// description. The limits come from the data gate, src/data/normalize.ts:
// the cleaner its table gives a field says what a value that passes the gate
// holds (text is cut at MAX_TEXT_LENGTH characters, a list at
// MAX_LIST_LENGTH entries…). The schema is checked in; `npm run docs` (or
// `node scripts/article-schema.mjs`) rewrites it, and a node test fails when
// it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import ts from 'typescript';

export const SCHEMA_FILE = 'src/data/article.schema.json';
const DECLARATION_FILE = 'src/data/article.ts';
const GATE_FILE = 'src/data/normalize.ts';

/** What the schema says of the whole, beyond what the interfaces give. */
const HEAD = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://unpkg.com/lede-widgets/dist/data/article.schema.json',
  title: 'Article',
  description:
    'One story, as lede-widgets elements render it. Every field is optional; each element says what it needs (a card needs a headline). URLs must be http:, https: or relative; anything else is dropped by the data gate.',
};

/**
 * What a value kept by each of the gate's cleaners holds, in JSON Schema's
 * words. A cleaner missing here stops the script, so a new one is described
 * before the schema can be written.
 */
function limitsByCleaner({ MAX_TEXT_LENGTH, MAX_LIST_LENGTH }) {
  const text = { maxLength: MAX_TEXT_LENGTH };
  return {
    text,
    alt: text,
    list: { maxItems: MAX_LIST_LENGTH },
    date: { format: 'date-time' },
    dimension: { exclusiveMinimum: 0 },
    // Checked by the gate, but nothing JSON Schema can say plainly: a safe
    // URL (or srcset), a language tag, true or false, a record of its own.
    url: {},
    srcset: {},
    lang: {},
    boolean: {},
    image: {},
    publisher: {},
  };
}

const parse = (file) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);

/** The interfaces declared in article.ts, by name. */
function interfacesIn(source) {
  return new Map(
    source.statements
      .filter(ts.isInterfaceDeclaration)
      .map((declaration) => [declaration.name.text, declaration]),
  );
}

/**
 * From normalize.ts: its numeric constants (`const MAX_LIST_LENGTH = 20`),
 * and its tables (`const IMAGE: Table<ArticleImage> = { src: url, … }`) as
 * field → cleaner, by the interface each cleans.
 */
function gateIn(source) {
  const constants = {};
  const tables = new Map();
  for (const statement of source.statements.filter(ts.isVariableStatement)) {
    for (const { name, type, initializer } of statement.declarationList.declarations) {
      if (initializer && ts.isNumericLiteral(initializer)) constants[name.text] = Number(initializer.text);
      if (type && ts.isTypeReferenceNode(type) && type.typeName.getText() === 'Table') {
        const cleaners = new Map(
          initializer.properties.map((property) => [
            property.name.getText(),
            ts.isShorthandPropertyAssignment(property) ? property.name.text : property.initializer.getText(),
          ]),
        );
        const shape = type.typeArguments?.[0].getText();
        if (!shape) throw new Error(`${GATE_FILE}: say which interface \`${name.text}: Table\` cleans`);
        tables.set(shape, cleaners);
      }
    }
  }
  return { constants, tables };
}

/** A field's JSDoc, on one line; JSON Schema's descriptions are plain text, so code loses its backticks. */
function descriptionOf(member) {
  const text = ts
    .getJSDocCommentsAndTags(member)
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .replaceAll('`', '')
    .trim();
  return text ? { description: text } : {};
}

/** The Article's JSON Schema, as an object. */
export function articleSchema() {
  const interfaces = interfacesIn(parse(DECLARATION_FILE));
  const { constants, tables } = gateIn(parse(GATE_FILE));
  const limits = limitsByCleaner(constants);
  const fail = (message) => {
    throw new Error(`scripts/article-schema.mjs: ${message}`);
  };

  const typeOf = (node, field) => {
    switch (node.kind) {
      case ts.SyntaxKind.StringKeyword:
        return { type: 'string' };
      case ts.SyntaxKind.NumberKeyword:
        return { type: 'number' };
      case ts.SyntaxKind.BooleanKeyword:
        return { type: 'boolean' };
      case ts.SyntaxKind.ArrayType:
        return { type: 'array', items: typeOf(node.elementType, field) };
      case ts.SyntaxKind.TypeReference:
        return objectOf(node.typeName.getText());
      default:
        return fail(`${field} is a \`${node.getText()}\`, which this script cannot describe yet`);
    }
  };

  const objectOf = (name) => {
    const declaration = interfaces.get(name) ?? fail(`no interface ${name} in ${DECLARATION_FILE}`);
    const cleaners = tables.get(name) ?? fail(`no \`Table<${name}>\` in ${GATE_FILE}`);
    const properties = {};
    const required = [];
    for (const member of declaration.members) {
      const field = `${name}.${member.name.getText()}`;
      if (!ts.isPropertySignature(member)) fail(`${field} is not a plain field`);
      const cleaner = cleaners.get(member.name.getText());
      const limit = limits[cleaner] ?? fail(`say in limitsByCleaner what the gate's \`${cleaner}\` keeps`);
      properties[member.name.getText()] = {
        ...descriptionOf(member),
        ...typeOf(member.type, field),
        ...limit,
      };
      if (!member.questionToken) required.push(member.name.getText());
    }
    return {
      type: 'object',
      ...(required.length > 0 ? { required } : {}),
      properties,
      additionalProperties: false,
    };
  };

  return { ...HEAD, ...objectOf('Article') };
}

/** The schema file's text, formatted as `npm run format` would. */
export async function articleSchemaText() {
  return prettier.format(JSON.stringify(articleSchema()), {
    ...(await prettier.resolveConfig(SCHEMA_FILE)),
    filepath: SCHEMA_FILE,
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(SCHEMA_FILE, await articleSchemaText());
  console.log(`Wrote ${SCHEMA_FILE}.`);
}
