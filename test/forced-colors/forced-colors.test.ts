// Runs in browsers started in forced-colours mode (see the `forced-colors`
// group in web-test-runner.config.mjs): the reader's system colours replace
// the page's, and backgrounds disappear. What the elements said with a
// background must still show.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { LedeArticleCard } from '../../src/article-card/article-card.js';

async function card(template: ReturnType<typeof html>): Promise<ShadowRoot> {
  const el = await fixture<LedeArticleCard>(template);
  await el.updateComplete;
  return el.shadowRoot!;
}

describe('forced-colours mode', () => {
  it('runs in a browser that is in it', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  it('keeps a box round the "Breaking News" flag, whose red background is gone', async () => {
    const root = await card(
      html`<lede-article-card headline="Ferry returns" kicker="World" breaking></lede-article-card>`,
    );
    const flag = getComputedStyle(root.querySelector('[part~="breaking"]')!);
    expect(flag.borderTopStyle).to.equal('solid');
    expect(parseFloat(flag.borderInlineStartWidth)).to.be.at.least(1);
    expect(flag.borderTopColor).to.equal(flag.color);
    expect(flag.borderTopColor).not.to.equal(getComputedStyle(root.querySelector('.root')!).backgroundColor);
  });

  it('still shows the loading skeleton', async () => {
    const root = await card(html`<lede-article-card skeleton></lede-article-card>`);
    const surface = getComputedStyle(root.querySelector('.root')!).backgroundColor;
    const bones = [...root.querySelectorAll('.bone')];
    expect(bones.length).to.be.above(0);
    for (const bone of bones) expect(getComputedStyle(bone).backgroundColor).not.to.equal(surface);
  });

  it('draws the focus ring round a card reached with the keyboard', async () => {
    const root = await card(
      html`<lede-article-card
        headline="Ferry returns"
        url="https://news.lede.example/ferry"
      ></lede-article-card>`,
    );
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(root.querySelector('a'));
    const ring = getComputedStyle(root.querySelector('.root')!);
    expect(ring.outlineStyle).to.equal('solid');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    expect(ring.outlineColor).not.to.equal(ring.backgroundColor);
  });
});
