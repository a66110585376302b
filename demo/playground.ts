// The playground: a live preview of one element, a form built from
// custom-elements.json for its attributes, editors for the theme tokens, and
// the exact embed code a partner pastes, with the CDN file's integrity hash.
import { VERSION } from '../src/version.js';
import { LANGUAGE_NAMES, LANGUAGES, localCopy, startingAttributes, type DemoLanguage } from './samples.js';

interface ManifestAttribute {
  name: string;
  type?: { text: string };
  description?: string;
}
interface ManifestCssProperty {
  name: string;
  default?: string;
  description?: string;
}
interface ManifestElement {
  tagName: string;
  attributes?: ManifestAttribute[];
  cssProperties?: ManifestCssProperty[];
}

/** Handled by the choices above the form (`theme`), or set only by a feed for its cards. */
const NOT_IN_FORM = new Set(['*:theme', 'lede-article-card:list-index']);
/** Type aliases in the manifest, spelled out. */
const ALIASES: Record<string, string[]> = {
  CardLayout: ['stacked', 'horizontal', 'compact', 'hero'],
  BannerLevel: ['breaking', 'developing', 'live', 'update'],
};
/** The shared tokens (see src/theme/base-styles.ts), editable for every element. */
const GLOBAL_TOKENS: ManifestCssProperty[] = [
  { name: '--lede-font-family', default: 'system-ui, …' },
  { name: '--lede-font-size', default: '1rem' },
  { name: '--lede-color-text', default: 'light-dark(#1b1c1f, #eceef2)' },
  { name: '--lede-color-muted', default: 'light-dark(#50545c, #b5bac4)' },
  { name: '--lede-color-link', default: 'light-dark(#0b57b0, #8fc2ff)' },
  { name: '--lede-color-accent', default: 'light-dark(#b3141c, #ff8a8f)' },
  { name: '--lede-color-surface', default: 'light-dark(#ffffff, #16171a)' },
  { name: '--lede-color-border', default: 'light-dark(#d5d8de, #3a3d44)' },
  { name: '--lede-space', default: '0.5rem' },
  { name: '--lede-radius', default: '0.375rem' },
];
const CDN_DIR = `https://cdn.jsdelivr.net/npm/lede-widgets@${VERSION}/dist/cdn`;

const form = document.querySelector<HTMLFormElement>('#playground')!;
const attributeFields = document.querySelector<HTMLFieldSetElement>('#playground-attributes')!;
const tokenFields = document.querySelector<HTMLFieldSetElement>('#playground-tokens')!;
const preview = document.querySelector<HTMLElement>('#playground-preview')!;
const embed = document.querySelector<HTMLElement>('#playground-embed')!;
const copyStatus = document.querySelector<HTMLElement>('#copy-status')!;

let manifest: ManifestElement[] = [];
/** integrity.json: each CDN file's Subresource Integrity hash. */
let integrity: Record<string, string> = {};
let element: HTMLElement | undefined;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function choicesFor(type: string): string[] | undefined {
  const literals = [...type.matchAll(/'([^']+)'/g)].map((match) => match[1]);
  if (literals.length > 0) return literals;
  const alias = Object.keys(ALIASES).find((name) => type.includes(name));
  return alias ? ALIASES[alias] : undefined;
}

function labelled(text: string, control: HTMLElement, hint?: string): HTMLLabelElement {
  const label = document.createElement('label');
  label.append(text, control);
  if (hint) label.title = hint;
  return label;
}

/** One control per attribute of the element, from its manifest entry. */
function buildAttributeFields(entry: ManifestElement, values: Record<string, string>): void {
  attributeFields.querySelectorAll('label').forEach((label) => label.remove());
  for (const attribute of entry.attributes ?? []) {
    if (NOT_IN_FORM.has(`*:${attribute.name}`) || NOT_IN_FORM.has(`${entry.tagName}:${attribute.name}`))
      continue;
    const type = attribute.type?.text ?? 'string';
    const choices = choicesFor(type);
    let control: HTMLInputElement | HTMLSelectElement;
    if (type.includes('boolean')) {
      control = Object.assign(document.createElement('input'), { type: 'checkbox' });
      control.checked = values[attribute.name] !== undefined;
    } else if (choices) {
      control = document.createElement('select');
      control.append(new Option('(default)', ''), ...choices.map((choice) => new Option(choice, choice)));
      control.value = values[attribute.name] ?? '';
    } else {
      control = Object.assign(document.createElement('input'), {
        type: type.includes('number') ? 'number' : 'text',
      });
      // Persian and Pashto samples read right to left in the form too.
      control.dir = 'auto';
      control.value = values[attribute.name] ?? '';
    }
    control.name = `attr:${attribute.name}`;
    attributeFields.append(labelled(attribute.name, control, attribute.description));
  }
}

function buildTokenFields(entry: ManifestElement): void {
  tokenFields.querySelectorAll('label').forEach((label) => label.remove());
  for (const token of [...GLOBAL_TOKENS, ...(entry.cssProperties ?? [])]) {
    const input = Object.assign(document.createElement('input'), {
      type: 'text',
      name: `token:${token.name}`,
    });
    input.placeholder = token.default ?? '';
    tokenFields.append(labelled(token.name, input, token.description));
  }
}

