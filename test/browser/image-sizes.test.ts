import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import sinon from 'sinon';
import '../../src/define.js';
import type { LedeArticleCard } from '../../src/article-card/article-card.js';
import type { LedeFeed } from '../../src/feed/feed.js';
import type { LedePhoto } from '../../src/photo/photo.js';
import { articleFromJson } from '../../src/data/article-from-json.js';
import { normalizeArticle } from '../../src/data/normalize.js';
import { parseFeed } from '../../src/feed-formats/parse-feed.js';
import { measuredAs, part, until } from '../support/helpers.js';

/** The test image at a given width; `n` keeps each test's requests apart from the others'. */
const photo = (width: number, n: string) =>
  `/test-assets/photo.svg?w=${width}&h=${Math.round((width * 9) / 16)}&n=${n}`;
const srcset = (n: string) => `${photo(300, n)} 300w, ${photo(600, n)} 600w, ${photo(1600, n)} 1600w`;

function imgOf(card: Element): HTMLImageElement {
  return part(card, 'photo')!.shadowRoot!.querySelector('img')!;
}

/** The candidate width the browser should pick for a box this wide: the smallest that covers it at this screen's density. */
function suitedWidth(cssWidth: number): number {
  return [300, 600, 1600].find((width) => width >= cssWidth * devicePixelRatio) ?? 1600;
}

/**
 * The widths of the candidates the browser fetched for this image, once it
 * has shown one. (Not `currentSrc` alone: WebKit names a candidate there
 * before the image's box is measured, then loads the one `sizes` picks.)
 */
async function fetched(img: HTMLImageElement): Promise<number[]> {
  await until(() => img.complete && img.naturalWidth > 0, 'the image to load a candidate');
  const n = new URL(img.currentSrc).searchParams.get('n');
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).searchParams)
    .filter((query) => query.get('n') === n)
    .map((query) => Number(query.get('w')));
}

