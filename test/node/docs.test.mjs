// The docs hold what they promise: the README stays short, the generated API
// reference matches the code, and every HTML and JSON example in README.md,
// CONTRIBUTING.md, CHANGELOG.md and docs/*.md works with the built CDN file.
// (The JavaScript and TypeScript examples run against the packed package, in
// test/node/package-install.test.mjs.)
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { before, describe, it } from 'node:test';
import { elementsOf, staleOutputs } from '../../scripts/api-reference.mjs';
import { CDN_URL, cdnReferences } from '../../scripts/cdn-references.mjs';
import { allSnippets, docFiles, where } from '../support/doc-snippets.mjs';
import { BROWSERS, CAPTURE_PROBLEMS, runExamplePages, serve } from '../support/example-pages.mjs';

const README_LIMIT = 15 * 1024;
const CDN_DIR = resolve('dist/cdn');
const CONTENT_TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const integrity = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
const snippets = allSnippets();

/** The relative links of a Markdown file, outside code: `{ line, target }`. */
function linksOf(file) {
  let inCode = false;
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((text, i) => {
      if (/^\s*(```|~~~)/.test(text)) inCode = !inCode;
      if (inCode) return [];
      return [...text.replace(/`[^`]*`/g, '').matchAll(/\]\(([^)\s]+)\)/g)]
        .map((match) => ({ line: i + 1, target: match[1] }))
        .filter(({ target }) => !/^[a-z]+:/i.test(target));
    });
}

/** The anchors GitHub gives a Markdown file's headings. */
function anchorsOf(file) {
  const headings = readFileSync(file, 'utf8').match(/^#{1,6} .+$/gm) ?? [];
  return new Set(
    headings.map((heading) =>
      heading
        .replace(/^#+ /, '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-'),
    ),
  );
}

/** Each tag's documented attributes, from custom-elements.json. */
const documented = new Map(
  JSON.parse(readFileSync('custom-elements.json', 'utf8')).modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.tagName)
      .map((declaration) => [
        declaration.tagName,
        new Set((declaration.attributes ?? []).map((a) => a.name)),
      ]),
  ),
);
/** HTML's own attributes, which every element has. */
const GLOBAL_ATTRIBUTES = new Set([
  'id',
  'class',
  'style',
  'lang',
  'dir',
  'slot',
  'hidden',
  'title',
  'part',
  'tabindex',
]);

function unknownAttributes(elements) {
  return elements.flatMap(([tag, names]) =>
    names
      .filter((name) => !GLOBAL_ATTRIBUTES.has(name) && !documented.get(tag)?.has(name))
      .map((name) => `<${tag} ${name}> is not an attribute in custom-elements.json`),
  );
}
const run = snippets.filter((snippet) => !snippet.notRun);

