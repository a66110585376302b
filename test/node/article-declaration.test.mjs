// The Article is declared once, in src/data/article.ts; what else describes
// it is generated from it or checked against it. Here: the shipped JSON
// Schema is what scripts/article-schema.mjs generates now, and the
// compiler refuses the data gate's tables and the STORY_FIELDS table when
// they disagree with the interfaces (each deliberate mistake below fails to
// compile with the compiler's own message, on its own line, and nothing
// else does).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { articleSchema, articleSchemaText, SCHEMA_FILE } from '../../scripts/article-schema.mjs';
import { assertMistakesFail } from '../support/type-errors.mjs';

describe('the Article JSON Schema', () => {
  it('is the one scripts/article-schema.mjs generates from src/data/article.ts', async () => {
    assert.ok(
      readFileSync(SCHEMA_FILE, 'utf8') === (await articleSchemaText()),
      `${SCHEMA_FILE} is out of date with src/data/article.ts: run \`npm run docs\` (or \`node scripts/article-schema.mjs\`) and commit it`,
    );
  });

  it('says what the gate enforces, field by field', () => {
    const { properties } = articleSchema();
    assert.deepEqual(properties.headline, {
      description: 'The headline, shown as text (markup in it shows as characters).',
      type: 'string',
      maxLength: 2000,
    });
    assert.equal(properties.published.format, 'date-time');
    assert.deepEqual(properties.authors.items, { type: 'string' });
    assert.equal(properties.authors.maxItems, 20);
    assert.equal(properties.image.properties.width.exclusiveMinimum, 0);
    assert.deepEqual(properties.image.required, ['src']);
    assert.deepEqual(properties.publisher.required, ['name']);
    assert.equal(properties.breaking.type, 'boolean');
  });
});

describe('the Article declared once', () => {
  // One mistake per table: the compiler reports one problem per object literal.
  const edits = {
    'src/data/article.ts': [['  kicker?: string;', '  kicker?: string;\n  subtitle?: string;']],
    'src/data/normalize.ts': [
      ['  credit: text,', '  credit: dimension,'],
      ['{ name: text, url, logo: url }', '{ name: text, url, logo: url, email: url }'],
    ],
    'src/story/fields.ts': [
      ['  kicker: {},', '  kicer: {},'],
      ["imageAlt: { field: 'image.alt' }", "imageAlt: { field: 'image.alts' }"],
    ],
  };
  const mistakes = [
    // A field added to the Article, with no cleaner in the gate.
    ['src/data/normalize.ts', 'const ARTICLE:', /Property 'subtitle' is missing .* 'Table<Article>'/],
    // A number cleaner for a text field.
    ['src/data/normalize.ts', 'credit: dimension', /'Cleaner<number>' is not assignable .*string/],
    // A field the Publisher does not have.
    ['src/data/normalize.ts', 'email: url', /'email' does not exist in type 'Table<Publisher>'/],
    // An attribute row named for no Article field.
    [
      'src/story/fields.ts',
      'export type StoryFieldPaths',
      /'"kicer"' is not assignable to type 'ArticlePath'/,
    ],
    // An attribute row whose field is no image field.
    ['src/story/fields.ts', "field: 'image.alts'", /'"image.alts"' is not assignable to type 'ArticlePath/],
  ];

  it('makes the gate and the attribute table fail to compile when they disagree with it', () => {
    const others = assertMistakesFail(edits, mistakes);
    // Only the table whose row is wrong fails: storyFromAttributes reads the rows as StoryFieldRow.
    assert.deepEqual(
      others.filter((error) => !/image\.alts/.test(error.text)),
      [],
      'no error outside the mistakes',
    );
  });
});
