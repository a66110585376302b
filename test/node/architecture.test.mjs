// The import structure of src/, read from the source: no import circle
// anywhere (a circle makes the order modules load in matter, and hides
// which module owns what), and the layers kept apart: the feed formats read
// an answer without knowing how it was fetched, and the loader fetches
// without knowing how often anyone polls. And one owner of an element's
// story source: the compiler refuses a write to it from anywhere else.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { assertMistakesFail } from '../support/type-errors.mjs';

/** Every TypeScript module of src/ (not declarations), as `src/…` paths. */
const modules = readdirSync('src', { recursive: true })
  .map((name) => `src/${name.split('\\').join('/')}`)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'));

/** The modules of ours a module imports: statically, dynamically, or for types only. */
const importsOf = (file) =>
  [
    ...readFileSync(file, 'utf8').matchAll(
      /^(?:import|export)\b[^;]*?from '(\.[^']+)'|\bimport\('(\.[^']+)'\)/gms,
    ),
  ].map(([, path, dynamic]) =>
    new URL((path ?? dynamic).replace(/\.js$/, '.ts'), `file:///${file}`).pathname.slice(1),
  );

describe('the modules of src/', () => {
  it('import one another without a circle', () => {
    const circles = new Set();
    const done = new Set();
    const visit = (file, path) => {
      if (path.includes(file)) return void circles.add([...path.slice(path.indexOf(file)), file].join(' → '));
      if (done.has(file) || !modules.includes(file)) return;
      for (const next of importsOf(file)) visit(next, [...path, file]);
      done.add(file);
    };
    for (const file of modules) visit(file, []);
    assert.deepEqual([...circles], []);
  });

  it('keep the feed formats apart from the transport: feed-formats/ imports nothing from loading/', () => {
    const crossings = modules
      .filter((file) => file.startsWith('src/feed-formats/'))
      .flatMap((file) =>
        importsOf(file)
          .filter((target) => target.startsWith('src/loading/'))
          .map((target) => `${file} → ${target}`),
      );
    assert.deepEqual(crossings, []);
  });

  it('keep the poll policy to the poller: only polling-controller.ts imports poll-schedule.ts', () => {
    const importers = modules.filter((file) => importsOf(file).includes('src/loading/poll-schedule.ts'));
    assert.deepEqual(importers, ['src/loading/polling-controller.ts']);
  });
});

describe("an element's story source", () => {
  // Each a write to the snapshot from outside StoryController, which the
  // types refuse: elements hold it as a StorySource, a poll as a PollReader.
  const edits = {
    'src/feed/feed.ts': [
      ['this.#stories.update(this.#currentLimit());', "$&\n    this.#stories.status = 'ready';"],
    ],
    'src/article-card/article-card.ts': [['this.#stories.update(1);', '$&\n    this.#stories.stories = [];']],
    'src/breaking-banner/breaking-banner.ts': [
      [
        'this.#stories.update();',
        '$&\n    this.#stories.fetched = undefined;\n    this.#stories.stories.sort((a, b) => storyMillis(b) - storyMillis(a));',
      ],
    ],
    'src/loading/polling-controller.ts': [
      ['member.reader.take(answer);', '{\n      member.reader.timeout = 0;\n      $&\n    }'],
    ],
  };
  const mistakes = [
    [
      'src/feed/feed.ts',
      "this.#stories.status = 'ready'",
      /Cannot assign to 'status' because it is a read-only property/,
    ],
    [
      'src/article-card/article-card.ts',
      'this.#stories.stories = []',
      /Cannot assign to 'stories' because it is a read-only property/,
    ],
    [
      'src/breaking-banner/breaking-banner.ts',
      'this.#stories.fetched = undefined',
      /Cannot assign to 'fetched' because it is a read-only property/,
    ],
    // The list is the controller's too: sorting it in place would change what the controller holds.
    [
      'src/breaking-banner/breaking-banner.ts',
      'this.#stories.stories.sort',
      /Property 'sort' does not exist on type 'readonly Story\[\]'/,
    ],
    [
      'src/loading/polling-controller.ts',
      'member.reader.timeout = 0',
      /Cannot assign to 'timeout' because it is a read-only property/,
    ],
  ];

  it('is written by its controller alone: a write from an element or a poll fails to compile', () => {
    assert.deepEqual(assertMistakesFail(edits, mistakes), [], 'no error outside the mistakes');
  });

  it('is held as a StorySource wherever it is made, so that the types keep it read-only', () => {
    const made = modules.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.includes('new StoryController('))
        .map((line) => `${file}: ${line.trim()}`),
    );
    assert.ok(made.length > 0, 'no module makes a StoryController: update this test');
    assert.deepEqual(
      made.filter((line) => !/#\w+: StorySource = new StoryController\(/.test(line)),
      [],
    );
  });
});
