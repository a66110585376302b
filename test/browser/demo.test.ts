import { expect } from '@open-wc/testing';
import { until } from '../support/helpers.js';

type AxeResults = { violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> };
type DemoWindow = Window & typeof globalThis & { axe: { run(context: Node): Promise<AxeResults> } };

/** Opens the demo page exactly as `npm start` serves it, in a frame of the test page. */
async function openDemo(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1200px; height: 900px';
  frame.src = '/demo/index.html';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  await frame.contentWindow!.customElements.whenDefined('lede-source-credit');
  await new Promise((resolve) => setTimeout(resolve, 100));
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

describe('the demo page', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('shows a credit in every demo language', async () => {
    frame = await openDemo();
    const doc = frame.contentDocument!;
    const langs = [...doc.querySelectorAll('.gallery lede-source-credit[lang]')].map((el) =>
      el.getAttribute('lang'),
    );
    for (const lang of ['en', 'ru', 'uk', 'fa', 'fa-AF', 'ps', 'ka']) expect(langs).to.include(lang);
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
    await until(() => persian.shadowRoot!.querySelector('[part~="base"]') !== null, 'the first Persian card');
    expect(getComputedStyle(persian.shadowRoot!.querySelector('[part~="base"]')!).direction).to.equal('rtl');
  });

  it('updates the preview and the embed code as the editor changes', async () => {
    frame = await openDemo();
    const doc = frame.contentDocument!;
    const sources = doc.querySelector<HTMLInputElement>('#credit-editor [name="sources"]')!;
    const lang = doc.querySelector<HTMLSelectElement>('#credit-editor [name="lang"]')!;
    sources.value = 'Caspian Wire, Pamir Agency';
    lang.value = 'fa';
    sources.dispatchEvent(new Event('input', { bubbles: true }));
    const preview = doc.querySelector('#credit-preview lede-source-credit')!;
    await (preview as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const base = preview.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    expect(base.querySelector('[part~="list"]')!.textContent).to.equal('Caspian Wire و Pamir Agency');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    const embed = doc.querySelector('#credit-embed')!.textContent!;
    expect(embed).to.include('sources="Caspian Wire, Pamir Agency"').and.include('lang="fa"');
    expect(embed).to.match(
      /<script type="module" src="https:\/\/[^"]+lede-widgets@\d+\.\d+\.\d+\/dist\/cdn\/lede-widgets\.js">/,
    );
  });

  for (const scheme of ['light', 'dark']) {
    it(`has no axe violations (${scheme} theme)`, async () => {
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
