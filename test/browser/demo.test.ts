import { expect } from '@open-wc/testing';
import { VERSION } from '../../src/version.js';
import { LANGUAGES } from '../../demo/samples.js';
import { until } from '../support/helpers.js';

type AxeResults = { violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> };
type DemoWindow = Window & typeof globalThis & { axe: { run(context: Node): Promise<AxeResults> } };

/** Opens a page of the demo site in a frame of the test page. */
async function openPage(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1200px; height: 900px';
  frame.src = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Opens the demo page exactly as `npm start` serves it, once its elements are defined. */
async function openDemo(path = '/demo/index.html'): Promise<HTMLIFrameElement> {
  const frame = await openPage(path);
  await frame.contentWindow!.customElements.whenDefined('lede-source-credit');
  await new Promise((resolve) => setTimeout(resolve, 100));
  // Every language's pack arrives on first use.
  await until(
    () =>
      [...frame.contentDocument!.querySelectorAll('.gallery lede-source-credit[lang]')].every((el) =>
        el.shadowRoot?.querySelector('[part~="base"]'),
      ),
    'every credit in its language',
    10_000,
  );
  return frame;
}

async function axeViolations(frame: HTMLIFrameElement): Promise<string[]> {
  const doc = frame.contentDocument!;
  const script = doc.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  doc.head.append(script);
  await loaded;
  const results = await (frame.contentWindow as DemoWindow).axe.run(doc);
  return results.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

describe('the demo page', function () {
  // The dev server compiles the whole demo, and 29 language packs arrive, on first load: seconds on a busy machine.
  this.timeout(20_000);
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('shows a credit in every demo language', async () => {
    frame = await openDemo();
    const doc = frame.contentDocument!;
    const langs = [...doc.querySelectorAll('.gallery lede-source-credit[lang]')].map((el) =>
      el.getAttribute('lang'),
    );
    for (const lang of ['en', 'ru', 'uk', 'fa', 'fa-AF', 'ps', 'ka']) expect(langs).to.include(lang);
    for (const lang of LANGUAGES) expect(langs, 'every newsroom language').to.include(lang);
    for (const el of doc.querySelectorAll('.gallery lede-source-credit[sources*="Wire"]')) {
      expect(el.shadowRoot!.querySelector('[part~="list"]')!.textContent, el.outerHTML).to.include('Wire');
    }
  });

  it('shows every photo, or its alt text where the image is broken', async () => {
    frame = await openDemo();
    const photos = [...frame.contentDocument!.querySelectorAll('lede-photo')];
    expect(photos.length).to.be.greaterThan(5);
    const statuses = async () =>
      photos.map((photo) => photo.shadowRoot!.querySelector<HTMLElement>('[part~="frame"]')!.dataset.status);
    for (let tries = 0; tries < 100 && (await statuses()).includes('loading'); tries++) {
      photos.forEach((photo) => photo.scrollIntoView());
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    const final = await statuses();
    expect(final.filter((status) => status === 'error')).to.have.length(1);
    expect(final.filter((status) => status === 'loaded')).to.have.length(photos.length - 1);
  });

  it('shows every banner, the live one from its local endpoint', async () => {
    frame = await openDemo();
    const banners = [...frame.contentDocument!.querySelectorAll('lede-breaking-banner')];
    expect(banners.length).to.be.greaterThan(4);
    await until(
      () => banners.every((banner) => banner.shadowRoot!.querySelector('[part~="headline"]') !== null),
      'every banner to show a story',
    );
  });

  it('shows every feed from its local sample file', async () => {
    frame = await openDemo();
    const feeds = [...frame.contentDocument!.querySelectorAll('lede-feed')];
    expect(feeds).to.have.length(2);
    await until(
      () => feeds.every((feed) => feed.shadowRoot!.querySelectorAll('lede-article-card').length >= 3),
      'every feed to show its cards',
    );
    const persian = feeds[1].shadowRoot!.querySelector('lede-article-card')!;
    // Its story, not the skeleton shown while the feed loads.
    await until(
      () => persian.shadowRoot!.querySelector('[part~="headline"]') !== null,
      'the first Persian card',
    );
    expect(getComputedStyle(persian.shadowRoot!.querySelector('[part~="base"]')!).direction).to.equal('rtl');
  });

  describe('playground', () => {
    const control = <T extends Element>(doc: Document, name: string) =>
      doc.querySelector<T>(`#playground [name="${name}"]`)!;
    const previewElement = (doc: Document) =>
      doc.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('#playground-preview > *')!;
    const change = (field: HTMLInputElement | HTMLSelectElement, value: string) => {
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    };

    it('builds its form from custom-elements.json, for each element', async () => {
      frame = await openDemo();
      const doc = frame.contentDocument!;
      await until(
        () => doc.querySelector('#playground-attributes [name="attr:headline"]') !== null,
        'the form',
      );
      expect(doc.querySelector('#playground-attributes [name="attr:layout"]')!.localName).to.equal('select');
      change(control(doc, 'element'), 'lede-photo');
      for (const name of ['src', 'alt', 'ratio', 'loading', 'fit', 'position']) {
        expect(doc.querySelector(`#playground-attributes [name="attr:${name}"]`), name).to.not.equal(null);
      }
      expect(doc.querySelector('#playground-tokens [name="token:--lede-photo-radius"]')).to.not.equal(null);
      expect(previewElement(doc).localName).to.equal('lede-photo');
    });

    it('updates the preview and the embed code as an attribute changes', async () => {
      frame = await openDemo();
      const doc = frame.contentDocument!;
      await until(
        () => doc.querySelector('#playground-attributes [name="attr:headline"]') !== null,
        'the form',
      );
      change(control(doc, 'attr:headline'), 'Edited in the playground');
      const card = previewElement(doc);
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('[part~="headline"]')!.textContent).to.equal(
        'Edited in the playground',
      );
      const embed = doc.querySelector('#playground-embed')!.textContent!;
      expect(embed).to.include('headline="Edited in the playground"');
      const integrity = (await (await fetch('/dist/cdn/integrity.json')).json())['lede-widgets.js'];
      expect(embed).to.include(
        `<script type="module" src="https://cdn.jsdelivr.net/npm/lede-widgets@${VERSION}/dist/cdn/lede-widgets.js" integrity="${integrity}" crossorigin="anonymous"></script>`,
      );
    });

    it('puts the pre-upgrade stylesheet, with its integrity, before the script', async () => {
      frame = await openDemo();
      const code = frame.contentDocument!.querySelector('#playground-embed')!;
      await until(() => (code.textContent ?? '').includes('<script'), 'the embed code');
      const embed = code.textContent!;
      const integrity = (await (await fetch('/dist/cdn/integrity.json')).json())['lede-widgets.css'];
      const link = `<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/lede-widgets@${VERSION}/dist/cdn/lede-widgets.css" integrity="${integrity}" crossorigin="anonymous">`;
      expect(embed.startsWith(`${link}\n<script type="module"`)).to.equal(true);
    });

    it('flips direction when the language changes', async () => {
      frame = await openDemo();
      const doc = frame.contentDocument!;
      await until(
        () => doc.querySelector('#playground-attributes [name="attr:headline"]') !== null,
        'the form',
      );
      change(control(doc, 'lang'), 'fa');
      const card = previewElement(doc);
      await card.updateComplete;
      const base = card.shadowRoot!.querySelector('[part~="base"]')!;
      expect(getComputedStyle(base).direction).to.equal('rtl');
      expect(card.shadowRoot!.querySelector('[part~="headline"]')!.textContent).to.equal(
        'کشتی دریاچه پس از سه هفته تعمیر بازگشت',
      );
      expect(doc.querySelector('#playground-embed')!.textContent).to.include('lang="fa"');
    });

    it('offers every language, and embeds no hint for its pack that a browser would ignore or warn about', async () => {
      frame = await openDemo();
      const doc = frame.contentDocument!;
      await until(
        () => doc.querySelector('#playground-attributes [name="attr:headline"]') !== null,
        'the form',
      );
      const offered = [...doc.querySelectorAll<HTMLOptionElement>('#playground-lang option')].map(
        (o) => o.value,
      );
      expect(offered).to.deep.equal([...LANGUAGES]);
      change(control(doc, 'lang'), 'ka');
      const embed = doc.querySelector('#playground-embed')!.textContent!;
      expect(embed).to.include('lang="ka"');
      // Chromium ignores `integrity` on a fetch preload, and warns: the script fetches and checks the pack itself.
      expect(embed).to.not.include('preload').and.not.include('locales/');
      await until(
        () => previewElement(doc).shadowRoot?.querySelector('[part~="headline"]') != null,
        'the preview',
      );
      expect(previewElement(doc).shadowRoot!.querySelector('[part~="headline"]')!.textContent).to.equal(
        'ტბის ბორანი სამკვირიანი შეკეთების შემდეგ დაბრუნდა',
      );
    });

    it('applies theme tokens, the theme and the preview width', async () => {
      frame = await openDemo();
      const doc = frame.contentDocument!;
      await until(
        () => doc.querySelector('#playground-tokens [name="token:--lede-color-accent"]') !== null,
        'the form',
      );
      change(control(doc, 'token:--lede-color-accent'), 'rgb(0, 128, 0)');
      change(control(doc, 'theme'), 'dark');
      const card = previewElement(doc);
      await card.updateComplete;
      expect(getComputedStyle(card.shadowRoot!.querySelector('[part~="kicker"]')!).color).to.equal(
        'rgb(0, 128, 0)',
      );
      expect(card.getAttribute('theme')).to.equal('dark');
      expect(doc.querySelector('#playground-embed')!.textContent).to.include(
        'style="--lede-color-accent: rgb(0, 128, 0)"',
      );
      const narrow = doc.querySelector<HTMLInputElement>('#playground [name="width"][value="320"]')!;
      narrow.click();
      expect(doc.querySelector('#playground-preview')!.getBoundingClientRect().width).to.equal(320);
    });
  });

  for (const scheme of ['light', 'dark']) {
    it(`has no axe violations (${scheme} theme)`, async function () {
      // axe reads the whole page: seconds on a busy machine.
      this.timeout(20_000);
      frame = await openDemo();
      const radio = frame.contentDocument!.querySelector<HTMLInputElement>(
        `input[name="page-theme"][value="${scheme}"]`,
      )!;
      radio.click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await axeViolations(frame)).to.deep.equal([]);
    });
  }
});

describe('the API reference page', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  type Declaration = {
    tagName?: string;
    members?: Array<{ name: string; privacy?: string }>;
    attributes?: Array<{ name: string; fieldName?: string }>;
    cssProperties?: Array<{ name: string }>;
  };

  for (const path of ['/demo/reference.html', '/dist/demo/reference.html']) {
    it(`documents every element of custom-elements.json, linked from the demo (${path})`, async function () {
      // axe reads every cell of the long tables.
      this.timeout(20_000);
      frame = await openPage(path);
      const doc = frame.contentDocument!;
      const manifest = await (await fetch('/custom-elements.json')).json();
      const declarations: Declaration[] = manifest.modules.flatMap(
        (module: { declarations?: Declaration[] }) => module.declarations ?? [],
      );
      const elements = declarations.filter((declaration) => declaration.tagName);
      expect(elements.length).to.equal(5);
      for (const { tagName, members = [], attributes = [], cssProperties = [] } of elements) {
        // Lit's internal state is listed among the attributes too; the reference leaves it out.
        const internal = new Set(members.filter((m) => m.privacy === 'private').map((m) => m.name));
        const documented = attributes.filter((a) => !internal.has(a.fieldName ?? ''));
        const section = doc.getElementById(tagName!)!;
        expect(section, tagName).to.not.equal(null);
        const text = section.textContent!;
        for (const name of [...documented.map((a) => a.name), ...cssProperties.map((p) => p.name)]) {
          expect(text.includes(name), `${tagName} ${name}`).to.equal(true);
        }
        expect(doc.querySelector(`nav a[href="#${tagName}"]`), tagName).to.not.equal(null);
      }
      expect(doc.getElementById('global-tokens')!.textContent).to.include('--lede-color-text');
      expect(doc.querySelector('a[href="./index.html"]')).to.not.equal(null);
      expect(await axeViolations(frame)).to.deep.equal([]);
    });
  }

  it('is linked from the demo page', async () => {
    frame = await openDemo();
    expect(frame.contentDocument!.querySelector('header a[href="./reference.html"]')).to.not.equal(null);
  });
});

