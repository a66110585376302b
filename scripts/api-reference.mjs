// The API reference, generated from custom-elements.json (itself generated
// from the elements' JSDoc by `npm run build`) and, for the global tokens,
// from the shared stylesheet's declarations: docs/api.md for GitHub and
// npm, and demo/reference.html for the demo site. Both are checked in;
// `npm run docs` rewrites them, and a node test fails when they are stale.
//
// A small script rather than @custom-elements-manifest/to-markdown: that
// renders module by module (every export of index.ts included), escapes the
// JSDoc's inline code into literal backticks, and gives no HTML for the demo.
import { readdirSync, readFileSync } from 'node:fs';
import * as prettier from 'prettier';

/** The order the README and the demo use. */
const ORDER = ['lede-article-card', 'lede-photo', 'lede-breaking-banner', 'lede-source-credit', 'lede-feed'];

export const OUTPUTS = { markdown: 'docs/api.md', html: 'demo/reference.html' };

const isPublic = (member) => !member.privacy || member.privacy === 'public';

/** Each element's public surface, in the README's order. */
export function elementsOf(manifest) {
  const elements = manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => describe(declaration, module.path)),
  );
  const rank = (tag) => (ORDER.includes(tag) ? ORDER.indexOf(tag) : ORDER.length);
  elements.sort((a, b) => rank(a.tag) - rank(b.tag) || a.tag.localeCompare(b.tag));
  // A property shared between elements (`theme`, the UTM tagging…) means the
  // same everywhere: where one element documents it and another does not,
  // the reference uses the one description.
  const described = new Map();
  for (const property of elements.flatMap((element) => element.properties)) {
    if (property.description && !described.has(property.property)) {
      described.set(property.property, property.description);
    }
  }
  for (const property of elements.flatMap((element) => element.properties)) {
    property.description ||= described.get(property.property) ?? '';
  }
  return elements;
}

/** `@deprecated` text first, so nobody starts using an old name. */
function withDeprecation(deprecated, description) {
  if (!deprecated) return description;
  return `**Deprecated.** ${deprecated === true ? '' : deprecated} ${description}`.trim();
}

