import '../support/packs.js';
import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/source-credit/define.js';
import type { LedeSourceCredit } from '../../src/source-credit/source-credit.js';
import { part, visibleText } from '../support/helpers.js';

const SOURCES = 'Reuters, Interfax, TASS';

function direction(el: LedeSourceCredit): string {
  return getComputedStyle(part(el, 'base')!).direction;
}

describe('<lede-source-credit>', () => {
  describe('in each language', () => {
    const cases: Array<[string, string, 'ltr' | 'rtl']> = [
      ['en', 'With reporting by Reuters, Interfax, and TASS', 'ltr'],
      ['ru', 'По материалам Reuters, Interfax и TASS', 'ltr'],
      ['uk', 'За матеріалами Reuters, Interfax і TASS', 'ltr'],
      ['fa', 'با گزارش‌هایی از Reuters، Interfax، و TASS', 'rtl'],
      ['fa-AF', 'با گزارش‌هایی از Reuters، Interfax، و TASS', 'rtl'],
      ['ps', 'د Reuters، Interfax، او TASS د راپورونو پر بنسټ', 'rtl'],
      ['ka', 'წყაროები: Reuters, Interfax და TASS', 'ltr'],
    ];
    for (const [lang, text, dir] of cases) {
      it(`reads "${text}" (${dir}) in ${lang}`, async () => {
        const el = await fixture<LedeSourceCredit>(
          html`<lede-source-credit lang=${lang} sources=${SOURCES}></lede-source-credit>`,
        );
        expect(visibleText(el)).to.equal(text);
        expect(direction(el)).to.equal(dir);
        expect(part(el, 'base')!.lang).to.equal(lang);
      });
    }

    it('falls back to English wording for a language without strings, with its own list rules', async () => {
      const el = await fixture<LedeSourceCredit>(
        html`<lede-source-credit lang="de" sources=${SOURCES}></lede-source-credit>`,
      );
      expect(visibleText(el)).to.equal('With reporting by Reuters, Interfax und TASS');
    });
  });

  describe('language from the page', () => {
    it("takes an ancestor's lang, and follows when it changes", async () => {
      const wrapper = await fixture(
        html`<div lang="ru"><lede-source-credit sources="Reuters, TASS"></lede-source-credit></div>`,
      );
      const el = wrapper.querySelector('lede-source-credit')!;
      expect(visibleText(el)).to.equal('По материалам Reuters и TASS');
      wrapper.setAttribute('lang', 'fa');
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(visibleText(el)).to.equal('با گزارش‌هایی از Reuters و TASS');
      expect(direction(el)).to.equal('rtl');
    });

    it('lets dir on the element override the direction', async () => {
      const el = await fixture<LedeSourceCredit>(
        html`<lede-source-credit lang="fa" dir="ltr" sources="Reuters"></lede-source-credit>`,
      );
      expect(direction(el)).to.equal('ltr');
    });

    it("lets the article's language win over the page's", async () => {
      const el = await fixture<LedeSourceCredit>(html`<lede-source-credit lang="en"></lede-source-credit>`);
      el.article = { lang: 'ru', sources: ['Interfax'] };
      await elementUpdated(el);
      expect(visibleText(el)).to.equal('По материалам Interfax');
    });
  });

  describe('data', () => {
    it('takes sources as an array property', async () => {
      const el = await fixture<LedeSourceCredit>(html`<lede-source-credit></lede-source-credit>`);
      el.sources = ['AP', 'AFP'];
      await elementUpdated(el);
      expect(visibleText(el)).to.equal('With reporting by AP and AFP');
    });

    it('prefers the article property over attributes, field by field', async () => {
      const el = await fixture<LedeSourceCredit>(
        html`<lede-source-credit sources="AP" publisher="Attribute Press"></lede-source-credit>`,
      );
      el.article = { sources: ['Reuters'] };
      await elementUpdated(el);
      expect(part(el, 'list')!.textContent).to.equal('Reuters');
      expect(part(el, 'publisher')!.textContent).to.equal('Published by Attribute Press');
    });

    it('renders markup in names as text', async () => {
      const el = await fixture<LedeSourceCredit>(
        html`<lede-source-credit
          sources=${'<img src=x onerror=alert(1)>, <b>Bold</b>'}
          publisher=${'<script>alert(1)</script>'}
        ></lede-source-credit>`,
      );
      expect(el.shadowRoot!.querySelector('img, b, script')).to.equal(null);
      expect(part(el, 'list')!.textContent).to.equal('<img src=x onerror=alert(1)> and <b>Bold</b>');
      expect(part(el, 'publisher-name')!.textContent).to.equal('<script>alert(1)</script>');
    });
  });

  describe('publisher credit', () => {
    it('links to the publisher', async () => {
      const el = await fixture<LedeSourceCredit>(
        html`<lede-source-credit
          publisher="Lede News"
          publisher-href="https://lede.example/"
        ></lede-source-credit>`,
      );
      const link = part(el, 'publisher-link') as HTMLAnchorElement;
      expect(link.href).to.equal('https://lede.example/');
      expect(link.textContent).to.equal('Lede News');
      expect(visibleText(el)).to.equal('Published by Lede News');
    });

    it('shows the name unlinked when the link is unsafe', async () => {
      for (const href of [
        'javascript:alert(1)',
        ' JaVa\tScRiPt:alert(1)',
        'data:text/html,x',
        '//evil.example',
      ]) {
        const el = await fixture<LedeSourceCredit>(
          html`<lede-source-credit publisher="Lede News" publisher-href=${href}></lede-source-credit>`,
        );
        expect(el.shadowRoot!.querySelector('a'), href).to.equal(null);
        expect(part(el, 'publisher-name')!.textContent).to.equal('Lede News');
      }
    });

    it('translates the wording around the name', async () => {
      const el = await fixture<LedeSourceCredit>(
        html`<lede-source-credit lang="uk" sources="Reuters" publisher="Lede"></lede-source-credit>`,
      );
      expect(visibleText(el)).to.equal('За матеріалами Reuters Видавець: Lede');
    });
  });

  describe('prefix', () => {
    it('replaces the translated wording', async () => {
      const el = await fixture<LedeSourceCredit>(
        html`<lede-source-credit prefix="Sources:" sources="Reuters, AP"></lede-source-credit>`,
      );
      expect(visibleText(el)).to.equal('Sources: Reuters and AP');
    });

    it('shows the list alone when empty', async () => {
      const el = await fixture<LedeSourceCredit>(
        html`<lede-source-credit prefix="" sources="Reuters, AP"></lede-source-credit>`,
      );
      expect(visibleText(el)).to.equal('Reuters and AP');
    });

    it('is also a property', async () => {
      const el = await fixture<LedeSourceCredit>(
        html`<lede-source-credit sources="AP"></lede-source-credit>`,
      );
      el.creditPrefix = 'Via';
      await elementUpdated(el);
      expect(visibleText(el)).to.equal('Via AP');
    });
  });

  describe('with nothing to credit', () => {
    it('renders nothing and takes no space', async () => {
      const el = await fixture<LedeSourceCredit>(
        html`<lede-source-credit sources=" , "></lede-source-credit>`,
      );
      expect(el.shadowRoot!.textContent!.trim()).to.equal('');
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it("keeps the partner's fallback visible", async () => {
      const el = await fixture<LedeSourceCredit>(
        html`<lede-source-credit><p>Reporting by our partners</p></lede-source-credit>`,
      );
      expect(el.innerText.trim()).to.equal('Reporting by our partners');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('hides the fallback once there is something to credit', async () => {
      const el = await fixture<LedeSourceCredit>(
        html`<lede-source-credit sources="AP"><p>Reporting by our partners</p></lede-source-credit>`,
      );
      expect(el.querySelector('p')!.getBoundingClientRect().height).to.equal(0);
      expect(visibleText(el)).to.equal('With reporting by AP');
    });
  });

  describe('theme', () => {
    it('follows theme="dark" and theme="light"', async () => {
      const el = await fixture<LedeSourceCredit>(
        html`<lede-source-credit theme="dark" sources="AP"></lede-source-credit>`,
      );
      const dark = getComputedStyle(part(el, 'base')!).backgroundColor;
      el.theme = 'light';
      await elementUpdated(el);
      const light = getComputedStyle(part(el, 'base')!).backgroundColor;
      expect(dark).to.equal('rgb(22, 23, 26)');
      expect(light).to.equal('rgb(255, 255, 255)');
    });

    it('is themed through --lede-* custom properties', async () => {
      const el = await fixture<LedeSourceCredit>(
        html`<lede-source-credit
          style="--lede-color-text: rgb(1, 2, 3); --lede-source-credit-font-size: 20px"
          sources="AP"
        ></lede-source-credit>`,
      );
      expect(getComputedStyle(part(el, 'list')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(el, 'base')!).fontSize).to.equal('20px');
    });

    it("is not distorted by the page's inherited styles", async () => {
      const wrapper = await fixture(
        html`<div
          style="text-transform: uppercase; letter-spacing: 10px; font-size: 40px; text-align: right; line-height: 5; white-space: pre; font-style: italic"
        >
          <lede-source-credit sources="Reuters"></lede-source-credit>
        </div>`,
      );
      const el = wrapper.querySelector('lede-source-credit')!;
      const style = getComputedStyle(part(el, 'base')!);
      expect(style.textTransform).to.equal('none');
      expect(style.letterSpacing).to.equal('normal');
      expect(style.fontSize).to.equal('14px');
      expect(style.textAlign).to.equal('start');
      expect(style.whiteSpace).to.equal('normal');
      expect(style.fontStyle).to.equal('normal');
      expect(visibleText(el)).to.equal('With reporting by Reuters');
    });

    it('does not style the page', async () => {
      const wrapper = await fixture(
        html`<div>
          <p class="page">Page text <a href="#x">link</a></p>
          <lede-source-credit sources="Reuters" publisher="Lede" publisher-href="/"></lede-source-credit>
        </div>`,
      );
      const before = getComputedStyle(wrapper.querySelector('.page a')!).color;
      const plain = document.createElement('a');
      plain.href = '#y';
      document.body.append(plain);
      expect(before).to.equal(getComputedStyle(plain).color);
      plain.remove();
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark']) {
      for (const lang of ['en', 'fa']) {
        it(`has no axe violations (${theme}, ${lang})`, async () => {
          const el = await fixture<LedeSourceCredit>(
            html`<lede-source-credit
              theme=${theme}
              lang=${lang}
              sources=${SOURCES}
              publisher="Lede News"
              publisher-href="https://lede.example/"
            ></lede-source-credit>`,
          );
          await expect(el).to.be.accessible();
        });
      }
    }

    it('is reachable by keyboard, with a visible focus ring', async () => {
      const wrapper = await fixture(
        html`<div>
          <button>before</button>
          <lede-source-credit publisher="Lede" publisher-href="https://lede.example/"></lede-source-credit>
        </div>`,
      );
      const el = wrapper.querySelector('lede-source-credit')!;
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      const link = part(el, 'publisher-link')!;
      expect(el.shadowRoot!.activeElement).to.equal(link);
      const outline = getComputedStyle(link);
      expect(outline.outlineStyle).to.equal('solid');
      expect(outline.outlineWidth).to.equal('2px');
    });
  });

  describe('lifecycle', () => {
    it('follows the page language only while connected, and the last to leave leaves no observer behind', async () => {
      const box = await fixture(
        html`<div>
          <lede-source-credit sources="AP"></lede-source-credit>
          <lede-source-credit sources="AFP"></lede-source-credit>
        </div>`,
      );
      const [first, second] = box.querySelectorAll('lede-source-credit');
      const updates = [sinon.spy(first, 'requestUpdate'), sinon.spy(second, 'requestUpdate')];
      const disconnect = sinon.spy(MutationObserver.prototype, 'disconnect');
      const lang = document.documentElement.lang;
      // Changes the page's language and lets the observer's callback run.
      const relang = async (to: string) => {
        document.documentElement.lang = to;
        await new Promise((resolve) => setTimeout(resolve));
      };
      try {
        await relang('uk');
        expect(updates.map((spy) => spy.callCount)).to.deep.equal([1, 1]);
        first.remove();
        await relang('ru');
        expect(updates.map((spy) => spy.callCount)).to.deep.equal([1, 2]);
        expect(disconnect.callCount).to.equal(0);
        second.remove();
        expect(disconnect.callCount).to.equal(1);
        await relang('ka');
        expect(updates.map((spy) => spy.callCount)).to.deep.equal([1, 2]);
      } finally {
        disconnect.restore();
        document.documentElement.lang = lang;
      }
    });
  });
});
