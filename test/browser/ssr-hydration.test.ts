import { expect } from '@open-wc/testing';
import { until } from '../support/helpers.js';

type SsrWindow = Window & {
  beforeScripts: Record<string, { text: string | null; node: Element | null }> & {
    /** The computed opacity of the lone photo's image and of the Persian card's photo's image. */
    opacity: string[];
    /** The text of the Persian card's credit. */
    faCredit: string;
    /** The `dir` of the Persian card's photo. */
    faPhotoDir: string;
  };
  hydrated?: boolean;
};

/** Loads the server-rendered page in a frame and waits for it to hydrate. */
async function openSsrPage(): Promise<{ frame: HTMLIFrameElement; win: SsrWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  frame.src = '/test-ssr/page.html';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  try {
    await loaded;
    const win = frame.contentWindow as SsrWindow;
    await until(() => win.hydrated === true, 'hydration');
    return { frame, win, doc: frame.contentDocument! };
  } catch (error) {
    // The test never gets the frame to remove: it goes here.
    frame.remove();
    throw error;
  }
}

describe('a server-rendered page', () => {
  it('shows every element before any script runs, and hydrates without re-rendering', async () => {
    const { frame, win, doc } = await openSsrPage();
    try {
      // With the server's HTML alone, the content was already there.
      expect(win.beforeScripts.card.text).to.include('Lake ferry returns');
      expect(win.beforeScripts.credit.text).to.include('با گزارش‌هایی از');
      expect(win.beforeScripts.banner.text).to.include('Power back');
      for (const id of ['card', 'credit', 'banner', 'photo', 'fa-card']) {
        const el = doc.getElementById(id) as HTMLElement & { updateComplete: Promise<unknown> };
        await el.updateComplete;
        // Hydration adopted the server's DOM instead of replacing it: no flash.
        expect(el.shadowRoot!.querySelector('[part~="base"]'), id).to.equal(win.beforeScripts[id].node);
      }
      // And the elements are live: the card reacts to a property.
      const card = doc.getElementById('card') as HTMLElement & {
        headline: string;
        updateComplete: Promise<unknown>;
      };
      card.headline = 'Changed after hydration';
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('[part~="link"]')!.textContent).to.equal(
        'Changed after hydration',
      );
    } finally {
      frame.remove();
    }
  });

  it("shows photos' images, and a card's photo and credit in the card's language, before any script runs", async () => {
    const { frame, win, doc } = await openSsrPage();
    try {
      // A server cannot know when an image loads: it shows it, rather than wait for a script to fade it in.
      expect(win.beforeScripts.opacity).to.deep.equal(['1', '1']);
      // The card's nested credit and photo take the card's language on the server, as in the browser.
      expect(win.beforeScripts.faCredit).to.include('با گزارش‌هایی از Reuters و TASS');
      expect(win.beforeScripts.faPhotoDir).to.equal('rtl');
      // Hydrated, the images stay shown.
      const card = doc.getElementById('fa-card')!;
      const images = [
        doc.getElementById('photo')!.shadowRoot!.querySelector('img')!,
        card.shadowRoot!.querySelector('lede-photo')!.shadowRoot!.querySelector('img')!,
      ];
      for (const image of images) {
        await until(() => image.complete, 'the image loaded');
        expect(getComputedStyle(image).opacity).to.equal('1');
      }
      const credit = card.shadowRoot!.querySelector('lede-source-credit')!;
      expect(credit.shadowRoot!.textContent).to.include('با گزارش‌هایی از Reuters و TASS');
    } finally {
      frame.remove();
    }
  });
});
