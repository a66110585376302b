import { expect } from '@open-wc/testing';
import { until } from '../support/helpers.js';

type SsrWindow = Window & {
  beforeScripts: Record<string, { text: string | null; node: Element | null }>;
  hydrated?: boolean;
};

describe('a server-rendered page', () => {
  it('shows every element before any script runs, and hydrates without re-rendering', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 600px';
    frame.src = '/test-ssr/page.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow as SsrWindow;
      await until(() => win.hydrated === true, 'hydration');
      const doc = frame.contentDocument!;
      // With the server's HTML alone, the content was already there.
      expect(win.beforeScripts.card.text).to.include('Lake ferry returns');
      expect(win.beforeScripts.credit.text).to.include('با گزارش‌هایی از');
      expect(win.beforeScripts.banner.text).to.include('Power back');
      for (const id of ['card', 'credit', 'banner']) {
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
});
