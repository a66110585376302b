// The fenced code blocks of the docs, each with the file and line it starts
// on, so that a failing example can be found. test/node/docs.test.mjs runs
// the HTML and JSON ones; test/node/package-install.test.mjs type-checks and
// runs the JavaScript and TypeScript ones against the packed package, and
// test/node/framework-types.test.mjs type-checks the Vue ones and Solid's.
import { readdirSync, readFileSync } from 'node:fs';

/** What is run, by the fence's language. */
const KINDS = {
  html: 'html',
  js: 'script',
  javascript: 'script',
  mjs: 'script',
  ts: 'script',
  typescript: 'script',
  jsx: 'script',
  tsx: 'script',
  json: 'json',
  // Single-file components: test/node/framework-types.test.mjs type-checks them with vue-tsc.
  vue: 'vue',
  // Not code a test can run here: commands, styles, configuration, output.
  sh: 'inert',
  bash: 'inert',
  shell: 'inert',
  console: 'inert',
  css: 'inert',
  text: 'inert',
  nginx: 'inert',
  yaml: 'inert',
  http: 'inert',
  diff: 'inert',
};

/** The extension a script snippet is written to, by fence language. */
export const EXTENSIONS = {
  js: 'js',
  javascript: 'js',
  mjs: 'js',
  ts: 'ts',
  typescript: 'ts',
  jsx: 'jsx',
  tsx: 'tsx',
};

/**
 * The line before a fence that exempts it, with the reason (blank lines
 * between them allowed: Prettier puts one there). Keep it rare: a complete
 * example is better than a fragment.
 */
const NOT_RUN = /^\s*<!--\s*snippet:\s*not run,\s*(\S.*?)\s*-->\s*$/;

/** README.md, CONTRIBUTING.md, CHANGELOG.md and every Markdown file in docs/. */
export function docFiles(root = '.') {
  const docs = readdirSync(`${root}/docs`)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`);
  return ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', ...docs];
}

/**
 * Every fenced block in `file`: `{ file, line, lang, kind, code, notRun }`,
 * where `line` is the fence's line (1-based), `kind` is html, script, json,
 * inert or unknown, and `notRun` the reason given for exempting it.
 */
export function snippetsOf(file, text = readFileSync(file, 'utf8')) {
  const lines = text.split('\n');
  const snippets = [];
  for (let i = 0; i < lines.length; i++) {
    const open = lines[i].match(/^(\s*)(`{3,}|~{3,})\s*([\w-]*)/);
    if (!open) continue;
    const [, indent, fence, lang] = open;
    const body = [];
    let j = i + 1;
    for (; j < lines.length && !lines[j].trimStart().startsWith(fence); j++) {
      body.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j]);
    }
    const language = lang.toLowerCase();
    snippets.push({
      file,
      line: i + 1,
      lang: language,
      kind: KINDS[language] ?? 'unknown',
      code: `${body.join('\n')}\n`,
      notRun: lines
        .slice(0, i)
        .findLast((line) => line.trim())
        ?.match(NOT_RUN)?.[1],
    });
    i = j;
  }
  return snippets;
}

/** Every fenced block of every doc. */
export function allSnippets(root = '.') {
  return docFiles(root).flatMap((file) => snippetsOf(file, readFileSync(`${root}/${file}`, 'utf8')));
}

/** Where a snippet came from, for messages: `README.md:42 (html)`. */
export const where = (snippet) => `${snippet.file}:${snippet.line} (${snippet.lang || 'no language'})`;

/** A file name for a snippet: `README.md:42` becomes `readme-md-42`. */
export const slug = (snippet) => `${snippet.file.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${snippet.line}`;
