import { expect } from '@open-wc/testing';
import { until } from '../support/helpers.js';
import { lateCdn } from '../support/partner-cdn.mjs';

/**
 * The partner's view: a page that loads nothing but the built CDN file
 * (`npm test` builds it first) and writes tags in its HTML.
 */
function pageWith(head: string, body: string): Promise<Document> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 400px';
    frame.srcdoc = `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
    frame.addEventListener('load', async () => {
      const doc = frame.contentDocument!;
      try {
        await (frame.contentWindow as Window & typeof globalThis).customElements.whenDefined(
          'lede-source-credit',
        );
        // Every element rendered once, in its language: packs arrive over the network.
        await until(
          () =>
            [...doc.querySelectorAll('lede-source-credit')].every((el) =>
              el.shadowRoot?.querySelector('[part~="base"]'),
            ),
          'every credit in its language',
        );
        resolve(doc);
      } catch (error) {
        reject(error);
      }
    });
    document.body.append(frame);
  });
}

const credits = `
  <lede-source-credit id="en" sources="Reuters, Interfax, TASS"></lede-source-credit>
  <lede-source-credit id="ru" lang="ru" sources="Reuters, Interfax, TASS"></lede-source-credit>
  <div lang="fa"><lede-source-credit id="fa" sources="Reuters, Interfax, TASS"></lede-source-credit></div>`;

function read(doc: Document, id: string) {
  const root = doc.getElementById(id)!.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
  // Invisible direction marks removed: Firefox's innerText drops them, Chromium's keeps them.
  return {
    text: root.innerText.replace(/[\u200e\u200f]/g, '').trim(),
    dir: doc.defaultView!.getComputedStyle(root).direction,
  };
}

function expectCredits(doc: Document) {
  expect(read(doc, 'en')).to.deep.equal({
    text: 'With reporting by Reuters, Interfax, and TASS',
    dir: 'ltr',
  });
  expect(read(doc, 'ru')).to.deep.equal({ text: 'По материалам Reuters, Interfax и TASS', dir: 'ltr' });
  expect(read(doc, 'fa')).to.deep.equal({ text: 'با گزارش‌هایی از Reuters، Interfax، و TASS', dir: 'rtl' });
}

/** A page's console warnings and errors, collected from before its first script runs. */
const RECORDER = `<script>
  window.__warnings = []; window.__errors = [];
  const warn = console.warn.bind(console);
  console.warn = (...args) => { window.__warnings.push(args.map(String).join(' ')); warn(...args); };
  addEventListener('error', (event) => window.__errors.push(event.message));
</script>`;

type RecordingWindow = Window & { __warnings: string[]; __errors: string[] };

describe('the CDN build', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('renders the credit in en, ru and fa from the ES module alone', async () => {
    const doc = await pageWith('<script type="module" src="/dist/cdn/lede-widgets.js"></script>', credits);
    expectCredits(doc);
  });

  it("keeps what the page's own script sets before the async CDN file has run", async () => {
    // Half a second late (the partner page's CDN route), so that the page's script runs first.
    const doc = await pageWith(
      `<script type="module" async src="${lateCdn(500, 0).directory}/lede-widgets.js"></script>`,
      `${credits}
      <lede-article-card id="card"></lede-article-card>
      <script>
        window.__definedFirst = customElements.get('lede-article-card') !== undefined;
        document.getElementById('card').article = { headline: 'Set by the page', url: 'https://news.example/a/1' };
      </script>`,
    );
    expect((doc.defaultView as unknown as { __definedFirst: boolean }).__definedFirst).to.equal(false);
    const card = doc.getElementById('card')!;
    await until(() => !!card.shadowRoot?.querySelector('[part~="headline"]'), 'the card to render');
    const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="headline"] a')!;
    expect(link.textContent!.trim()).to.equal('Set by the page');
    expect(link.href).to.equal('https://news.example/a/1');
    expectCredits(doc);
  });

  it('renders the same from the classic script and exposes LedeWidgets', async () => {
    const doc = await pageWith('<script src="/dist/cdn/lede-widgets.classic.js"></script>', credits);
    expectCredits(doc);
    const api = (doc.defaultView as unknown as { LedeWidgets: Record<string, unknown> }).LedeWidgets;
    expect(api.LedeSourceCredit).to.be.a('function');
    expect(api.VERSION).to.be.a('string');
  });

  for (const [first, second] of [
    ['the CDN file', 'the npm build'],
    ['the npm build', 'the CDN file'],
  ] as const) {
    it(`can be loaded after ${first}: ${second} throws nothing, one warning names both versions`, async () => {
      const scripts = {
        'the CDN file': '<script type="module" src="/dist/cdn/lede-widgets.js"></script>',
        'the npm build': '<script type="module" src="/dist/define.js"></script>',
      };
      const doc = await pageWith(`${RECORDER}${scripts[first]}${scripts[second]}`, credits);
      const win = doc.defaultView as unknown as RecordingWindow;
      const alreadyDefined = () => win.__warnings.filter((warning) => warning.includes('already defined'));
      await until(() => alreadyDefined().length > 0, 'the warning');
      // Both scripts ran before the page's load event (pageWith waits for it, then for the credits'
      // language packs): an error thrown while either ran has been reported.
      expect(win.__errors).to.deep.equal([]);
      const warnings = alreadyDefined();
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(
        /^lede-widgets \d+\.\d+\.\d+: .*already defined by lede-widgets \d+\.\d+\.\d+/,
      );
      for (const tag of [
        'lede-article-card',
        'lede-breaking-banner',
        'lede-feed',
        'lede-photo',
        'lede-source-credit',
      ]) {
        expect(warnings[0]).to.include(`<${tag}>`);
      }
      expectCredits(doc);
    });
  }

  it('can be loaded twice without an error', async () => {
    const errors: string[] = [];
    const doc = await pageWith(
      `<script>addEventListener('error', (e) => (window.__errors ??= []).push(e.message));</script>
       <script src="/dist/cdn/lede-widgets.classic.js"></script>
       <script type="module" src="/dist/cdn/lede-widgets.js"></script>`,
      credits,
    );
    // Both scripts ran before the page's load event (pageWith waits for it, then for the credits'
    // language packs): an error thrown while either ran has been reported.
    errors.push(...((doc.defaultView as unknown as { __errors?: string[] }).__errors ?? []));
    expect(errors).to.deep.equal([]);
    expectCredits(doc);
  });
});
