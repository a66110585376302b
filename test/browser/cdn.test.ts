import { expect } from '@open-wc/testing';

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
        // Let every element render once.
        await new Promise((done) => setTimeout(done, 50));
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

describe('the CDN build', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('renders the credit in en, ru and fa from the ES module alone', async () => {
    const doc = await pageWith('<script type="module" src="/dist/cdn/lede-widgets.js"></script>', credits);
    expectCredits(doc);
  });

  it('renders the same from the classic script and exposes LedeWidgets', async () => {
    const doc = await pageWith('<script src="/dist/cdn/lede-widgets.classic.js"></script>', credits);
    expectCredits(doc);
    const api = (doc.defaultView as unknown as { LedeWidgets: Record<string, unknown> }).LedeWidgets;
    expect(api.LedeSourceCredit).to.be.a('function');
    expect(api.VERSION).to.be.a('string');
  });

  it('can be loaded twice without an error', async () => {
    const errors: string[] = [];
    const doc = await pageWith(
      `<script>addEventListener('error', (e) => (window.__errors ??= []).push(e.message));</script>
       <script src="/dist/cdn/lede-widgets.classic.js"></script>
       <script type="module" src="/dist/cdn/lede-widgets.js"></script>`,
      credits,
    );
    await new Promise((done) => setTimeout(done, 100));
    errors.push(...((doc.defaultView as unknown as { __errors?: string[] }).__errors ?? []));
    expect(errors).to.deep.equal([]);
    expectCredits(doc);
  });
});
