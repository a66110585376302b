// Editor completion shipped in the package (built by `npm test` before this
// runs): VS Code's HTML and CSS custom data, and JetBrains' web-types, for
// the five tags, from custom-elements.json.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const TAGS = ['lede-article-card', 'lede-breaking-banner', 'lede-feed', 'lede-photo', 'lede-source-credit'];

describe('VS Code custom data', () => {
  const html = read(pkg.exports['./vscode.html-custom-data.json']);
  const tag = (name) => html.tags.find((entry) => entry.name === name);

  it('describes the five tags', () => {
    assert.deepEqual(html.tags.map((entry) => entry.name).sort(), TAGS);
    assert.match(tag('lede-feed').description, /lede-error/);
  });

  it('offers the attributes with their documented values, aliases expanded', () => {
    const layout = tag('lede-article-card').attributes.find((attribute) => attribute.name === 'layout');
    assert.deepEqual(
      layout.values.map((value) => value.name),
      ['stacked', 'horizontal', 'compact', 'hero'],
    );
    const sources = tag('lede-source-credit').attributes.find((attribute) => attribute.name === 'sources');
    assert.deepEqual(sources.values, [], 'a comma-separated list has no fixed values');
    assert.ok(tag('lede-article-card').attributes.some((attribute) => attribute.name === 'image-src'));
  });

  it("leaves out attributes of the elements' internal state", () => {
    const photo = tag('lede-photo').attributes.map((attribute) => attribute.name);
    assert.ok(photo.includes('alt'));
    assert.ok(!photo.includes('status'), photo.join(' '));
  });

  it("is where docs/elements.md's VS Code settings point", () => {
    const settings = readFileSync('docs/elements.md', 'utf8').match(/"html\.customData"[\s\S]*?\}/)[0];
    const named = [...settings.matchAll(/"\.\/node_modules\/lede-widgets\/([^"]+)"/g)].map(
      ([, file]) => file,
    );
    assert.deepEqual(named, [
      pkg.exports['./vscode.html-custom-data.json'].slice(2),
      pkg.exports['./vscode.css-custom-data.json'].slice(2),
    ]);
  });

  it('lists the --lede-* custom properties for CSS', () => {
    const css = read(pkg.exports['./vscode.css-custom-data.json']);
    assert.ok(css.properties.some((property) => property.name === '--lede-card-gap'));
  });
});

describe('JetBrains web-types', () => {
  const webTypes = read(pkg['web-types']);

  it('names this package and version, and describes the five tags', () => {
    assert.equal(webTypes.name, pkg.name);
    assert.equal(webTypes.version, pkg.version);
    assert.deepEqual(webTypes.contributions.html.elements.map((element) => element.name).sort(), TAGS);
  });
});