describe('the docs', () => {
  it('keep the README at most 15 KB', () => {
    const size = statSync('README.md').size;
    assert.ok(
      size <= README_LIMIT,
      `README.md is ${size} bytes, over ${README_LIMIT}: move detail into a file under docs/ and link to it`,
    );
  });

  it('have an API reference generated from the current custom-elements.json', async () => {
    const stale = await staleOutputs();
    assert.deepEqual(stale, [], `${stale.join(' and ')} out of date: run \`npm run docs\` and commit`);
  });

  it('link only to files and headings that exist', () => {
    const broken = docFiles().flatMap((file) =>
      linksOf(file).flatMap(({ line, target }) => {
        const [path, anchor] = target.split('#');
        const linked = path ? join(dirname(file), path) : file;
        if (!existsSync(linked)) return [`${file}:${line}: ${target}: no such file`];
        if (anchor && linked.endsWith('.md') && !anchorsOf(linked).has(anchor)) {
          return [`${file}:${line}: ${target}: no such heading`];
        }
        return [];
      }),
    );
    assert.deepEqual(broken, []);
  });

  it('list each attribute and property of an element once in the reference', () => {
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    for (const element of elementsOf(manifest)) {
      const names = element.properties.map((p) => p.property ?? p.attribute);
      assert.deepEqual(
        names.filter((name, i) => names.indexOf(name) !== i),
        [],
        element.tag,
      );
    }
  });

  it('give every code block a language the tests know', () => {
    const unknown = snippets.filter((snippet) => snippet.kind === 'unknown').map(where);
    assert.deepEqual(unknown, [], 'name the language after the fence (```html, ```js, ```sh…)');
  });

  it('have JSON examples that parse', () => {
    for (const snippet of run.filter((s) => s.kind === 'json')) {
      assert.doesNotThrow(() => JSON.parse(snippet.code), where(snippet));
    }
  });

  it('point CDN examples at this version, with the integrity of the file built', () => {
    const html = run.filter((snippet) => snippet.kind === 'html');
    const problems = html.flatMap((snippet) =>
      cdnReferences(snippet.code).flatMap((ref) => {
        const at = where(snippet);
        if (!(ref.file in integrity)) return [`${at}: ${ref.file} is not a CDN file of the build`];
        if (ref.version !== version)
          return [`${at}: ${ref.url} names ${ref.version}, the package is ${version}`];
        if (ref.integrity === undefined) return [`${at}: <${ref.url}> has no integrity attribute`];
        if (ref.integrity !== integrity[ref.file]) {
          return [`${at}: integrity of ${ref.file} is not the build's ${integrity[ref.file]}`];
        }
        return [];
      }),
    );
    assert.deepEqual(problems, [], 'after a build, `npm run docs` updates versions and hashes');
  });
});

// Each HTML example is a page of its own. Its CDN tags load the local build
// (the browser still checks their integrity); an example without one gets
// the ES module, as a partner's page has.
function examplePage(snippet) {
  const local = snippet.code.replace(
    new RegExp(CDN_URL.source, 'g'),
    (_url, _version, file) => `/cdn/${file}`,
  );
  const script =
    cdnReferences(snippet.code).length > 0
      ? ''
      : '<script type="module" src="/cdn/lede-widgets.js"></script>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${CAPTURE_PROBLEMS}</head><body>${script}${local}</body></html>`;
}

const examples = run.filter((snippet) => snippet.kind === 'html');
const pages = examples.map((_, i) => `/example/${i}.html`);

describe('the HTML examples', () => {
  it('are there to run', () => {
    assert.ok(examples.length >= 5, `${examples.length} HTML examples`);
  });
});

// Both browsers, as the browser tests run (`BROWSERS=chromium` narrows them down).
const browsers = Object.entries(BROWSERS).filter(
  ([name]) => process.env.BROWSERS?.split(',').includes(name) ?? true,
);
for (const [name, launch] of browsers) {
  describe(`the HTML examples, in ${name} with the CDN build`, { timeout: 120_000 }, () => {
    let results;

    before(async () => {
      const server = await serve(pages, (path, response) => {
        const example = examples[pages.indexOf(path)];
        // Everything the CDN serves, language packs and stylesheets included.
        const file = path.startsWith('/cdn/') ? resolve(CDN_DIR, path.slice('/cdn/'.length)) : undefined;
        if (file?.startsWith(`${CDN_DIR}/`) && existsSync(file) && statSync(file).isFile()) {
          response.writeHead(200, {
            'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
            'access-control-allow-origin': '*',
          });
          response.end(readFileSync(file));
        } else if (example) {
          response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          response.end(examplePage(example));
        } else {
          return false;
        }
      });
      try {
        results = await runExamplePages(server.origin, pages, launch);
      } finally {
        server.close();
      }
    });

    it('upgrades every element of every example, with no error or warning', () => {
      const failures = examples.flatMap((snippet, i) => {
        const { tags, notUpgraded, problems } = results[i];
        return [
          ...unknownAttributes(results[i].attributes).map((problem) => `${where(snippet)}: ${problem}`),
          ...(tags.length === 0 ? [`${where(snippet)}: no lede-* element in it`] : []),
          ...notUpgraded.map((tag) => `${where(snippet)}: <${tag}> did not upgrade`),
          ...problems.map((problem) => `${where(snippet)}: ${problem}`),
        ];
      });
      assert.deepEqual(failures, []);
    });
  });
}