/** The attributes and tokens the form says, in order. */
function formState(): { attributes: Array<[string, string]>; tokens: Array<[string, string]> } {
  const attributes: Array<[string, string]> = [];
  const tokens: Array<[string, string]> = [];
  const lang = (form.elements.namedItem('lang') as HTMLSelectElement).value;
  const theme = (form.elements.namedItem('theme') as HTMLSelectElement).value;
  if (lang !== 'en') attributes.push(['lang', lang]);
  if (theme) attributes.push(['theme', theme]);
  for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name^="attr:"]')) {
    const name = control.name.slice('attr:'.length);
    if (control instanceof HTMLInputElement && control.type === 'checkbox') {
      if (control.checked) attributes.push([name, '']);
    } else if (control.value.trim() !== '') {
      attributes.push([name, control.value]);
    }
  }
  for (const input of form.querySelectorAll<HTMLInputElement>('[name^="token:"]')) {
    if (input.value.trim() !== '') tokens.push([input.name.slice('token:'.length), input.value.trim()]);
  }
  return { attributes, tokens };
}

/** Rebuilds the preview element from the form, and the embed code with it. */
function render(): void {
  const tag = (form.elements.namedItem('element') as HTMLSelectElement).value;
  const reducedMotion = (form.elements.namedItem('reduced-motion') as HTMLInputElement).checked;
  const { attributes, tokens } = formState();
  element?.remove();
  element = document.createElement(tag);
  // The theme choice sets the preview's `theme` here, with the code; demo.ts sets the gallery's.
  element.dataset.fixedTheme = '';
  for (const [name, value] of attributes) {
    // The preview's motion switch turns rotation off without changing the code.
    if (reducedMotion && name === 'rotate') continue;
    element.setAttribute(name, localCopy(value));
  }
  for (const [name, value] of tokens) element.style.setProperty(name, value);
  if (reducedMotion) element.style.setProperty('--lede-photo-fade-duration', '0s');
  preview.replaceChildren(element);

  const attributeText = attributes.map(([name, value]) =>
    value === '' ? name : `${name}="${escapeAttribute(value)}"`,
  );
  if (tokens.length > 0)
    attributeText.push(`style="${escapeAttribute(tokens.map(([n, v]) => `${n}: ${v}`).join('; '))}"`);
  // A confirmation of an earlier copy would now be wrong.
  copyStatus.textContent = '';
  // The stylesheet first: it gives the element its box before the script arrives. No hint for
  // the language pack: the script fetches it itself, and a preload could not be checked
  // (browsers ignore `integrity` on `as="fetch"`).
  embed.textContent =
    `<link rel="stylesheet" href="${CDN_DIR}/lede-widgets.css" integrity="${integrity['lede-widgets.css']}" crossorigin="anonymous">\n` +
    `<script type="module" async src="${CDN_DIR}/lede-widgets.js" integrity="${integrity['lede-widgets.js']}" crossorigin="anonymous"></script>\n` +
    `<${tag}${attributeText.map((text) => `\n  ${text}`).join('')}\n></${tag}>`;
}

function selectElement(): void {
  const tag = (form.elements.namedItem('element') as HTMLSelectElement).value;
  const lang = (form.elements.namedItem('lang') as HTMLSelectElement).value as DemoLanguage;
  const entry = manifest.find((candidate) => candidate.tagName === tag)!;
  buildAttributeFields(entry, startingAttributes(tag, LANGUAGES.includes(lang) ? lang : 'en'));
  buildTokenFields(entry);
  render();
}

/** Copies the code, and says so where the button is and to screen readers (a status region). */
async function copyEmbedCode(): Promise<void> {
  // Emptied first, so that a second copy is announced again.
  copyStatus.textContent = '';
  try {
    await navigator.clipboard.writeText(embed.textContent ?? '');
    copyStatus.textContent = 'Copied to the clipboard.';
  } catch {
    // No clipboard (a page not served over https or from localhost) or access refused: select the code so Ctrl+C copies it.
    getSelection()?.selectAllChildren(embed);
    copyStatus.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
  }
}

export async function setUpPlayground(): Promise<void> {
  const [manifestJson, integrityJson] = await Promise.all([
    fetch('./custom-elements.json').then((response) => response.json()),
    fetch('./integrity.json').then((response) => response.json()),
  ]);
  const picker = form.elements.namedItem('lang') as HTMLSelectElement;
  for (const lang of LANGUAGES.slice(1)) {
    const option = new Option(LANGUAGE_NAMES[lang], lang);
    option.lang = lang;
    picker.append(option);
  }
  manifest = manifestJson.modules.flatMap(
    (module: { declarations?: Array<ManifestElement & { customElement?: boolean }> }) =>
      (module.declarations ?? []).filter((declaration) => declaration.customElement),
  );
  integrity = integrityJson;

  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', (event) => {
    const control = event.target;
    if (!(control instanceof HTMLInputElement || control instanceof HTMLSelectElement)) return;
    if (control.name === 'element' || control.name === 'lang') selectElement();
    else if (control.name === 'width') preview.style.width = `${control.value}px`;
    else render();
  });
  document.querySelector('#copy-embed')!.addEventListener('click', copyEmbedCode);
  selectElement();
}
