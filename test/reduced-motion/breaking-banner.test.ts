// Runs in browsers started with the reader preferring reduced motion
// (see the `reduced-motion` group in web-test-runner.config.mjs).
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/breaking-banner/define.js';
import type { LedeBreakingBanner } from '../../src/breaking-banner/breaking-banner.js';

describe('<lede-breaking-banner> for a reader who prefers reduced motion', () => {
  it('does not rotate', async () => {
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    const clock = sinon.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const items = [
        { id: '1', headline: 'One' },
        { id: '2', headline: 'Two' },
      ];
      const el = await fixture<LedeBreakingBanner>(
        html`<lede-breaking-banner rotate rotate-interval="5" .items=${items}></lede-breaking-banner>`,
      );
      await clock.tickAsync(30_000);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="headline"]')!.textContent).to.equal('One');
    } finally {
      clock.restore();
    }
  });
});
