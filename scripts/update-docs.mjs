// `npm run docs` (after `npm run build`): regenerates the API reference from
// custom-elements.json, and points the docs' CDN examples at this version's
// files with their current integrity hashes.
import { readFileSync, writeFileSync } from 'node:fs';
import { expectedOutputs } from './api-reference.mjs';
import { withCurrentCdn } from './cdn-references.mjs';
import { docFiles } from '../test/support/doc-snippets.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
let integrity;
try {
  integrity = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
} catch {
  console.error('Run `npm run build` first: the docs take their hashes from dist/cdn/integrity.json.');
  process.exit(1);
}

const changed = [];
for (const [file, text] of Object.entries(await expectedOutputs())) {
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
console.log(changed.length > 0 ? `Updated ${changed.join(', ')}.` : 'The docs were up to date.');
