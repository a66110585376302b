// The Solid and Vue types as a developer meets them: the packed package
// installed in a scratch project beside solid-js 1.9, Vue 3.5, vue-tsc and
// TypeScript, and in another beside solid-js 2.0 and @solidjs/web (Solid 2.0
// cannot share a project with 1.9); a component using all five tags
// type-checks (Solid's JSX with tsc, a Vue single-file component with
// vue-tsc), and so do the docs' examples, while each mistake the types exist
// to catch fails to compile with the compiler's own message, on its own line.
// test/node/package-install.test.mjs does the same for React 19 and Preact.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { allSnippets, where } from '../support/doc-snippets.mjs';
import { install, packInto, pinned, run, STRICT_COMPILER_OPTIONS } from '../support/vite-app.mjs';

const ROOT = resolve('.');
const SOLID = '1.9.20';
// solid-js and its DOM renderer, @solidjs/web, are released together. They
// ask for Node 22 (npm warns EBADENGINE on Node 20): only their types run here.
const SOLID_2 = '2.0.3';
const VUE = '3.5.47';
const VUE_TSC = '3.3.14';

/**
 * Runs a type checker in `app` and returns its errors, each
 * `{ file, line, text }` with the message's continuation lines in `text`.
 */
function typeErrors(app, command, args) {
  let output = '';
  try {
    run(join(app, 'node_modules/.bin', command), args, app);
  } catch (error) {
    output = `${error.stdout}${error.stderr}`;
  }
  const errors = [];
  for (const line of output.split('\n')) {
    const start = line.match(/^(\S+)\((\d+),\d+\): error (.*)$/);
    if (start) errors.push({ file: start[1], line: Number(start[2]), text: start[3] });
    else if (line.trim() && errors.length > 0) errors.at(-1).text += `\n${line}`;
  }
  return errors;
}

/**
 * A file's text, one mistake a line between `head` and `tail`, and the line
 * each lands on. A mistake is `[code, message]`: the code, and what the
 * compiler must say about it.
 */
function withMistakes(head, mistakes, tail) {
  const first = head.split('\n').length;
  return {
    text: `${head}\n${mistakes.map(([code]) => code).join('\n')}\n${tail}`,
    expected: mistakes.map(([code, message], i) => ({ line: first + i + 1, code, message })),
  };
}

/** A new project `name` in `scratch`, with `packages` (tarballs or exact versions) installed. */
function scratchProject(scratch, name, packages) {
  const app = join(scratch, name);
  mkdirSync(join(app, 'src'), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }));
  install(app, packages);
  return app;
}

/** Every expected mistake reported on its line, in its words; nothing else reported. */
function assertCaught(errors, file, expected) {
  const inFile = errors.filter((error) => error.file === file);
  for (const { line, code, message } of expected) {
    const said = inFile.filter((error) => error.line === line).map((error) => error.text);
    assert.ok(
      said.some((text) => message.test(text)),
      `${file}:${line} \`${code.trim()}\` should fail with ${message}; the compiler said: ${said.join('\n') || 'nothing'}`,
    );
  }
  const lines = expected.map(({ line }) => line);
  assert.deepEqual(
    inFile.filter((error) => !lines.includes(error.line)),
    [],
    'no error outside the mistakes',
  );
}

const story = `const story = { headline: 'Typed', url: 'https://news.example/typed' };`;

const SOLID_USAGE = `import type {} from 'lede-widgets/solid-jsx';
import type { LedeArticleCard } from 'lede-widgets';
${story}
export const Wall = (props: { level: number; priority?: 'high' }) => {
  let card: LedeArticleCard | undefined;
  return (
    <>
      <lede-article-card
        ref={card}
        prop:article={story}
        layout="compact"
        heading-level="2"
        prop:headingLevel={props.level}
        attr:fetchpriority={props.priority}
        image-src={story.url}
        on:lede-click={(event) => {
          const url: string | undefined = event.detail.url;
          return url;
        }}
      />
      <lede-photo src="https://img.example/typed.jpg" alt="" width="1600" prop:height={900} class="lead" />
      <lede-breaking-banner prop:items={[story]} on:lede-dismiss={(event) => event.detail.id} />
      <lede-source-credit
        sources="Reuters, Interfax, TASS"
        attr:prefix="Sources:"
        on:lede-error={(event) => event.detail.reason}
      />
      <lede-feed src="https://news.example/world/rss.xml" limit={6} card-layout="compact" />
    </>
  );
};
`;

