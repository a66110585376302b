// Visual baselines for <lede-article-card>: every layout left to right and
// right to left, dark, long headlines in Georgian and Russian, and no image.
// Baselines live in test/screenshots/<browser>/; see the README before updating them.
import { card, shot } from '../support/card-looks.js';
describe('<lede-article-card> looks', () => {
  for (const layout of ['stacked', 'horizontal', 'compact', 'hero']) {
    const width = layout === 'horizontal' ? 560 : 420;
    it(`${layout}, left to right`, () =>
      shot(`${layout}-ltr`, card({ layout, breaking: layout === 'hero' }), width));
    it(`${layout}, right to left`, () =>
      shot(`${layout}-rtl`, card({ layout, lang: 'fa', breaking: layout === 'hero' }), width));
  }
  it('dark', () => shot('dark', card({ theme: 'dark', breaking: true })));
  it('long Georgian headline', () => shot('long-ka', card({ lang: 'ka' })));
  it('long Russian headline', () => shot('long-ru', card({ lang: 'ru', layout: 'horizontal' }), 560));
  it('no image', () => shot('no-image', card({ image: false })));
});
