// Runs in browsers started with the reader preferring reduced motion
// (see the `reduced-motion` group in web-test-runner.config.mjs).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/photo/define.js';
import type { LedePhoto } from '../../src/photo/photo.js';

describe('<lede-photo> for a reader who prefers reduced motion', () => {
  it('runs in a browser that reports the preference', () => {
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
  });

  it('shows the image without a fade', async () => {
    const el = await fixture<LedePhoto>(
      html`<lede-photo src="/test-assets/photo.svg" alt="Hills"></lede-photo>`,
    );
    const img = el.shadowRoot!.querySelector('img')!;
    expect(getComputedStyle(img).transitionDuration).to.equal('0s');
  });
});
