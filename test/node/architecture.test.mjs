// The import structure of src/, read from the source: no import circle
// anywhere (a circle makes the order modules load in matter, and hides
// which module owns what), and the layers kept apart: the feed formats read
// an answer without knowing how it was fetched, and the loader fetches
// without knowing how often anyone polls.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

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
