// Generates custom-elements.json from the elements' JSDoc (@summary @slot
// @csspart @cssprop @fires). scripts/check-manifest.mjs then checks it
// against what the elements really render and fire.

/** The analyzer also lists each `dispatchEvent(new X())` without a name; the @fires entries already name them. */
function dropNamelessEvents() {
  return {
    name: 'drop-nameless-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
        }
      }
    },
  };
}

/**
 * Properties an element takes from a shared table by spreading it into
 * `static properties` (`...storyProperties()` from src/story/fields.ts,
 * `...UTM_PROPERTIES` from src/story/story.ts): the analyzer reads only the
 * properties written out, so this plugin reads the tables' rows (name,
 * attribute, type, JSDoc) and adds them to each element that spreads them.
 */
function tableProperties() {
  const TABLES = { STORY_FIELDS: 'storyProperties()', UTM_PROPERTIES: 'UTM_PROPERTIES' };
  /** Spread text → rows. */
  const tables = new Map();
  /** Class name → the spreads in its `static properties`. */
  const spreads = new Map();
  const kebab = (name) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  const objectOf = (ts, node) => {
    while (node && !ts.isObjectLiteralExpression(node)) node = node.expression;
    return node;
  };
  return {
    name: 'table-properties',
    analyzePhase({ ts, node }) {
      if (ts.isVariableDeclaration(node) && TABLES[node.name.getText()]) {
        const rows = objectOf(ts, node.initializer).properties.map((row) => {
          const options = Object.fromEntries(
            objectOf(ts, row.initializer).properties.map((option) => [
              option.name.getText(),
              option.initializer.getText().replace(/^'|'$/g, ''),
            ]),
          );
          const name = row.name.getText();
          const type =
            options.type === 'Number'
              ? 'number'
              : options.type === 'Boolean'
                ? 'boolean'
                : options.list
                  ? 'string | string[]'
                  : 'string';
          const description = ts
            .getJSDocCommentsAndTags(row)
            .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
            .join(' ');
          return { name, attribute: options.attribute ?? kebab(name), type, description };
        });
        tables.set(TABLES[node.name.getText()], rows);
      }
      if (ts.isClassDeclaration(node) && node.name) {
        const properties = node.members.find((member) => member.name?.getText() === 'properties');
        // `static properties = {…}`, or `static get properties() { return {…}; }`.
        const value =
          properties?.initializer ?? properties?.body?.statements.find(ts.isReturnStatement)?.expression;
        const found = objectOf(ts, value)
          ?.properties.filter((property) => ts.isSpreadAssignment(property))
          .map((spread) => spread.expression.getText());
        if (found?.length) spreads.set(node.name.getText(), found);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const spread of spreads.get(declaration.name) ?? []) {
            for (const { name, attribute, type, description } of tables.get(spread) ?? []) {
              const typeText = { text: type === 'boolean' ? type : `${type} | undefined` };
              const doc = description ? { description } : {};
              // A constructor's `this.breaking = false` already made the analyzer list the
              // field: the row replaces that entry, keeping its default.
              const listed = declaration.members?.find((member) => member.name === name);
              declaration.members = (declaration.members ?? []).filter((member) => member !== listed);
              declaration.members.push({
                kind: 'field',
                name,
                privacy: 'public',
                type: typeText,
                ...(listed?.default ? { default: listed.default } : {}),
                ...doc,
                attribute,
              });
              declaration.attributes = (declaration.attributes ?? []).filter((a) => a.name !== attribute);
              declaration.attributes.push({
                name: attribute,
                type: typeText,
                ...doc,
                fieldName: name,
              });
            }
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [dropNamelessEvents(), tableProperties()],
};