describe('the static demo build (dist/demo)', function () {
  this.timeout(15_000);
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('loads without a dev server and shows every element', async function () {
    // Loading the bundle, the feeds and the banner, then axe: seconds on a busy machine.
    this.timeout(20_000);
    const errors: string[] = [];
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1200px; height: 900px';
    frame.src = '/dist/demo/index.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    frame.contentWindow!.addEventListener('error', (event) => errors.push(event.message));
    const doc = frame.contentDocument!;
    // The page script is the bundle, not the TypeScript source.
    expect(doc.querySelector('script[type="module"]')!.getAttribute('src')).to.equal('./demo.js');
    for (const tag of [
      'lede-article-card',
      'lede-photo',
      'lede-breaking-banner',
      'lede-source-credit',
      'lede-feed',
    ]) {
      await frame.contentWindow!.customElements.whenDefined(tag);
      expect(doc.querySelectorAll(tag).length, tag).to.be.greaterThan(0);
    }
    await until(() => doc.querySelector('#playground-preview lede-article-card') !== null, 'the playground');
    await until(
      () =>
        [...doc.querySelectorAll('lede-feed')].every(
          (feed) => feed.shadowRoot!.querySelectorAll('lede-article-card').length >= 3,
        ),
      'the feeds',
    );
    const live = doc.querySelector('lede-breaking-banner[src]')!;
    await until(() => live.shadowRoot!.querySelector('[part~="headline"]') !== null, 'the live banner');
    expect(errors).to.deep.equal([]);
    expect(await axeViolations(frame)).to.deep.equal([]);
  });
});
