import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { canonicalLang, directionOf, resolveDir, resolveLang } from '../../src/i18n/language.js';
import { PACK_TAGS, RTL_SCRIPTS } from '../../src/i18n/pack-tags.js';

describe('resolveLang', () => {
  let savedDocumentLang: string;
  beforeEach(() => {
    savedDocumentLang = document.documentElement.lang;
  });
  afterEach(() => {
    document.documentElement.lang = savedDocumentLang;
  });

  it("takes the article's language first", async () => {
    const el = await fixture(html`<div lang="ru"><span lang="uk"></span></div>`);
    expect(resolveLang(el.querySelector('span')!, 'fa-AF')).to.equal('fa-AF');
  });

  it("then the element's own lang attribute", async () => {
    const el = await fixture(html`<div lang="ru"><span lang="uk"></span></div>`);
    expect(resolveLang(el.querySelector('span')!)).to.equal('uk');
  });

  it('then the nearest ancestor with a lang', async () => {
    const el = await fixture(
      html`<section lang="ka">
        <div lang="">
          <p><span></span></p>
        </div>
      </section>`,
    );
    expect(resolveLang(el.querySelector('span')!)).to.equal('ka');
  });

  it('crosses shadow-root boundaries to find it', async () => {
    const outer = await fixture(html`<div lang="ps"><div class="host"></div></div>`);
    const shadow = outer.querySelector('.host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p><span></span></p>';
    expect(resolveLang(shadow.querySelector('span')!)).to.equal('ps');
  });

  it("then the document's", async () => {
    document.documentElement.lang = 'ru';
    const el = await fixture(html`<div><span></span></div>`);
    expect(resolveLang(el.querySelector('span')!)).to.equal('ru');
  });

  it('ends with English when nothing says otherwise', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await fixture(html`<div><span></span></div>`);
    expect(resolveLang(el)).to.equal('en');
  });

  it('skips invalid tags and canonicalises valid ones', async () => {
    const el = await fixture(html`<div lang="FA-af"><span lang="%%%"></span></div>`);
    expect(resolveLang(el.querySelector('span')!, 'not valid!')).to.equal('en');
    expect(resolveLang(el)).to.equal('fa-AF');
  });
});

describe('canonicalLang', () => {
  // CLDR's aliases, which WebKitGTK's older ICU does not apply: there Dari and Montenegrin had no data and no direction.
  const aliases: Array<[string, string]> = [
    ['prs', 'fa-AF'],
    ['prs-AF', 'fa-AF'],
    ['cnr', 'sr-ME'],
    ['cnr-Latn', 'sr-Latn-ME'],
    ['mo', 'ro'],
    ['fa_af', 'fa-AF'],
  ];
  for (const [tag, canonical] of aliases) {
    it(`reads ${tag} as ${canonical}`, () => expect(canonicalLang(tag)).to.equal(canonical));
  }
});

describe('directionOf', () => {
  // First in this file to ask for directions, so that none of these is cached yet.
  it("knows the newsroom's own tags, alone or with a region, without asking Intl for their likely script", () => {
    const maximize = sinon.spy(Intl.Locale.prototype, 'maximize');
    try {
      const ours = ['en', 'bg', 'sr-Cyrl', 'uz', 'fa-AF', 'ps'];
      expect(ours.map((lang) => directionOf(lang))).to.deep.equal(['ltr', 'ltr', 'ltr', 'ltr', 'rtl', 'rtl']);
      // As pages write them: WordPress's en-US, a Russian page's ru-RU, a Serbian page's sr-Cyrl-RS,
      // and regions that are areas of the world: international English (en-001), English in Europe (en-150).
      const regional = [
        'en-US',
        'en-gb',
        'ru-RU',
        'sr-Cyrl-RS',
        'fa-IR',
        'ur-PK',
        'en-001',
        'en-150',
        'fa-034',
      ];
      expect(regional.map((lang) => directionOf(lang))).to.deep.equal([
        'ltr',
        'ltr',
        'ltr',
        'ltr',
        'rtl',
        'rtl',
        'ltr',
        'ltr',
        'rtl',
      ]);
      // With a region, a language of ours may be written in another script: Uzbek in Afghanistan, in Arabic.
      expect(['uz-AF', 'kk-CN'].map((lang) => directionOf(lang))).to.deep.equal(['rtl', 'rtl']);
      expect(maximize.callCount, "the newsroom's tags").to.equal(0);
      // Any other language still asks.
      expect(directionOf('ar-EG')).to.equal('rtl');
      expect(maximize.callCount, 'a language without a pack').to.equal(1);
    } finally {
      maximize.restore();
    }
  });
  // The build's directions (RTL_TAGS, from Node's ICU) must be the browsers' too.
  it("agrees with the likely script of each of the newsroom's tags, and of their languages in every region", () => {
    const rightToLeft = (tag: string) => RTL_SCRIPTS.test(new Intl.Locale(tag).maximize().script!);
    const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
    const areas = Array.from({ length: 1000 }, (_, number) => String(number).padStart(3, '0'));
    const regions = [...letters.flatMap((first) => letters.map((second) => first + second)), ...areas];
    const languages = ['en', ...[...PACK_TAGS].filter((tag) => !tag.includes('-'))];
    const tags = [
      ...PACK_TAGS,
      ...languages.flatMap((language) => regions.map((region) => `${language}-${region}`)),
    ];
    const disagreements = tags.filter((tag) => (directionOf(tag) === 'rtl') !== rightToLeft(tag));
    expect(disagreements).to.deep.equal([]);
  });
  for (const lang of ['fa', 'fa-AF', 'fa-IR', 'prs', 'ps', 'ur', 'ar', 'he', 'az-Arab', 'ckb']) {
    it(`${lang} is right to left`, () => expect(directionOf(lang)).to.equal('rtl'));
  }
  for (const lang of ['en', 'ru', 'uk', 'ka', 'hy', 'az', 'tt', 'sr-Latn', 'ky', 'be']) {
    it(`${lang} is left to right`, () => expect(directionOf(lang)).to.equal('ltr'));
  }
});

describe('resolveDir', () => {
  it('follows the language unless dir is set on the element', async () => {
    const el = await fixture(html`<div></div>`);
    expect(resolveDir(el, 'fa')).to.equal('rtl');
    el.setAttribute('dir', 'ltr');
    expect(resolveDir(el, 'fa')).to.equal('ltr');
    el.setAttribute('dir', 'RTL');
    expect(resolveDir(el, 'en')).to.equal('rtl');
    el.setAttribute('dir', 'sideways');
    expect(resolveDir(el, 'en')).to.equal('ltr');
  });
});