function describe(declaration, path) {
  const fields = declaration.members.filter(
    (member) => member.kind === 'field' && !member.static && isPublic(member) && !member.name.startsWith('_'),
  );
  // The analyzer lists Lit's internal `state` properties as attributes too: keep the public ones.
  const attributes = (declaration.attributes ?? []).filter(
    (attribute) => !attribute.fieldName || fields.some((field) => field.name === attribute.fieldName),
  );
  const properties = fields.map((field) => {
    const attribute = attributes.find((a) => a.fieldName === field.name);
    return {
      attribute: attribute?.name,
      property: field.name,
      type: field.type?.text ?? '',
      default: field.default ?? attribute?.default,
      description: withDeprecation(field.deprecated, field.description ?? attribute?.description ?? ''),
    };
  });
  // Attributes with no property of their own (none today, but the manifest allows them).
  for (const attribute of attributes.filter((a) => !a.fieldName)) {
    properties.push({
      attribute: attribute.name,
      type: attribute.type?.text ?? '',
      default: attribute.default,
      description: attribute.description ?? '',
    });
  }
  const entry = path.replace(/^src\//, '').replace(/\/[^/]+\.ts$/, '');
  return {
    tag: declaration.tagName,
    className: declaration.name,
    summary: declaration.summary ?? '',
    description: declaration.description ?? '',
    module: `lede-widgets/${entry}`,
    define: `lede-widgets/${entry}/define`,
    properties,
    events: (declaration.events ?? []).map((event) => ({
      name: event.name,
      type: event.type?.text ?? 'Event',
      description: event.description ?? '',
    })),
    slots: (declaration.slots ?? []).map((slot) => ({
      name: slot.name,
      description: slot.description ?? '',
    })),
    parts: (declaration.cssParts ?? []).map((part) => ({
      name: part.name,
      description: part.description ?? '',
    })),
    cssProperties: (declaration.cssProperties ?? []).map((property) => ({
      name: property.name,
      default: property.default,
      description: property.description ?? '',
    })),
  };
}

/**
 * The global `--lede-*` tokens and their defaults: each `var(--lede-x, <default>)`
 * the shared stylesheet reads, most through its `--_lede-x` private copies,
 * wherever in `sources` (file texts) it is. It is the one that makes those copies.
 * The first reading of a token is its default: later ones are the fallbacks
 * for older browsers, under `@supports not (…)`.
 */
export function tokensOf(sources) {
  const tokens = new Map();
  for (const source of sources.filter((text) => /--_lede-[\w-]+:\s*var\(/.test(text))) {
    for (const match of source.matchAll(/var\(\s*--lede-([\w-]+)\s*,/g)) {
      const start = match.index + match[0].length;
      let depth = 1;
      let end = start;
      for (; end < source.length && depth > 0; end++) {
        if (source[end] === '(') depth++;
        else if (source[end] === ')') depth--;
      }
      if (tokens.has(`--lede-${match[1]}`)) continue;
      tokens.set(
        `--lede-${match[1]}`,
        source
          .slice(start, end - 1)
          .replace(/\s+/g, ' ')
          .trim(),
      );
    }
  }
  return [...tokens].map(([name, value]) => ({ name, default: value }));
}

function sourceTexts(dir = 'src') {
  return readdirSync(dir, { recursive: true })
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map((file) => readFileSync(`${dir}/${file}`, 'utf8'));
}

// ── Markdown ─────────────────────────────────────────────────────────────

/** JSDoc text in a table cell: one line, pipes escaped. */
const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const code = (text) => (text === undefined || text === '' ? '' : `\`${cell(text)}\``);

function table(head, rows) {
  if (rows.length === 0) return '';
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ].join('\n');
}

function elementMarkdown(element) {
  return [
    `## \`<${element.tag}>\``,
    '',
    `**${element.summary}**`,
    '',
    element.description,
    '',
    `Class \`${element.className}\` from \`${element.module}\`; \`import '${element.define}'\` registers the tag.`,
    '',
    '### Attributes and properties',
    '',
    table(
      ['attribute', 'property', 'type', 'default', 'description'],
      element.properties.map((p) => [
        code(p.attribute),
        code(p.property),
        code(p.type),
        code(p.default),
        cell(p.description),
      ]),
    ),
    '### Events',
    '',
    table(
      ['event', 'class', 'description'],
      element.events.map((e) => [code(e.name), code(e.type), cell(e.description)]),
    ),
    '### Slots',
    '',
    table(
      ['slot', 'description'],
      element.slots.map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
    ),
    '### CSS parts',
    '',
    table(
      ['part', 'description'],
      element.parts.map((p) => [code(p.name), cell(p.description)]),
    ),
    '### CSS custom properties',
    '',
    table(
      ['property', 'default', 'description'],
      element.cssProperties.map((p) => [code(p.name), code(p.default), cell(p.description)]),
    ),
  ].join('\n');
}

function tokensMarkdown(tokens) {
  return [
    '## Global tokens',
    '',
    'Every element reads these; set them on the elements or any ancestor. `light-dark(<light>, <dark>)`',
    'gives a value per colour scheme; a plain value applies in both.',
    '',
    table(
      ['property', 'default'],
      tokens.map((t) => [code(t.name), code(t.default)]),
    ),
  ].join('\n');
}

export function toMarkdown(elements, tokens) {
  return [
    '# API reference',
    '',
    '<!-- Generated from custom-elements.json by `npm run docs`. Do not edit: change the JSDoc in src/. -->',
    '',
    'Every element, as its JSDoc in `src/` describes it. Attributes are kebab-case, properties camelCase;',
    'events bubble and are composed. The [README](../README.md) shows them in use.',
    '',
    ...elements.map((element) => `- [\`<${element.tag}>\`](#${element.tag}) — ${element.summary}`),
    '- [Global tokens](#global-tokens) — the `--lede-*` custom properties every element reads.',
    '',
    ...elements.map(elementMarkdown),
    tokensMarkdown(tokens),
  ].join('\n');
}

// ── HTML (the demo's reference page) ─────────────────────────────────────

const escapeHtml = (text) =>
  String(text ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** JSDoc prose: escaped, with its `inline code` kept as code. */
const prose = (text) =>
  escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
const paragraphs = (text) =>
  text
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph.trim())
    .map((paragraph) => `<p>${prose(paragraph.replace(/\s*\n\s*/g, ' '))}</p>`)
    .join('\n');
const codeHtml = (text) => (text === undefined || text === '' ? '' : `<code>${escapeHtml(text)}</code>`);

function tableHtml(id, caption, head, rows) {
  if (rows.length === 0) return '';
  return `<table id="${id}">
  <caption>${caption}</caption>
  <thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>
  <tbody>
${rows.map((row) => `    <tr>${row.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
  </tbody>
</table>`;
}

function elementHtml(element) {
  const id = element.tag;
  return `<section id="${id}" aria-labelledby="${id}-title">
  <h2 id="${id}-title"><code>&lt;${id}&gt;</code></h2>
  <p class="summary">${prose(element.summary)}</p>
  ${paragraphs(element.description)}
  <p>Class <code>${element.className}</code> from <code>${element.module}</code>;
    <code>import '${element.define}'</code> registers the tag.</p>
  ${tableHtml(
    `${id}-properties`,
    'Attributes and properties',
    ['attribute', 'property', 'type', 'default', 'description'],
    element.properties.map((p) => [
      codeHtml(p.attribute),
      codeHtml(p.property),
      codeHtml(p.type),
      codeHtml(p.default),
      prose(p.description),
    ]),
  )}
  ${tableHtml(
    `${id}-events`,
    'Events',
    ['event', 'class', 'description'],
    element.events.map((e) => [codeHtml(e.name), codeHtml(e.type), prose(e.description)]),
  )}
  ${tableHtml(
    `${id}-slots`,
    'Slots',
    ['slot', 'description'],
    element.slots.map((s) => [s.name ? codeHtml(s.name) : '(default)', prose(s.description)]),
  )}
  ${tableHtml(
    `${id}-parts`,
    'CSS parts',
    ['part', 'description'],
    element.parts.map((p) => [codeHtml(p.name), prose(p.description)]),
  )}
  ${tableHtml(
    `${id}-css-properties`,
    'CSS custom properties',
    ['property', 'default', 'description'],
    element.cssProperties.map((p) => [codeHtml(p.name), codeHtml(p.default), prose(p.description)]),
  )}
</section>`;
}

function tokensHtml(tokens) {
  return `<section id="global-tokens" aria-labelledby="global-tokens-title">
  <h2 id="global-tokens-title">Global tokens</h2>
  <p>Every element reads these; set them on the elements or any ancestor. <code>light-dark(&lt;light&gt;, &lt;dark&gt;)</code>
    gives a value per colour scheme; a plain value applies in both.</p>
  ${tableHtml(
    'global-tokens-table',
    'Global tokens',
    ['property', 'default'],
    tokens.map((t) => [codeHtml(t.name), codeHtml(t.default)]),
  )}
</section>`;
}

export function toHtml(elements, tokens) {
  return `<!doctype html>
<!-- Generated from custom-elements.json by \`npm run docs\`. Do not edit: change the JSDoc in src/. -->
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>lede-widgets — API reference</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="./demo.css" />
  </head>
  <body class="reference">
    <header class="page-header">
      <h1>lede-widgets — API reference</h1>
      <p>Every element, as its JSDoc describes it. <a href="./index.html">Back to the demo</a>.</p>
      <nav aria-label="Elements">
        <ul>
          ${elements.map((e) => `<li><a href="#${e.tag}"><code>&lt;${e.tag}&gt;</code></a></li>`).join('\n')}
          <li><a href="#global-tokens">Global tokens</a></li>
        </ul>
      </nav>
    </header>
    <main>
      ${elements.map(elementHtml).join('\n')}
      ${tokensHtml(tokens)}
    </main>
  </body>
</html>
`;
}

// ── Files ────────────────────────────────────────────────────────────────

async function formatted(text, file) {
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...options, filepath: file });
}

/** What each output should contain, from the manifest at `manifestPath`. */
export async function expectedOutputs(manifestPath = 'custom-elements.json') {
  const elements = elementsOf(JSON.parse(readFileSync(manifestPath, 'utf8')));
  const tokens = tokensOf(sourceTexts());
  return {
    [OUTPUTS.markdown]: await formatted(toMarkdown(elements, tokens), OUTPUTS.markdown),
    [OUTPUTS.html]: await formatted(toHtml(elements, tokens), OUTPUTS.html),
  };
}

/** The outputs whose checked-in text differs from what the manifest gives. */
export async function staleOutputs(manifestPath) {
  const expected = await expectedOutputs(manifestPath);
  return Object.keys(expected).filter((file) => {
    try {
      return readFileSync(file, 'utf8') !== expected[file];
    } catch {
      return true;
    }
  });
}
