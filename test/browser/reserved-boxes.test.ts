import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { LedeArticleCard } from '../../src/article-card/article-card.js';
import type { LedeBreakingBanner } from '../../src/breaking-banner/breaking-banner.js';
import { part, until } from '../support/helpers.js';

/** The boxes the elements reserve, so that what arrives later never moves the page. */
const LONG_HEADLINE =
  'Ferry returns to the northern lake after three weeks of repairs, ending a long detour round the water for the villagers of the valley';
const recent = new Date(Date.now() - 5 * 60_000).toISOString();

describe('reserved boxes', () => {
  describe('<lede-article-card>', () => {
    it('clamps a long headline and summary to the reserved lines, so every card is the same box', async () => {
      const wrapper = await fixture(
        html`<div style="width: 320px">
          <lede-article-card
            id="typical"
            headline="Ferry returns"
            kicker="World"
            summary="Short."
          ></lede-article-card>
          <lede-article-card
            id="long"
            headline=${LONG_HEADLINE}
            kicker="World"
            href="/ferry"
            summary=${LONG_HEADLINE.repeat(3)}
          ></lede-article-card>
          <lede-article-card id="bare" headline="Ferry returns"></lede-article-card>
        </div>`,
      );
      const [typical, long, bare] = [...wrapper.querySelectorAll<LedeArticleCard>('lede-article-card')];
      const height = (el: Element) => el.getBoundingClientRect().height;
      expect(height(long)).to.be.closeTo(height(typical), 0.5);
      expect(height(bare)).to.be.closeTo(height(typical), 0.5);
      const headline = part(long, 'headline')!;
      const lines =
        headline.getBoundingClientRect().height / parseFloat(getComputedStyle(headline).lineHeight);
      expect(Math.round(lines)).to.equal(3);
      expect(headline.scrollHeight).to.be.greaterThan(headline.clientHeight);
      // Cut for the eye only: the whole headline is still the link's text.
      expect(part(long, 'link')!.textContent).to.equal(LONG_HEADLINE);
    });

    it('reads the number of headline lines from --lede-card-headline-lines', async () => {
      const el = await fixture<LedeArticleCard>(
        html`<lede-article-card
          style="width: 320px; --lede-card-headline-lines: 2"
          headline=${LONG_HEADLINE}
        ></lede-article-card>`,
      );
      const headline = part(el, 'headline')!;
      const lines =
        headline.getBoundingClientRect().height / parseFloat(getComputedStyle(headline).lineHeight);
      expect(Math.round(lines)).to.equal(2);
    });
  });

  describe('<lede-breaking-banner>', () => {
    it('keeps its strip, with the fallback in it, while src loads; the story takes the same box', async () => {
      const wrapper = await fixture(
        html`<div style="width: 360px">
          <lede-breaking-banner max-age="999999999" src=${'/test-api/serve?file=banner/second.json&delay=400'}
            ><a href="https://news.lede.example/live">Latest news</a></lede-breaking-banner
          >
        </div>`,
      );
      const el = wrapper.querySelector<LedeBreakingBanner>('lede-breaking-banner')!;
      const loading = el.getBoundingClientRect().height;
      const lineHeight = parseFloat(getComputedStyle(el.shadowRoot!.querySelector('.root')!).lineHeight);
      expect(loading).to.be.greaterThan(2 * lineHeight);
      expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
      await until(() => part(el, 'link') !== null, 'the story');
      expect(el.getBoundingClientRect().height).to.equal(loading);
    });

    it('cuts a long headline to the strip’s lines', async () => {
      const wrapper = await fixture(
        html`<div style="width: 320px">
          <lede-breaking-banner
            id="short"
            headline="Fog lifts"
            href="/fog"
            published=${recent}
          ></lede-breaking-banner>
          <lede-breaking-banner
            id="long"
            headline=${LONG_HEADLINE}
            href="/ferry"
            published=${recent}
          ></lede-breaking-banner>
        </div>`,
      );
      const [short, long] = [...wrapper.querySelectorAll('lede-breaking-banner')];
      expect(long.getBoundingClientRect().height).to.equal(short.getBoundingClientRect().height);
      expect(part(long, 'link')!.textContent).to.equal(LONG_HEADLINE);
    });

    it('folds a strip that was on screen away with a transform, then gives its space back', async () => {
      const el = await fixture<LedeBreakingBanner>(
        html`<lede-breaking-banner
          .items=${[{ id: 'a', headline: 'Fog lifts', published: recent }]}
        ></lede-breaking-banner>`,
      );
      const strip = el.getBoundingClientRect().height;
      el.items = [];
      await elementUpdated(el);
      const fold = el.shadowRoot!.querySelector<HTMLElement>('.fold')!;
      expect(part(el, 'base') === null).to.equal(true);
      expect(getComputedStyle(fold).animationName).to.equal('fold');
      // The space stays while the strip folds: only a transform changes.
      expect(el.getBoundingClientRect().height).to.equal(strip);
      await until(() => el.getBoundingClientRect().height === 0, 'the space to be given back');
      expect(el.shadowRoot!.querySelector('.fold') === null).to.equal(true);
    });

    it('is gone before its first paint when it knows at once there is nothing to show', async () => {
      const el = await fixture<LedeBreakingBanner>(
        html`<lede-breaking-banner
          max-age="60"
          headline="Two hours old"
          published=${new Date(Date.now() - 2 * 3600_000).toISOString()}
        ></lede-breaking-banner>`,
      );
      expect(el.shadowRoot!.querySelector('.fold, .root') === null).to.equal(true);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });
  });
});
