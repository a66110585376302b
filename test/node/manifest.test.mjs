// custom-elements.json sees the properties elements take from shared tables
// (src/story/fields.ts): a row added there reaches every element's manifest.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';

const analyzer = resolve('node_modules/.bin/custom-elements-manifest');

function elementsOf(manifest) {
  return Object.fromEntries(
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.tagName)
      .map((declaration) => [declaration.tagName, declaration]),
  );
}

describe('custom-elements.json and the story fields table', () => {
  it('lists every row of the table as an attribute and a property of the card and the banner', () => {
    const elements = elementsOf(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
    for (const tag of ['lede-article-card', 'lede-breaking-banner']) {
      const attributes = elements[tag].attributes.map((attribute) => attribute.name);
      const members = elements[tag].members.map((member) => member.name);
      for (const [attribute, property] of [
        ['article-id', 'articleId'],
        ['image-src', 'imageSrc'],
        ['updated', 'updatedAt'],
        ['utm-source', 'utmSource'],
      ]) {
        assert.ok(attributes.includes(attribute), `${tag} ${attribute}`);
        assert.ok(members.includes(property), `${tag} ${property}`);
      }
    }
  });

  it('picks up a field added to the table', () => {
    // Inside the project, with the project's config: run elsewhere, the analyzer crawls far more than src/.
    const scratch = `.manifest-scratch-${process.pid}`;
    try {
      mkdirSync(scratch);
      cpSync('src', join(scratch, 'src'), { recursive: true });
      writeFileSync(
        join(scratch, 'config.mjs'),
        `import config from '../custom-elements-manifest.config.mjs';
export default { ...config, globs: ['${scratch}/src/**/*.ts'], exclude: ['${scratch}/src/**/*.styles.ts'], outdir: '${scratch}' };`,
      );
      const fields = join(scratch, 'src/story/fields.ts');
      writeFileSync(
        fields,
        readFileSync(fields, 'utf8').replace(
          'export const STORY_FIELDS = {',
          "export const STORY_FIELDS = {\n  /** The photo's caption. */\n  imageCaption: { field: 'image.caption' },",
        ),
      );
      execFileSync(analyzer, ['analyze', '--config', join(scratch, 'config.mjs'), '--quiet']);
      const elements = elementsOf(JSON.parse(readFileSync(join(scratch, 'custom-elements.json'), 'utf8')));
      for (const tag of ['lede-article-card', 'lede-breaking-banner']) {
        const attribute = elements[tag].attributes.find((entry) => entry.name === 'image-caption');
        assert.deepEqual(attribute, {
          name: 'image-caption',
          type: { text: 'string | undefined' },
          description: "The photo's caption.",
          fieldName: 'imageCaption',
        });
        assert.ok(elements[tag].members.some((member) => member.name === 'imageCaption'));
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

describe('check-manifest and @cssprop defaults', () => {
  it('reads the fallback where a stylesheet first uses a property, private copies as public names', async () => {
    const { cssFallbacks } = await import('../../scripts/check-manifest.mjs');
    const fallbacks = cssFallbacks(
      ':host { --p: var(--lede-card-padding, calc(var(--_lede-space) * 1.5)); } .x { gap: var(--lede-card-padding, 0); }',
    );
    assert.equal(fallbacks.get('--lede-card-padding'), 'calc(var(--lede-space) * 1.5)');
  });

  it('finds no documented default that differs from the CSS', async () => {
    const { checkManifest } = await import('../../scripts/check-manifest.mjs');
    assert.deepEqual(checkManifest(), []);
  });

  it('fails when internal state is listed as an attribute', async () => {
    const { internalAttributes } = await import('../../scripts/check-manifest.mjs');
    // What the analyzer wrote for the banner while its rotation was a Lit state property.
    const banner = {
      attributes: [
        { name: 'rotate', fieldName: 'rotate', description: 'Cycles through every current story.' },
        { name: 'rotation', fieldName: 'rotation' },
      ],
      members: [
        { kind: 'field', name: 'rotate', privacy: 'public' },
        { kind: 'field', name: 'rotation', privacy: 'private' },
      ],
    };
    assert.deepEqual(
      internalAttributes(banner).map((attribute) => attribute.name),
      ['rotation'],
    );
  });
});