describe('images sized for their box', () => {
  it('a 300 px card in a grid fetches the candidate suited to 300 px', async () => {
    const n = `grid${Math.random()}`;
    const grid = await fixture(
      html`<div style="display: grid; grid-template-columns: repeat(2, 300px); gap: 16px">
        ${[0, 1].map(
          (index) =>
            html`<lede-article-card
              headline="Story ${index}"
              href="https://news.lede.example/${index}"
              image-src=${photo(1600, `${n}${index}`)}
              image-srcset=${srcset(`${n}${index}`)}
              image-alt="Hills"
            ></lede-article-card>`,
        )}
      </div>`,
    );
    for (const card of grid.querySelectorAll('lede-article-card')) {
      const img = imgOf(card);
      const width = part(card, 'photo')!.getBoundingClientRect().width;
      expect(width).to.equal(298);
      expect(await fetched(img)).to.deep.equal([suitedWidth(298)]);
      expect(img.getAttribute('sizes')).to.equal('298px');
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('decoding')).to.equal('async');
      expect(img.hasAttribute('fetchpriority')).to.equal(false);
    }
  });

  it("every card layout's photo says its own rendered width in sizes", async () => {
    for (const layout of ['stacked', 'horizontal', 'hero']) {
      // Its own URLs: a browser may reuse a larger candidate it already has.
      const n = `${layout}${Math.random()}`;
      const wrapper = await fixture(
        html`<div style="width: 520px">
          <lede-article-card
            layout=${layout}
            headline="A story"
            image-src=${photo(1600, n)}
            image-srcset=${srcset(n)}
            image-alt="Hills"
          ></lede-article-card>
        </div>`,
      );
      const card = wrapper.querySelector('lede-article-card')!;
      const img = imgOf(card);
      const width = part(card, 'photo')!.getBoundingClientRect().width;
      await until(() => img.hasAttribute('sizes'), `${layout}: sizes`);
      expect(img.getAttribute('sizes'), layout).to.equal(`${Math.ceil(width)}px`);
      // A hero's photo is eager: it starts loading before it is measured (see docs/partner-page.md).
      if (layout !== 'hero')
        expect(await fetched(img), layout).to.deep.equal([suitedWidth(Math.ceil(width))]);
    }
  });

  it("the feed's grid cards ask for their column's width", async () => {
    const n = `feed${Math.random()}`;
    const items = [0, 1, 2, 3].map((index) => ({
      id: `s${index}`,
      headline: `Story ${index}`,
      url: `https://news.lede.example/${index}`,
      image: { src: photo(1600, `${n}${index}`), srcset: srcset(`${n}${index}`), alt: 'Hills' },
    }));
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 660px"><lede-feed layout="grid" .items=${items}></lede-feed></div>`,
    );
    const feed = wrapper.querySelector<LedeFeed>('lede-feed')!;
    await until(() => feed.shadowRoot!.querySelectorAll('lede-article-card').length === 4, 'the cards');
    const cards = [...feed.shadowRoot!.querySelectorAll<LedeArticleCard>('lede-article-card')];
    await Promise.all(cards.map((card) => card.updateComplete));
    for (const card of cards.slice(0, 2)) {
      const img = imgOf(card);
      const width = part(card, 'photo')!.getBoundingClientRect().width;
      expect(width).to.be.lessThan(330);
      await until(() => img.hasAttribute('sizes'), 'sizes');
      expect(img.getAttribute('sizes')).to.equal(`${Math.ceil(width)}px`);
      expect(await fetched(img)).to.deep.equal([suitedWidth(Math.ceil(width))]);
    }
  });

  describe('<lede-photo>', () => {
    it('defaults sizes to its own width, and follows it when the box grows', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 200px">
          <lede-photo src=${photo(1600, 'grow')} srcset=${srcset('grow')} alt="Hills"></lede-photo>
        </div>`,
      );
      const el = wrapper.querySelector<LedePhoto>('lede-photo')!;
      const img = part(el, 'image')! as HTMLImageElement;
      await until(() => img.getAttribute('sizes') === '200px', 'sizes 200px');
      wrapper.style.width = '420px';
      await until(() => img.getAttribute('sizes') === '420px', 'sizes 420px');
      // Narrower again: the larger image already fetched is kept.
      wrapper.style.width = '300px';
      // Once the photo's own observer has been told of its new width, and it has rendered what it would.
      await measuredAs(el, 300);
      await el.updateComplete;
      expect(img.getAttribute('sizes')).to.equal('420px');
    });

    // Far below the fold, so that the lazy image does not load: its load would be a render of its own.
    const belowTheFold = 'margin-top: 10000px';
    const measuredRenders: Array<[string, () => TemplateResult, number]> = [
      [
        'renders again for its measured width when it has a srcset',
        () =>
          html`<lede-photo
            style=${belowTheFold}
            src=${photo(1600, 'm1')}
            srcset=${srcset('m1')}
            alt="Hills"
          ></lede-photo>`,
        1,
      ],
      [
        'does not render again for its measured width with one URL',
        () => html`<lede-photo style=${belowTheFold} src=${photo(1600, 'm2')} alt="Hills"></lede-photo>`,
        0,
      ],
    ];
    for (const [title, template, renders] of measuredRenders) {
      it(title, async () => {
        // The fixture resolves at the first render, before the first frame measures the photo.
        const el = await fixture<LedePhoto>(template());
        const render = sinon.spy(el, 'render');
        // Once the photo's own observer has been told of its width, and it has rendered what it would.
        await measuredAs(el);
        await el.updateComplete;
        expect(render.callCount).to.equal(renders);
      });
    }

    it("keeps the partner's own sizes", async () => {
      const el = await fixture<LedePhoto>(
        html`<lede-photo
          sizes="50vw"
          src=${photo(1600, 'own')}
          srcset=${srcset('own')}
          alt="Hills"
        ></lede-photo>`,
      );
      // Once the photo's own observer has been told of its width, and it has rendered what it would.
      await measuredAs(el);
      await el.updateComplete;
      expect(part(el, 'image')!.getAttribute('sizes')).to.equal('50vw');
    });
  });

  describe('fetchpriority', () => {
    it('makes a card’s photo eager and first when the partner asks', async () => {
      const card = await fixture<LedeArticleCard>(
        html`<lede-article-card
          fetchpriority="high"
          headline="The lead story"
          image-src=${photo(1600, 'lead')}
          image-alt="Hills"
        ></lede-article-card>`,
      );
      const img = imgOf(card);
      expect(img.getAttribute('fetchpriority')).to.equal('high');
      expect(img.getAttribute('loading')).to.equal('eager');
      expect(img.getAttribute('decoding')).to.equal('async');
    });
  });
});

describe('images given in several sizes become a srcset', () => {
  it('reads a JSON-LD image array of ImageObjects with widths, keeping one shape', () => {
    const raw = articleFromJson({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Ferry returns',
      image: [
        { '@type': 'ImageObject', url: 'https://img.lede.example/ferry-1600.jpg', width: 1600, height: 900 },
        { '@type': 'ImageObject', url: 'https://img.lede.example/ferry-800.jpg', width: 800, height: 450 },
        {
          '@type': 'ImageObject',
          url: 'https://img.lede.example/ferry-square.jpg',
          width: 1200,
          height: 1200,
        },
        {
          '@type': 'ImageObject',
          url: 'https://img.lede.example/ferry-400.jpg',
          width: '400',
          height: '225',
        },
        'https://img.lede.example/ferry-unsized.jpg',
      ],
    });
    const { article } = normalizeArticle(raw);
    expect(article.image).to.deep.include({
      src: 'https://img.lede.example/ferry-1600.jpg',
      srcset:
        'https://img.lede.example/ferry-1600.jpg 1600w, https://img.lede.example/ferry-800.jpg 800w, https://img.lede.example/ferry-400.jpg 400w',
      width: 1600,
      height: 900,
    });
  });

  it('leaves an array of plain URLs (one image in several crops) without a srcset', () => {
    const { article } = normalizeArticle(
      articleFromJson({
        '@type': 'NewsArticle',
        headline: 'Ferry returns',
        image: ['https://img.lede.example/1x1.jpg', 'https://img.lede.example/16x9.jpg'],
      }),
    );
    expect(article.image).to.deep.equal({ src: 'https://img.lede.example/1x1.jpg' });
  });

  it('drops unsafe candidates through the data gate', () => {
    const { article } = normalizeArticle(
      articleFromJson({
        '@type': 'NewsArticle',
        headline: 'Ferry returns',
        image: [
          { url: 'https://img.lede.example/a.jpg', width: 1600, height: 900 },
          { url: 'javascript:alert(1)', width: 800, height: 450 },
          { url: 'https://img.lede.example/b.jpg', width: 400, height: 225 },
        ],
      }),
    );
    expect(article.image!.srcset).to.equal(
      'https://img.lede.example/a.jpg 1600w, https://img.lede.example/b.jpg 400w',
    );
  });

  it('reads RSS media:content variants of one image', () => {
    const rss = `<?xml version="1.0"?>
      <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Lede</title>
        <item><title>Ferry returns</title><link>https://news.lede.example/ferry</link>
          <media:group>
            <media:content url="https://img.lede.example/f-1200.jpg" medium="image" width="1200" height="675">
              <media:description>The ferry at the pier</media:description>
            </media:content>
            <media:content url="https://img.lede.example/f-600.jpg" medium="image" width="600" height="338"/>
            <media:content url="https://img.lede.example/f-sq.jpg" medium="image" width="600" height="600"/>
            <media:content url="https://img.lede.example/clip.mp4" medium="video" width="1280" height="720"/>
          </media:group>
        </item></channel></rss>`;
    const { items } = parseFeed({
      url: 'https://news.lede.example/rss',
      text: rss,
      contentType: 'application/rss+xml',
    });
    const { article } = normalizeArticle(items[0]);
    expect(article.image).to.deep.include({
      src: 'https://img.lede.example/f-1200.jpg',
      srcset: 'https://img.lede.example/f-1200.jpg 1200w, https://img.lede.example/f-600.jpg 600w',
      alt: 'The ferry at the pier',
      width: 1200,
      height: 675,
    });
  });
});
