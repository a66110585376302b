// `npm run docs` (after `npm run build`): regenerates the API reference from
// custom-elements.json and the Article's JSON Schema from src/data/article.ts,
// points the docs' CDN examples at this version's files with their current
// integrity hashes, and writes the CDN file's size and its ten largest parts
// (`npm run size`'s breakdown) into README.md and CONTRIBUTING.md.
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { expectedOutputs } from './api-reference.mjs';
import { articleSchemaText, SCHEMA_FILE } from './article-schema.mjs';
import { withCurrentCdn } from './cdn-references.mjs';
import { docFiles } from '../test/support/doc-snippets.mjs';
import { ES_MODULE, moduleBreakdown, SIZE_SECTION, sizes, sizeSection } from './size-report.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
let integrity;
try {
  integrity = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
} catch {
  console.error('Run `npm run build` first: the docs take their hashes from dist/cdn/integrity.json.');
  process.exit(1);
}

const changed = [];
const generated = { ...(await expectedOutputs()), [SCHEMA_FILE]: await articleSchemaText() };
for (const [file, text] of Object.entries(generated)) {
  if (readFileSync(file, 'utf8') !== text) changed.push(file);
  writeFileSync(file, text);
}
for (const file of docFiles()) {
  const text = readFileSync(file, 'utf8');
  const current = withCurrentCdn(text, version, integrity);
  if (current !== text) {
    writeFileSync(file, current);
    changed.push(file);
  }
}
const section = sizeSection(await moduleBreakdown(), sizes(ES_MODULE).brotli);
for (const file of ['README.md', 'CONTRIBUTING.md']) {
  const text = readFileSync(file, 'utf8');
  // Formatted as `npm run format` would, so the two never disagree.
  const current = await prettier.format(
    text.replace(SIZE_SECTION, (_, start, end) => start + section + end),
    { ...(await prettier.resolveConfig(file)), filepath: file },
  );
  if (current !== text) {
    writeFileSync(file, current);
    if (!changed.includes(file)) changed.push(file);
  }
}
console.log(changed.length > 0 ? `Updated ${changed.join(', ')}.` : 'The docs were up to date.');
