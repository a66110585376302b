import { expect } from '@open-wc/testing';
import { until } from '../support/helpers.js';

/**
 * A partner page with a strict Content-Security-Policy and Trusted Types
 * enforced (see test/support/csp-page.mjs), loading the CDN build.
 */
describe('under a strict CSP with Trusted Types enforced', () => {
  it('every element still works, and nothing is blocked', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 900px; height: 1200px';
    frame.src = '/test-csp/page.html';
    const violations: string[] = [];
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow!;
      const doc = frame.contentDocument!;
      doc.addEventListener('securitypolicyviolation', (event) =>
        violations.push(
          `${event.violatedDirective}: ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber} ${event.sample}`,
        ),
      );
      const shadow = (id: string) => doc.getElementById(id)!.shadowRoot;
      await until(
        () => shadow('card')?.querySelector('[part~="headline"]') !== null && shadow('card') !== null,
        'the card',
      );
      expect(shadow('card')!.querySelector('[part~="headline"]')!.textContent).to.equal(
        'Works under a strict CSP',
      );
      // Styles apply (constructable stylesheets), including the aspect ratio set through the CSSOM.
      const frameBox = shadow('photo')!.querySelector('[part~="frame"]')!.getBoundingClientRect();
      expect(frameBox.height).to.be.closeTo((frameBox.width * 3) / 4, 1);
      // The feed parsed RSS and its HTML descriptions (DOMParser through the lede-widgets policy).
      await until(
        () => (shadow('feed')?.querySelectorAll('lede-article-card').length ?? 0) === 3,
        'the feed',
      );
      const firstCard = shadow('feed')!.querySelector('lede-article-card')!;
      await until(() => firstCard.shadowRoot?.querySelector('[part~="summary"]') !== null, 'the first story');
      expect(firstCard.shadowRoot!.querySelector('[part~="summary"]')!.textContent).to.equal(
        'The only ferry across the northern lake sailed again on Tuesday.',
      );
      expect(shadow('banner')!.querySelector('[part~="headline"]')!.textContent).to.equal('Banner under CSP');
      // The Persian pack arrives through connect-src 'self', checked by its integrity hash.
      await until(() => shadow('credit')?.querySelector('[part~="base"]') != null, 'the Persian credit');
      expect(getComputedStyle(shadow('credit')!.querySelector('[part~="base"]')!).direction).to.equal('rtl');
      // Chromium enforces Trusted Types here; where a browser has none, the CSP alone was tested.
      if ('trustedTypes' in win) {
        expect(() => {
          doc.body.innerHTML = '<b>not trusted</b>';
        }).to.throw();
      }
      expect(violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
