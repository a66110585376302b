// Editor completion for the five tags, generated from custom-elements.json by
// `npm run build` (after the manifest), with the cem-tools generators:
//
// - dist/editors/vscode.html-custom-data.json and vscode.css-custom-data.json:
//   VS Code's (and any editor's that reads HTML custom data) tags,
//   attributes and `--lede-*` properties, named in a project's
//   `html.customData` and `css.customData` settings;
// - dist/editors/web-types.json: JetBrains IDEs', found by themselves
//   through `web-types` in package.json.
import { readFileSync } from 'node:fs';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';

const OUT_DIR = 'dist/editors';

/** `export type Name = 'a' | 'b';` in the elements' modules: each alias of string literals, by name. */
function literalAliases(manifest) {
  const aliases = new Map();
  for (const { path } of manifest.modules) {
    for (const [, name, union] of readFileSync(path, 'utf8').matchAll(/export type (\w+) =\s*([^;]+);/g)) {
      const parts = union.split('|').map((part) => part.trim());
      if (parts.every((part) => /^'[^']*'$/.test(part))) aliases.set(name, parts);
    }
  }
  return aliases;
}

/**
 * An attribute's type as an editor offers it: its string literals, aliases
 * expanded (`'stacked' | 'horizontal' | …` for `CardLayout`), else the kind
 * of value. The generators would otherwise offer `CardLayout` or `string[]`
 * as values.
 */
function editorType(text, aliases) {
  const parts = text
    .split('|')
    .map((part) => part.trim())
    .flatMap((part) => aliases.get(part) ?? [part]);
  const literals = parts.filter((part) => /^'[^']*'$/.test(part));
  if (literals.length > 0) return literals.join(' | ');
  return parts.find((part) => part === 'boolean' || part === 'number') ?? 'string';
}

/**
 * The manifest as editors should see it: no attributes of internal state
 * (Lit's `state: true` properties, which the analyzer lists as attributes
 * but no page should write; the API reference leaves them out the same way),
 * and each attribute's `editorType`.
 */
function forEditors(manifest) {
  const copy = structuredClone(manifest);
  const aliases = literalAliases(manifest);
  for (const declaration of copy.modules.flatMap((module) => module.declarations ?? [])) {
    const privateFields = new Set(
      (declaration.members ?? [])
        .filter((member) => member.privacy && member.privacy !== 'public')
        .map((member) => member.name),
    );
    declaration.attributes = (declaration.attributes ?? [])
      .filter((attribute) => !privateFields.has(attribute.fieldName))
      .map((attribute) => ({
        ...attribute,
        editorType: { text: editorType(attribute.type?.text ?? '', aliases) },
      }));
  }
  return copy;
}

export function buildEditorData(manifest) {
  const editorManifest = forEditors(manifest);
  generateVsCodeCustomElementData(editorManifest, {
    outdir: OUT_DIR,
    htmlFileName: 'vscode.html-custom-data.json',
    cssFileName: 'vscode.css-custom-data.json',
    hideMethodDocs: true,
    hideLogs: true,
    typesSrc: 'editorType',
  });
  generateJetBrainsWebTypes(editorManifest, {
    outdir: OUT_DIR,
    webTypesFileName: 'web-types.json',
    hideMethodDocs: true,
    hideLogs: true,
    typesSrc: 'editorType',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildEditorData(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
}
