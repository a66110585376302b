import { expect } from '@open-wc/testing';
import { LANGUAGES } from '../../demo/samples.js';
import {
  axeViolations,
  DESKTOP,
  expectStill,
  type LayoutShifts,
  openDemo,
  openMeasured,
  openPage,
  PHONE,
  requireStaticDemo,
  settle,
  TAGS,
  type Updating,
} from '../support/demo-page.js';
import { until } from '../support/helpers.js';

// The page as `npm start` serves it. The playground has its own file, demo-playground.test.ts.

describe('the demo page', function () {
  // The dev server compiles the whole demo, and 29 language packs arrive, on first load: seconds on a busy machine.
  this.timeout(90_000);

  describe('opened at 1280×900', () => {
    // One page for these: they only read it.
    let frame: HTMLIFrameElement;
    let layoutShift: LayoutShifts;
    before(async () => {
      let stop: () => LayoutShifts;
      ({ frame, stop } = await openMeasured('/demo/index.html', DESKTOP));
      await settle(frame);
      layoutShift = stop();
    });
    after(() => frame.remove());

    it('does not move while it loads', () => {
      expectStill(layoutShift);
    });

    it('shows the embed code, wrapped, in the first screen', () => {
      const doc = frame.contentDocument!;
      const code = doc.querySelector('.embed pre')!;
      const inPage = (el: Element) => el.getBoundingClientRect().bottom + frame.contentWindow!.scrollY;
      expect(inPage(code), 'the code').to.be.at.most(DESKTOP.height);
      expect(inPage(doc.querySelector('#copy-embed')!), 'the copy button').to.be.at.most(DESKTOP.height);
      // The integrity hashes wrap: nothing to scroll sideways for.
      expect(code.textContent).to.include('integrity="sha384-');
      expect(code.scrollWidth).to.be.at.most(code.clientWidth);
    });

    it('shows a credit in every demo language', () => {
      const doc = frame.contentDocument!;
      const langs = [...doc.querySelectorAll('.gallery lede-source-credit[lang]')].map((el) =>
        el.getAttribute('lang'),
      );
      for (const lang of LANGUAGES) expect(langs, 'every newsroom language').to.include(lang);
      for (const el of doc.querySelectorAll('.gallery lede-source-credit[sources*="Wire"]')) {
        expect(el.shadowRoot!.querySelector('[part~="list"]')!.textContent, el.outerHTML).to.include('Wire');
      }
    });

    it('shows every banner, the live one from its local endpoint', async () => {
      const banners = [...frame.contentDocument!.querySelectorAll('lede-breaking-banner')];
      expect(banners.length).to.be.greaterThan(4);
      await until(
        () => banners.every((banner) => banner.shadowRoot!.querySelector('[part~="headline"]') !== null),
        'every banner to show a story',
      );
    });

    it('shows every feed from its local sample file', async () => {
      const feeds = [...frame.contentDocument!.querySelectorAll('lede-feed')];
      expect(feeds).to.have.length(2);
      // Its story, not the skeleton shown while the feed loads: the skeleton's cards are other elements, so the
      // first card is looked for again each time (WebKit shows the skeleton long enough to be caught holding one).
      const firstPersian = () => feeds[1].shadowRoot!.querySelector('lede-article-card')!;
      await until(
        () => firstPersian()?.shadowRoot!.querySelector('[part~="headline"]') != null,
        'the first Persian card',
      );
      const persian = firstPersian();
      expect(getComputedStyle(persian.shadowRoot!.querySelector('[part~="base"]')!).direction).to.equal(
        'rtl',
      );
    });

    it('shows every photo', async () => {
      const photos = [...frame.contentDocument!.querySelectorAll('lede-photo')];
      expect(photos.length).to.be.greaterThan(5);
      const statuses = () =>
        photos.map(
          (photo) => photo.shadowRoot!.querySelector<HTMLElement>('[part~="frame"]')!.dataset.status,
        );
      // Lazy images load when they come near the window.
      for (const photo of photos) {
        photo.scrollIntoView();
        await until(() => statuses().every((status) => status !== 'loading'), 'the photo in view');
      }
      expect(statuses()).to.deep.equal(photos.map(() => 'loaded'));
    });

    it('links to the API reference', () => {
      expect(frame.contentDocument!.querySelector('header a[href="./reference.html"]')).to.not.equal(null);
    });
  });

  it('fits a phone, 375×812, and does not move while it loads there', async () => {
    const { frame, stop } = await openMeasured('/demo/index.html', PHONE);
    try {
      await settle(frame);
      expectStill(stop());

      const doc = frame.contentDocument!;
      const width = doc.documentElement.clientWidth;
      expect(doc.documentElement.scrollWidth, 'the page').to.be.at.most(width);
      // The preview's width is still the chosen 768 px, narrowed to the screen.
      expect(doc.querySelector<HTMLInputElement>('[name="width"]:checked')!.value).to.equal('768');
      for (const selector of ['#playground-preview', '#playground-preview > *', '.embed pre']) {
        const box = doc.querySelector(selector)!.getBoundingClientRect();
        expect(box.left, selector).to.be.at.least(0);
        expect(box.right, selector).to.be.at.most(width);
      }
      const code = doc.querySelector('.embed pre')!;
      expect(code.scrollWidth, 'the embed code').to.be.at.most(code.clientWidth);
    } finally {
      frame.remove();
    }
  });

  it('loads the examples that fail on purpose only when asked, and each keeps what it can show', async () => {
    const frame = await openDemo();
    try {
      const doc = frame.contentDocument!;
      const section = doc.querySelector('[aria-labelledby="failures-title"]')!;
      expect(section.querySelectorAll(TAGS.join()), 'before the button').to.have.length(0);
      doc.querySelector<HTMLButtonElement>('#show-failures')!.click();
      expect(doc.activeElement).to.equal(doc.querySelector('#failures-title'));

      const card = section.querySelector<Updating>('lede-article-card')!;
      await until(() => card.shadowRoot?.querySelector('slot') != null, 'the failed card to give up');
      const fallback = card.querySelector('a')!;
      expect(fallback.getBoundingClientRect().height, "the partner's fallback link").to.be.greaterThan(0);

      const photo = section.querySelector('lede-photo')!;
      photo.scrollIntoView();
      const photoFrame = () => photo.shadowRoot?.querySelector<HTMLElement>('[part~="frame"]');
      await until(() => photoFrame()?.dataset.status === 'error', 'the broken image');
      expect(photo.shadowRoot!.textContent).to.include('When the image fails, the caption and credit stay.');

      const credit = section.querySelector<Updating>('lede-source-credit')!;
      await credit.updateComplete;
      expect(credit.shadowRoot!.textContent).to.include('Lede News');
      expect(credit.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
    } finally {
      frame.remove();
    }
  });

  it('has no axe violations, light or dark', async () => {
    const frame = await openDemo();
    try {
      const theme = frame.contentDocument!.querySelector<HTMLSelectElement>('#playground-theme')!;
      for (const scheme of ['light', 'dark']) {
        theme.value = scheme;
        theme.dispatchEvent(new Event('input', { bubbles: true }));
        expect(await axeViolations(frame), scheme).to.deep.equal([]);
      }
    } finally {
      frame.remove();
    }
  });
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
      if (path.startsWith('/dist/')) await requireStaticDemo();
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
});

describe('the static demo build (dist/demo)', function () {
  // Loading the bundle, the feeds and the banner, then axe: seconds on a busy machine.
  this.timeout(90_000);
  let frame: HTMLIFrameElement;
  before(requireStaticDemo);
  afterEach(() => frame?.remove());

  it('loads without a dev server and shows every element', async function () {
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
