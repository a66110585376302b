import { expect } from '@open-wc/testing';
import { sleep, until } from '../support/helpers.js';

/**
 * The partner's view of language packs: a page that loads the built CDN file
 * from /test-packs/<mode>/ (test/support/pack-faults.mjs), which fetches each
 * language's pack from locales/ beside it, checked by Subresource Integrity.
 */
type PackWindow = Window & typeof globalThis & { errors: Array<{ reason: string; message: string }> };

function pageWith(mode: string, body: string, script = 'lede-widgets.js'): Promise<PackWindow> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 600px';
    const tag = script.endsWith('classic.js') ? '<script' : '<script type="module"';
    frame.srcdoc = `<!doctype html><html lang="en"><head>
      <script>window.errors = []; addEventListener('lede-error', (e) => errors.push(e.detail));</script>
      ${tag} src="/test-packs/${mode}/${script}"></script></head><body>${body}</body></html>`;
    frame.addEventListener('load', () => resolve(frame.contentWindow as PackWindow), { once: true });
    document.body.append(frame);
  });
}

const base = (el: Element | null) => el?.shadowRoot?.querySelector<HTMLElement>('[part~="base"]') ?? null;
const text = (el: Element | null) =>
  base(el)
    ?.textContent?.replace(/[\u200e\u200f]/g, '')
    .trim();
const requested = (win: Window, name: string) =>
  win.performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(`/locales/${name}`))
    .length;

describe('language packs from the CDN file', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('fetches a language once per page, however many elements need it', async () => {
    const credits = Array.from(
      { length: 30 },
      (_, i) => `<lede-source-credit lang="ka" sources="Reuters, Interfax, TASS${i}"></lede-source-credit>`,
    ).join('');
    const win = await pageWith(
      'ok',
      `${credits}<lede-article-card lang="ka" headline="H" breaking></lede-article-card>`,
    );
    const all = [...win.document.querySelectorAll('lede-source-credit, lede-article-card')];
    await until(() => all.every((el) => base(el) !== null), 'every Georgian element');
    expect(text(all[0])).to.equal('წყაროები: Reuters, Interfax და TASS0');
    expect(base(all.at(-1)!)!.querySelector('[part~="breaking"]')!.textContent).to.equal('სასწრაფო ამბავი');
    expect(requested(win, 'manifest.json')).to.equal(1);
    expect(requested(win, 'ka.json')).to.equal(1);
    expect(
      win.performance.getEntriesByType('resource').filter((e) => e.name.includes('/locales/')),
    ).to.have.length(2);
    expect(win.errors).to.deep.equal([]);
  });

  it('fetches nothing for English', async () => {
    const win = await pageWith('ok', '<lede-source-credit sources="AP, AFP"></lede-source-credit>');
    const credit = win.document.querySelector('lede-source-credit');
    await until(() => base(credit) !== null, 'the credit');
    expect(text(credit)).to.equal('With reporting by AP and AFP');
    expect(
      win.performance.getEntriesByType('resource').filter((e) => e.name.includes('/locales/')),
    ).to.deep.equal([]);
  });

  it("puts names into a pack's list patterns as written, $& and {1} included", async () => {
    const win = await pageWith(
      'ok',
      `<lede-source-credit lang="hy" sources="A $& B, C $' D, E $$ {1}"></lede-source-credit>`,
    );
    const credit = win.document.querySelector('lede-source-credit');
    await until(() => base(credit) !== null, 'the Armenian credit');
    expect(text(credit)).to.equal("Աղբյուրներ՝ A $& B, C $' D և E $$ {1}");
  });

  it('finds its packs beside the classic script too', async () => {
    const win = await pageWith(
      'ok',
      '<lede-source-credit lang="hy" sources="AP, AFP"></lede-source-credit>',
      'lede-widgets.classic.js',
    );
    const credit = win.document.querySelector('lede-source-credit');
    await until(() => base(credit) !== null, 'the Armenian credit');
    expect(text(credit)).to.equal('Աղբյուրներ՝ AP և AFP');
  });

  for (const mode of ['missing', 'tampered']) {
    it(`falls back along the chain and fires lede-error when a pack is ${mode}`, async () => {
      const win = await pageWith(
        mode,
        `<lede-source-credit id="ka" lang="ka" sources="AP, AFP"></lede-source-credit>
         <lede-source-credit id="av" lang="av" sources="AP, AFP"></lede-source-credit>`,
      );
      const ka = win.document.getElementById('ka');
      const av = win.document.getElementById('av');
      await until(() => base(ka) !== null && base(av) !== null, 'both credits');
      // Georgian falls back to English, the end of every chain; Avar to Russian, whose pack fails too.
      expect(text(ka)).to.equal('With reporting by AP and AFP');
      expect(text(av)).to.equal('With reporting by AP and AFP');
      expect(win.errors.map((error) => error.reason)).to.deep.equal(['language', 'language', 'language']);
      expect(win.errors.map((error) => error.message).join(' '))
        .to.include('ka')
        .and.include('av')
        .and.include('ru');
    });
  }

  it('keeps the fallback in place, with no English and no shift, while a pack loads', async () => {
    const win = await pageWith(
      'slow-1500',
      `<lede-article-card id="card" lang="uz" headline="Sarlavha" breaking href="/s">
         <a href="/s">Sarlavha</a>
       </lede-article-card>
       <lede-source-credit id="credit" lang="uz" sources="AP, AFP"><p>Manbalar: AP, AFP</p></lede-source-credit>
       <p id="after">Keyingi matn</p>`,
    );
    const doc = win.document;
    const shifts: number[] = [];
    if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
      new win.PerformanceObserver((list) =>
        list
          .getEntries()
          .forEach((entry) => shifts.push((entry as PerformanceEntry & { value: number }).value)),
      ).observe({ type: 'layout-shift', buffered: true });
    }
    await win.customElements.whenDefined('lede-article-card');
    const before = doc.getElementById('after')!.getBoundingClientRect().top;
    await sleep(500);
    const card = doc.getElementById('card')!;
    const credit = doc.getElementById('credit')!;
    // Still the page's own fallback: the slot, nothing of the card, no English.
    expect(base(card)).to.equal(null);
    expect(base(credit)).to.equal(null);
    expect(card.shadowRoot!.textContent).to.not.include('Breaking');
    expect(doc.getElementById('after')!.getBoundingClientRect().top).to.equal(before);
    expect(shifts).to.deep.equal([]);
    await until(() => base(card) !== null && base(credit) !== null, 'the Uzbek elements', 6000);
    expect(base(card)!.querySelector('[part~="breaking"]')!.textContent).to.equal('Shoshilinch xabar');
    expect(text(credit)).to.equal('Manbalar: AP va AFP');
  });
});