/** Values of the wrong type, which Solid 1.9's types and 2.0's refuse alike. */
const SOLID_WRONG_VALUES = [
  ['    <lede-article-card prop:layout="sideways" />', /'"sideways"' is not assignable to type 'CardLayout/],
  [
    '    <lede-article-card heading-level="two" />',
    /'"two"' is not assignable to type 'number \| `\$\{number\}`/,
  ],
  [
    '    <lede-article-card prop:article="Lake ferry returns" />',
    /'string' has no properties in common with type 'Partial<Article>'/,
  ],
  ['    <lede-photo prop:width="1600" />', /Type 'string' is not assignable to type 'number'/],
];

const SOLID_MISTAKES = withMistakes(
  `import type {} from 'lede-widgets/solid-jsx';\n${story}\nexport const mistakes = (\n  <>`,
  [
    ...SOLID_WRONG_VALUES,
    [
      '    <lede-article-card on:lede-click={(event) => event.detail.headline} />',
      /Property 'headline' does not exist on type 'LedeArticleDetail'/,
    ],
    // Solid would set it as the property `updated`, LitElement's method.
    ['    <lede-article-card updated={story.url} />', /Property 'updated' does not exist/],
  ],
  '  </>\n);\n',
);

const SOLID_2_USAGE = `import type {} from 'lede-widgets/solid2-jsx';
import type { LedeArticleCard } from 'lede-widgets';
${story}
export const Wall = (props: { level: number; priority?: 'high' }) => {
  let card: LedeArticleCard | undefined;
  return (
    <>
      <lede-article-card
        ref={card}
        prop:article={story}
        layout="compact"
        heading-level={props.level}
        prop:headingLevel={props.level}
        fetchpriority={props.priority}
        updated="2026-03-21T09:30:00Z"
        breaking
        image-src={story.url}
        onLede-click={(event) => {
          const url: string | undefined = event.detail.url;
          return url;
        }}
      />
      <lede-photo src="https://img.example/typed.jpg" alt="" width={1600} prop:height={900} class="lead" />
      <lede-breaking-banner prop:items={[story]} onLede-dismiss={(event) => event.detail.id} />
      <lede-source-credit
        sources="Reuters, Interfax, TASS"
        prefix="Sources:"
        onLede-error={(event) => event.detail.reason}
      />
      <lede-feed src="https://news.example/world/rss.xml" limit={6} card-layout="compact" />
    </>
  );
};
`;

const SOLID_2_MISTAKES = withMistakes(
  `import type {} from 'lede-widgets/solid2-jsx';\n${story}\nexport const mistakes = (\n  <>`,
  [
    ...SOLID_WRONG_VALUES,
    [
      '    <lede-article-card onLede-click={(event) => event.detail.headline} />',
      /Property 'headline' does not exist on type 'LedeArticleDetail'/,
    ],
    // Solid 2.0 writes a plain name as an attribute: the object as "[object Object]";
    ['    <lede-article-card article={story} />', /Property 'article' does not exist/],
    // a camel-cased name too, as an attribute the element does not read.
    ['    <lede-article-card headingLevel={2} />', /Property 'headingLevel' does not exist/],
    // An attribute is text: the array is for the property, `prop:sources`.
    [
      "    <lede-article-card sources={['Reuters']} />",
      /Type 'string\[\]' is not assignable to type 'string'/,
    ],
    // Solid would listen for `ledeclick`.
    [
      '    <lede-article-card onLedeClick={(event) => event.detail.url} />',
      /Property 'onLedeClick' does not exist/,
    ],
    // Solid 1.9's listener, which 2.0's compiler refuses.
    [
      '    <lede-article-card on:lede-click={(event) => event.detail.url} />',
      /is not assignable to type 'undefined'/,
    ],
  ],
  '  </>\n);\n',
);

const VUE_USAGE = `<script setup lang="ts">
import 'lede-widgets/define';
import type {} from 'lede-widgets/vue';
import type { LedeClickEvent } from 'lede-widgets';
${story}
const opened = (event: LedeClickEvent): string | undefined => event.detail.url;
</script>

<template>
  <lede-article-card
    :article="story"
    layout="compact"
    heading-level="2"
    fetchpriority="high"
    image-src="https://img.example/typed.jpg"
    breaking
    @lede-click="opened"
  />
  <lede-photo src="https://img.example/typed.jpg" alt="" :width="1600" :height="900" class="lead" />
  <lede-breaking-banner :items="[story]" @lede-dismiss="(event) => event.detail.id" />
  <lede-source-credit
    sources="Reuters, Interfax, TASS"
    :creditPrefix="'Sources:'"
    @lede-error="(event) => event.detail.reason"
  />
  <lede-feed src="https://news.example/world/rss.xml" :limit="6" card-layout="compact" />
</template>
`;

const VUE_MISTAKES = withMistakes(
  `<script setup lang="ts">\nimport type {} from 'lede-widgets/vue';\n${story}\n</script>\n\n<template>`,
  [
    ['  <lede-article-card layout="sideways" />', /'"sideways"' is not assignable to type 'CardLayout/],
    [
      '  <lede-article-card heading-level="two" />',
      /'"two"' is not assignable to type 'number \| `\$\{number\}`/,
    ],
    [
      `  <lede-article-card :article="'Lake ferry returns'" />`,
      /'string' has no properties in common with type 'Partial<Article>'/,
    ],
    // Vue sets `width` as the property, text and all.
    ['  <lede-photo width="1600" />', /Type 'string' is not assignable to type 'number'/],
    [
      '  <lede-article-card @lede-click="(event) => event.detail.headline" />',
      /Property 'headline' does not exist on type 'LedeArticleDetail'/,
    ],
    // Vue would overwrite LitElement's updated() and Element's read-only prefix.
    [
      '  <lede-article-card updated="2026-03-21T09:30:00Z" />',
      /Type 'string' is not assignable to type 'undefined'/,
    ],
    ['  <lede-source-credit prefix="Sources:" />', /Type 'string' is not assignable to type 'undefined'/],
  ],
  '</template>\n',
);

/**
 * Solid's JSX in `project()`: a component using all five tags, the docs'
 * example that imports `entry`, and `mistakes`, type-checked with tsc.
 */
function describeSolid(title, { project, entry, jsxImportSource, usage, mistakes, usageTitle }) {
  describe(title, () => {
    const example = allSnippets(ROOT).find((snippet) => snippet.code.includes(`'${entry}'`));
    let errors;

    before(() => {
      assert.ok(example, `docs/elements.md shows ${entry}`);
      const app = project();
      writeFileSync(join(app, 'src/solid-usage.tsx'), usage);
      writeFileSync(join(app, 'src/solid-mistakes.tsx'), mistakes.text);
      writeFileSync(join(app, 'src/solid-docs.tsx'), `${example.code}export {};\n`);
      writeFileSync(
        join(app, 'tsconfig.solid.json'),
        JSON.stringify({
          compilerOptions: { ...STRICT_COMPILER_OPTIONS, jsx: 'preserve', jsxImportSource },
          files: ['src/solid-usage.tsx', 'src/solid-mistakes.tsx', 'src/solid-docs.tsx'],
        }),
      );
      errors = typeErrors(app, 'tsc', ['-p', 'tsconfig.solid.json']);
    });

    it(usageTitle, () => {
      assert.deepEqual(
        errors.filter((error) => error.file === 'src/solid-usage.tsx'),
        [],
      );
    });

    it(`type-checks the docs' example (${example && where(example)})`, () => {
      assert.deepEqual(
        errors.filter((error) => error.file === 'src/solid-docs.tsx'),
        [],
      );
    });

    it("fails to compile each mistake, with tsc's message", () => {
      assertCaught(errors, 'src/solid-mistakes.tsx', mistakes.expected);
    });
  });
}

describe('the Solid and Vue types, in scratch projects', { timeout: 300_000 }, () => {
  let scratch;
  let app;
  let solid2;

  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'lede-widgets-frameworks-'));
    const tarball = packInto(scratch);
    // vue-tsc runs on TypeScript's JavaScript API, which TypeScript 7 no longer has: our own pin, 6.
    const typescript = `typescript@${pinned('typescript')}`;
    app = scratchProject(scratch, 'app', [
      tarball,
      `solid-js@${SOLID}`,
      `vue@${VUE}`,
      `vue-tsc@${VUE_TSC}`,
      typescript,
    ]);
    // As solid-js 2.0's README sets a project up: both packages, JSX from @solidjs/web.
    solid2 = scratchProject(scratch, 'solid2', [
      tarball,
      `solid-js@${SOLID_2}`,
      `@solidjs/web@${SOLID_2}`,
      typescript,
    ]);
  });

  after(() => rmSync(scratch, { recursive: true, force: true }));

  describeSolid("Solid 1.9's JSX: lede-widgets/solid-jsx", {
    project: () => app,
    entry: 'lede-widgets/solid-jsx',
    jsxImportSource: 'solid-js',
    usage: SOLID_USAGE,
    mistakes: SOLID_MISTAKES,
    usageTitle:
      'types all five tags: attributes as text, prop: in their own types, on: handlers with the event classes',
  });

  describeSolid("Solid 2.0's JSX: lede-widgets/solid2-jsx", {
    project: () => solid2,
    entry: 'lede-widgets/solid2-jsx',
    jsxImportSource: '@solidjs/web',
    usage: SOLID_2_USAGE,
    mistakes: SOLID_2_MISTAKES,
    usageTitle:
      'types all five tags: attributes by their names, prop: in their own types, onLede-* handlers with the event classes',
  });

  describe('Vue templates with vue-tsc: lede-widgets/vue', () => {
    const examples = allSnippets(ROOT).filter((snippet) => snippet.kind === 'vue');
    let errors;

    before(() => {
      writeFileSync(join(app, 'src/VueUsage.vue'), VUE_USAGE);
      writeFileSync(join(app, 'src/VueMistakes.vue'), VUE_MISTAKES.text);
      examples.forEach((snippet, i) => writeFileSync(join(app, `src/VueDocs${i}.vue`), snippet.code));
      writeFileSync(
        join(app, 'tsconfig.vue.json'),
        JSON.stringify({ compilerOptions: STRICT_COMPILER_OPTIONS, include: ['src/*.vue'] }),
      );
      errors = typeErrors(app, 'vue-tsc', ['-p', 'tsconfig.vue.json']);
    });

    it('types all five tags: properties in their own types, other attributes as text, @lede-* with the event classes', () => {
      assert.deepEqual(
        errors.filter((error) => error.file === 'src/VueUsage.vue'),
        [],
      );
    });

    it("type-checks the docs' single-file components", () => {
      assert.ok(examples.length > 0, 'docs/elements.md shows Vue');
      assert.deepEqual(
        errors.filter((error) => error.file.startsWith('src/VueDocs')),
        [],
        examples.map(where).join(', '),
      );
    });

    it("fails to compile each mistake, with vue-tsc's message", () => {
      assertCaught(errors, 'src/VueMistakes.vue', VUE_MISTAKES.expected);
    });
  });
});
