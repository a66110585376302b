// Deliberate type mistakes, compiled: a test edits some of src/ in memory,
// compiles the project (tsconfig.json) and checks that each mistake fails
// with the compiler's own message, on its own line. Used where the types,
// not a run, are what keeps the code right (test/node/article-declaration.test.mjs,
// test/node/architecture.test.mjs).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve('.');

/**
 * The compiler's errors on the project (tsconfig.json) with some files'
 * text changed: `edits` maps a file to `[from, to]` replacements. Each is
 * `{ file, line, text }`, `file` relative to the project.
 */
function typeErrorsWith(edits) {
  const config = ts.getParsedCommandLineOfConfigFile(resolve(ROOT, 'tsconfig.json'), {}, ts.sys);
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile;
  const edited = new Map(Object.keys(edits).map((file) => [resolve(ROOT, file), editedText(file, edits)]));
  host.readFile = (path) => edited.get(resolve(path)) ?? readFile(path);
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options, host });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => ({
    file: diagnostic.file && diagnostic.file.fileName.slice(ROOT.length + 1),
    line: diagnostic.file && diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1,
    text: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
  }));
}

/** `file`'s text with its `edits` made, each `[from, to]` as `String.replace` takes them. */
function editedText(file, edits) {
  let text = readFileSync(resolve(ROOT, file), 'utf8');
  for (const [from, to] of edits[file] ?? []) {
    assert.ok(text.includes(from), `${file} no longer has \`${from}\`: update this test`);
    text = text.replace(from, to);
  }
  return text;
}

/** The line of `file`, in its edited text, that holds `text`. */
function lineOf(file, edits, text) {
  const index = editedText(file, edits)
    .split('\n')
    .findIndex((line) => line.includes(text));
  assert.ok(index >= 0, `${file} has no line with \`${text}\``);
  return index + 1;
}

/**
 * Compiles the project with `edits` and asserts that each of `mistakes`,
 * `[file, text on the line, message pattern]`, fails there with that
 * message. Returns the compiler's other errors, for the caller to judge.
 */
export function assertMistakesFail(edits, mistakes) {
  const errors = typeErrorsWith(edits);
  const expected = mistakes.map(([file, text, message]) => ({
    file,
    line: lineOf(file, edits, text),
    message,
  }));
  for (const { file, line, message } of expected) {
    const said = errors.filter((error) => error.file === file && error.line === line);
    assert.ok(
      said.some((error) => message.test(error.text)),
      `${file}:${line} should fail with ${message}; the compiler said: ${said.map((e) => e.text).join('\n') || 'nothing'}`,
    );
  }
  return errors.filter(
    (error) => !expected.some(({ file, line }) => error.file === file && error.line === line),
  );
}
