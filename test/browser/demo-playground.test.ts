import { expect } from '@open-wc/testing';
import { VERSION } from '../../src/version.js';
import { LANGUAGES } from '../../demo/samples.js';
import { openPlayground, TAGS, type Updating } from '../support/demo-page.js';
import { until } from '../support/helpers.js';

// The demo page's playground, as `npm start` serves it: each test on a fresh page, since each changes it.

describe('the demo page', function () {
  // The dev server compiles the whole demo on first load: seconds on a busy machine.
  this.timeout(90_000);
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  describe('playground', () => {
    const control = <T extends Element>(doc: Document, name: string) =>
      doc.querySelector<T>(`#playground [name="${name}"]`)!;
    const previewElement = (doc: Document) => doc.querySelector<Updating>('#playground-preview > *')!;
    const change = (field: HTMLInputElement | HTMLSelectElement, value: string) => {
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    };
    const embedCode = (doc: Document) => doc.querySelector('#playground-embed')!.textContent!;

    it('builds its form from custom-elements.json, for each element', async () => {
      frame = await openPlayground();
      const doc = frame.contentDocument!;
      expect(doc.querySelector('#playground-attributes [name="attr:layout"]')!.localName).to.equal('select');
      change(control(doc, 'element'), 'lede-photo');
      for (const name of ['src', 'alt', 'ratio', 'loading', 'fit', 'position']) {
        expect(doc.querySelector(`#playground-attributes [name="attr:${name}"]`), name).to.not.equal(null);
      }
      expect(doc.querySelector('#playground-tokens [name="token:--lede-photo-radius"]')).to.not.equal(null);
      expect(previewElement(doc).localName).to.equal('lede-photo');
    });

    it('updates the preview and the embed code as an attribute changes', async () => {
      frame = await openPlayground();
      const doc = frame.contentDocument!;
      change(control(doc, 'attr:headline'), 'Edited in the playground');
      const card = previewElement(doc);
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('[part~="headline"]')!.textContent).to.equal(
        'Edited in the playground',
      );
      const embed = embedCode(doc);
      expect(embed).to.include('headline="Edited in the playground"');
      const integrity = (await (await fetch('/dist/cdn/integrity.json')).json())['lede-widgets.js'];
      expect(embed).to.include(
        `<script type="module" async src="https://cdn.jsdelivr.net/npm/lede-widgets@${VERSION}/dist/cdn/lede-widgets.js" integrity="${integrity}" crossorigin="anonymous"></script>`,
      );
    });

    it('writes code a partner can paste: every URL in it absolute, for every element and language', async () => {
      frame = await openPlayground();
      const doc = frame.contentDocument!;
      for (const tag of TAGS) {
        for (const lang of ['en', 'fa']) {
          change(control(doc, 'element'), tag);
          change(control(doc, 'lang'), lang);
          const code = new DOMParser().parseFromString(embedCode(doc), 'text/html');
          const values = [...code.querySelectorAll('*')].flatMap((el) =>
            [...el.attributes].map((attribute) => [`${tag} ${lang}: ${attribute.name}`, attribute.value]),
          );
          for (const [where, value] of values) {
            if (/(^|-)(src|href)$/.test(where)) expect(value, where).to.match(/^https:\/\/[^/]/);
            expect(value, where).to.not.match(/^\.{0,2}\//);
          }
          expect(code.querySelector(tag), tag).to.not.equal(null);
        }
      }
    });

    it('previews the sample URLs from the demo’s own copies of them', async () => {
      frame = await openPlayground();
      const doc = frame.contentDocument!;
      expect(embedCode(doc)).to.include('image-src="https://img.example/');
      const photo = previewElement(doc).shadowRoot!.querySelector('lede-photo')!;
      await until(
        () => photo.shadowRoot?.querySelector('[part~="frame"][data-status="loaded"]') != null,
        'the preview photo',
      );
      expect(photo.shadowRoot!.querySelector('img')!.src).to.match(/\/demo\/assets\/valley\.svg$/);
    });

    it('confirms a copy where it can be seen, and in a status region screen readers announce', async () => {
      frame = await openPlayground();
      const doc = frame.contentDocument!;
      const copied: string[] = [];
      const clipboard = frame.contentWindow!.navigator.clipboard;
      clipboard.writeText = async (text: string) => void copied.push(text);
      const status = doc.querySelector<HTMLElement>('#copy-status')!;
      const button = doc.querySelector<HTMLButtonElement>('#copy-embed')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.equal('');

      button.click();
      await until(() => status.textContent !== '', 'the confirmation');
      expect(status.textContent).to.equal('Copied to the clipboard.');
      expect(copied).to.deep.equal([embedCode(doc)]);
      const box = status.getBoundingClientRect();
      expect(box.width, 'visible').to.be.greaterThan(0);
      expect(box.bottom, 'in the first screen, by the button').to.be.at.most(
        button.getBoundingClientRect().bottom + 20,
      );

      // A second copy changes the region again, so it is announced again.
      const changes: string[] = [];
      new MutationObserver(() => changes.push(status.textContent!)).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      button.click();
      await until(() => changes.at(-1) === 'Copied to the clipboard.', 'the second confirmation');
      expect(changes).to.deep.equal(['', 'Copied to the clipboard.']);

      // An edit makes the confirmation stale: it goes.
      change(control(doc, 'attr:headline'), 'Edited after the copy');
      expect(status.textContent).to.equal('');
    });

    it('selects the code for Ctrl+C, and says so, where the clipboard is refused', async () => {
      frame = await openPlayground();
      const doc = frame.contentDocument!;
      frame.contentWindow!.navigator.clipboard.writeText = () =>
        Promise.reject(new DOMException('Refused', 'NotAllowedError'));
      doc.querySelector<HTMLButtonElement>('#copy-embed')!.click();
      const status = doc.querySelector('#copy-status')!;
      await until(() => status.textContent !== '', 'the message');
      expect(status.textContent).to.equal('Selected: press Ctrl+C (⌘C) to copy.');
      expect(frame.contentWindow!.getSelection()!.toString()).to.equal(embedCode(doc));
    });

    it('puts the pre-upgrade stylesheet, with its integrity, before the script', async () => {
      frame = await openPlayground();
      const embed = embedCode(frame.contentDocument!);
      const integrity = (await (await fetch('/dist/cdn/integrity.json')).json())['lede-widgets.css'];
      const link = `<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/lede-widgets@${VERSION}/dist/cdn/lede-widgets.css" integrity="${integrity}" crossorigin="anonymous">`;
      expect(embed.startsWith(`${link}\n<script type="module"`)).to.equal(true);
    });

    it('flips direction when the language changes', async () => {
      frame = await openPlayground();
      const doc = frame.contentDocument!;
      change(control(doc, 'lang'), 'fa');
      const card = previewElement(doc);
      // Once the Persian pack has arrived.
      await until(() => card.shadowRoot!.querySelector('[part~="headline"]') != null, 'the Persian card');
      const base = card.shadowRoot!.querySelector('[part~="base"]')!;
      expect(getComputedStyle(base).direction).to.equal('rtl');
      expect(card.shadowRoot!.querySelector('[part~="headline"]')!.textContent).to.equal(
        'کشتی دریاچه پس از سه هفته تعمیر بازگشت',
      );
      expect(embedCode(doc)).to.include('lang="fa"');
    });

    it('offers every language, and embeds no hint for its pack that a browser would ignore or warn about', async () => {
      frame = await openPlayground();
      const doc = frame.contentDocument!;
      const offered = [...doc.querySelectorAll<HTMLOptionElement>('#playground-lang option')].map(
        (o) => o.value,
      );
      expect(offered).to.deep.equal([...LANGUAGES]);
      change(control(doc, 'lang'), 'ka');
      const embed = embedCode(doc);
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

    it('applies theme tokens and the preview width', async () => {
      frame = await openPlayground();
      const doc = frame.contentDocument!;
      change(control(doc, 'token:--lede-color-accent'), 'rgb(0, 128, 0)');
      const card = previewElement(doc);
      await card.updateComplete;
      expect(getComputedStyle(card.shadowRoot!.querySelector('[part~="kicker"]')!).color).to.equal(
        'rgb(0, 128, 0)',
      );
      expect(embedCode(doc)).to.include('style="--lede-color-accent: rgb(0, 128, 0)"');
      const narrow = doc.querySelector<HTMLInputElement>('#playground [name="width"][value="320"]')!;
      narrow.click();
      expect(doc.querySelector('#playground-preview')!.getBoundingClientRect().width).to.equal(320);
    });

    it('has one theme control, for the preview, its embed code, every other preview and the page', async () => {
      frame = await openPlayground();
      const doc = frame.contentDocument!;
      const themeControls = [...doc.querySelectorAll('input, select')].filter((control) =>
        /theme/i.test((control as HTMLInputElement).name),
      );
      expect(themeControls.map((c) => c.id)).to.deep.equal(['playground-theme']);
      const gallery = [
        ...doc.querySelectorAll(TAGS.map((tag) => `main > section:not(.playground) ${tag}`).join()),
      ];
      const free = gallery.filter((el) => !el.hasAttribute('data-fixed-theme'));
      const fixed = gallery.filter((el) => el.hasAttribute('data-fixed-theme'));
      expect(free.length).to.be.greaterThan(10);

      change(control(doc, 'theme'), 'dark');
      expect(previewElement(doc).getAttribute('theme')).to.equal('dark');
      expect(embedCode(doc)).to.include('theme="dark"');
      expect(free.map((el) => el.getAttribute('theme'))).to.deep.equal(free.map(() => 'dark'));
      expect(getComputedStyle(doc.documentElement).colorScheme).to.equal('dark');
      // The side-by-side examples keep the theme they show.
      expect(fixed.map((el) => el.getAttribute('theme'))).to.include('light');

      change(control(doc, 'theme'), '');
      expect(previewElement(doc).hasAttribute('theme')).to.equal(false);
      expect(embedCode(doc)).to.not.include('theme=');
      expect(free.filter((el) => el.hasAttribute('theme'))).to.deep.equal([]);
    });
  });
});
