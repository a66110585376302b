import '../support/packs.js';
import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/feed/define.js';
import type { LedeFeed } from '../../src/feed/feed.js';
import type { LedeArticleCard } from '../../src/article-card/article-card.js';
import type { LedeClickEvent, LedeErrorEvent } from '../../src/events/lede-events.js';
import {
  brokenImageFailed,
  expectOneRevalidatedRefresh,
  part,
  requestCount,
  sharedAnswers,
  uniqueKey,
  until,
  untilPolling,
  untilRequests,
  withPollClock,
} from '../support/helpers.js';

const feed = (file: string, query = '') => `/test-api/serve?file=feeds/${file}${query ? `&${query}` : ''}`;

function cards(el: LedeFeed): LedeArticleCard[] {
  return [...el.shadowRoot!.querySelectorAll('lede-article-card')];
}

async function loadedCards(el: LedeFeed, count?: number): Promise<LedeArticleCard[]> {
  await until(
    () =>
      cards(el).length > 0 &&
      cards(el).every((card) => part(card, 'headline') !== null) &&
      (count === undefined || cards(el).length === count),
    'the cards',
  );
  return cards(el);
}

const headline = (card: LedeArticleCard) => part(card, 'headline')!.textContent;
const link = (card: LedeArticleCard) => part<HTMLAnchorElement>(card, 'link')?.getAttribute('href') ?? null;
const summary = (card: LedeArticleCard) => part(card, 'summary')?.textContent ?? null;

describe('<lede-feed>', () => {
  describe('RSS 2.0', () => {
    it('becomes cards: titles, links, images, authors, categories, language', async () => {
      const el = await fixture<LedeFeed>(html`<lede-feed src=${feed('rss.xml')}></lede-feed>`);
      const [ferry, festival, hostile] = await loadedCards(el, 3);
      expect(headline(ferry)).to.equal('Lake ferry returns after three-week repair');
      expect(link(ferry)).to.equal('https://news.lede.example/world/ferry');
      expect(part(ferry, 'kicker')!.textContent).to.equal('World');
      expect(part(ferry, 'byline')!.innerText).to.include('By Nino Beridze');
      expect(part(ferry, 'base')!.lang).to.equal('en-GB');
      const img = part(ferry, 'photo')!.shadowRoot!.querySelector('img')!;
      expect(img.getAttribute('alt')).to.equal('Green hills under a morning sun');
      expect(new URL(img.src).pathname).to.equal('/test-assets/photo.svg');
      // An image enclosure.
      const enclosure = new URL(part(festival, 'photo')!.shadowRoot!.querySelector('img')!.src);
      expect(enclosure.pathname + enclosure.search).to.equal('/test-assets/photo.svg?w=1200&h=800');
      expect(headline(hostile)).to.equal('A story whose link is hostile');
    });

    it('turns HTML and entities into plain text, and runs nothing', async () => {
      const win = window as Window & { __pwned?: number };
      const el = await fixture<LedeFeed>(html`<lede-feed src=${feed('rss.xml')}></lede-feed>`);
      const [ferry, festival] = await loadedCards(el, 3);
      // The feed's <img src="x" onerror> would have failed by the time a broken image made now has.
      await brokenImageFailed();
      expect(win.__pwned).to.equal(undefined);
      expect(summary(ferry)).to.equal('The only ferry across the northern lake sailed again on Tuesday.');
      expect(headline(festival)).to.equal('Tom & Jerry festival draws 10\u00a0000 visitors');
      expect(summary(festival)).to.equal('Entities & escaped markup become plain text — once.');
      for (const card of cards(el)) {
        expect(card.shadowRoot!.querySelectorAll('script, b, p > img')).to.have.length(0);
      }
    });

    it('shows an item with an unsafe link unlinked, and drops its unsafe image', async () => {
      const el = await fixture<LedeFeed>(html`<lede-feed src=${feed('rss.xml')}></lede-feed>`);
      const hostile = (await loadedCards(el, 3))[2];
      expect(link(hostile)).to.equal(null);
      expect(part(hostile, 'photo')).to.equal(null);
    });

    it('is read from its content even when served as text/html', async () => {
      const el = await fixture<LedeFeed>(
        html`<lede-feed src=${feed('rss.xml', 'type=text/html')}></lede-feed>`,
      );
      expect(await loadedCards(el, 3)).to.have.length(3);
    });
  });

  describe('Atom 1.0', () => {
    it('gives right-to-left cards for xml:lang="fa", with text, html and xhtml content', async () => {
      const el = await fixture<LedeFeed>(html`<lede-feed src=${feed('atom-fa.xml')}></lede-feed>`);
      const [flood, market, english] = await loadedCards(el, 3);
      expect(headline(flood)).to.equal('سیل در دره شمالی، راه‌ها را بست');
      expect(link(flood)).to.equal('https://news.lede.example/fa/flood');
      expect(getComputedStyle(part(flood, 'base')!).direction).to.equal('rtl');
      expect(summary(flood)).to.equal('باران‌های شدید چند روستا را جدا کرد.');
      expect(part(flood, 'kicker')!.textContent).to.equal('ایران');
      expect(part(flood, 'byline')!.innerText).to.include('سارا احمدی');
      expect(part(flood, 'photo')).to.not.equal(null);
      expect(headline(market)).to.equal('بازار زمستانی باز شد');
      expect(summary(market)).to.equal('بازار در میدان قدیمی برپا شد.');
      expect(link(market)).to.equal('https://news.lede.example/fa/market');
      // An entry's own xml:lang wins over the feed's.
      expect(part(english, 'base')!.lang).to.equal('en');
      expect(getComputedStyle(part(english, 'base')!).direction).to.equal('ltr');
    });
  });

  describe('JSON Feed 1.1', () => {
    it('becomes cards in the feed language, items keeping their own', async () => {
      const el = await fixture<LedeFeed>(
        html`<lede-feed src=${feed('jsonfeed.json', 'type=text/plain')}></lede-feed>`,
      );
      const [library, english] = await loadedCards(el, 2);
      expect(headline(library)).to.equal('Сільська бібліотека відкрилася в колишньому вокзалі');
      expect(summary(library)).to.equal('Волонтери дві зими відновлювали будівлю.');
      expect(part(library, 'kicker')!.textContent).to.equal('Культура');
      expect(part(library, 'byline')!.innerText).to.include('Автор: Олена Петренко');
      expect(part(library, 'base')!.lang).to.equal('uk');
      expect(part(english, 'base')!.lang).to.equal('en');
    });
  });

  describe('JSON arrays and ItemLists', () => {
    it('reads a JSON array of Articles', async () => {
      const el = await fixture<LedeFeed>(html`<lede-feed src=${feed('articles.json')}></lede-feed>`);
      expect((await loadedCards(el, 3)).map(headline)).to.deep.equal([
        'First story from an array',
        'Second story from an array',
        'Third story from an array',
      ]);
    });

    it('reads a schema.org ItemList', async () => {
      const el = await fixture<LedeFeed>(html`<lede-feed src=${feed('item-list.jsonld')}></lede-feed>`);
      expect((await loadedCards(el, 2)).map(headline)).to.deep.equal([
        'First from an ItemList',
        'Second from an ItemList',
      ]);
    });

    it('takes stories from the items property', async () => {
      const el = await fixture<LedeFeed>(html`<lede-feed></lede-feed>`);
      el.items = [{ headline: 'From a property', url: '/p' }, { summary: 'No headline: skipped' }];
      await elementUpdated(el);
      expect((await loadedCards(el, 1)).map(headline)).to.deep.equal(['From a property']);
    });
  });

  describe('the element', () => {
    it('shows at most limit stories', async () => {
      const el = await fixture<LedeFeed>(
        html`<lede-feed limit="2" src=${feed('articles.json')}></lede-feed>`,
      );
      expect(await loadedCards(el, 2)).to.have.length(2);
    });

    it('passes card layout, heading level and UTM parameters to its cards', async () => {
      const el = await fixture<LedeFeed>(
        html`<lede-feed
          card-layout="compact"
          heading-level="2"
          utm-source="partner"
          src=${feed('articles.json')}
        ></lede-feed>`,
      );
      const [first] = await loadedCards(el, 3);
      expect(first.getAttribute('layout')).to.equal('compact');
      expect(part(first, 'headline')!.localName).to.equal('h2');
      expect(link(first)).to.equal('https://news.lede.example/a-1?utm_source=partner');
    });

    it('lays cards out in a list, or in a grid', async () => {
      const el = await fixture<LedeFeed>(
        html`<lede-feed style="width: 900px" src=${feed('articles.json')}></lede-feed>`,
      );
      let [a, b] = await loadedCards(el, 3);
      expect(b.getBoundingClientRect().top).to.be.greaterThan(a.getBoundingClientRect().bottom - 1);
      el.layout = 'grid';
      await elementUpdated(el);
      [a, b] = cards(el);
      expect(b.getBoundingClientRect().top).to.equal(a.getBoundingClientRect().top);
      expect(part(el, 'list')!.localName).to.equal('ol');
    });

    it('shows limit skeletons while loading', async () => {
      // Held back long enough that the skeletons are there to look at, on a busy machine too.
      const el = await fixture<LedeFeed>(
        html`<lede-feed limit="4" src=${feed('articles.json', `delay=3000&key=${uniqueKey()}`)}></lede-feed>`,
      );
      const skeletons = cards(el);
      expect(skeletons).to.have.length(4);
      for (const card of skeletons) expect(part(card, 'skeleton')).to.not.equal(null);
      expect(part(el, 'list')!.getAttribute('aria-busy')).to.equal('true');
      await loadedCards(el, 3);
      expect(part(el, 'list')!.getAttribute('aria-busy')).to.equal('false');
    });

    it("turns its skeletons into the stories' cards: the same elements, none built again", async () => {
      // Held back long enough that the skeletons are there to look at, on a busy machine too.
      const el = await fixture<LedeFeed>(
        html`<lede-feed limit="4" src=${feed('articles.json', `delay=3000&key=${uniqueKey()}`)}></lede-feed>`,
      );
      const skeletons = cards(el);
      expect(skeletons).to.have.length(4);
      const loaded = await loadedCards(el, 3);
      expect(loaded.every((card, index) => card === skeletons[index])).to.equal(true);
      expect(loaded.map((card) => part(card, 'skeleton'))).to.deep.equal([null, null, null]);
      // The fourth had no story to show: it is gone.
      expect(skeletons[3].isConnected).to.equal(false);
    });

    it('says "No stories yet", translated, for an empty feed', async () => {
      const en = await fixture<LedeFeed>(html`<lede-feed src=${feed('empty.xml')}></lede-feed>`);
      await until(() => part(en, 'empty') !== null, 'the empty message');
      expect(part(en, 'empty')!.textContent).to.equal('No stories yet');
      const ru = await fixture<LedeFeed>(html`<lede-feed lang="ru" src=${feed('empty.xml')}></lede-feed>`);
      await until(() => part(ru, 'empty') !== null, 'the empty message');
      expect(part(ru, 'empty')!.textContent).to.equal('Пока нет материалов');
    });

    it('lets card events bubble out with their position', async () => {
      const el = await fixture<LedeFeed>(html`<lede-feed src=${feed('articles.json')}></lede-feed>`);
      const second = (await loadedCards(el, 3))[1];
      const stay = (event: Event) => event.preventDefault();
      document.addEventListener('click', stay);
      try {
        const clicked = oneEvent(el, 'lede-click');
        part(second, 'link')!.click();
        const event = (await clicked) as LedeClickEvent;
        expect(event.detail).to.deep.equal({ id: 'a-2', url: 'https://news.lede.example/a-2', position: 1 });
      } finally {
        document.removeEventListener('click', stay);
      }
    });

    it('makes one request for two feeds with the same src', async () => {
      const key = uniqueKey();
      const src = feed('articles.json', `key=${key}&delay=100`);
      const wrapper = await fixture(
        html`<div><lede-feed src=${src}></lede-feed><lede-feed src=${src}></lede-feed></div>`,
      );
      for (const el of wrapper.querySelectorAll('lede-feed')) await loadedCards(el, 3);
      expect((await requestCount(key)).count).to.equal(1);
    });
  });

  it('serves a feed added moments later from memory, without a request', async () => {
    const key = uniqueKey();
    const src = feed('articles.json', `key=${key}`);
    const first = await fixture<LedeFeed>(html`<lede-feed src=${src}></lede-feed>`);
    await loadedCards(first, 3);
    const second = await fixture<LedeFeed>(html`<lede-feed src=${src}></lede-feed>`);
    expect(await loadedCards(second, 3)).to.have.length(3);
    expect((await requestCount(key)).count).to.equal(1);
  });

  describe('when the feed fails', () => {
    const failures: Array<[string, string, string]> = [
      ['a 404', feed('nope.xml'), 'http'],
      ['a 500', feed('rss.xml', 'status=500'), 'http'],
      ['a timeout', feed('rss.xml', 'delay=2000'), 'timeout'],
      ['malformed XML', feed('malformed.xml'), 'parse'],
      ['JSON that is no feed', feed('../articles/not-an-article.json'), 'parse'],
      ['a web page', feed('../articles/page.html'), 'content-type'],
      ['an image', feed('rss.xml', 'type=image/png'), 'content-type'],
    ];
    for (const [what, src, reason] of failures) {
      it(`keeps the fallback and fires lede-error (${reason}) for ${what}`, async () => {
        const el = document.createElement('lede-feed');
        // Short only where the timeout is the point: a busy machine must not turn a 404 into a timeout.
        el.timeout = reason === 'timeout' ? 0.3 : 3;
        el.src = src;
        el.innerHTML = '<a href="https://news.lede.example/world">World news on Lede</a>';
        const error = oneEvent(el, 'lede-error');
        document.body.append(el);
        try {
          expect(((await error) as LedeErrorEvent).detail.reason).to.equal(reason);
          await el.updateComplete;
          expect(cards(el)).to.have.length(0);
          expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
        } finally {
          el.remove();
        }
      });
    }
  });

  describe('refresh', () => {
    const clock = withPollClock();

    it('updates in place with a 200, keeping the cards it already had', async () => {
      const key = uniqueKey();
      const src = `/test-api/serve?key=${key}&files=feeds/articles.json,feeds/updated.json`;
      const el = await fixture<LedeFeed>(html`<lede-feed refresh-interval="30" src=${src}></lede-feed>`);
      const before = await loadedCards(el, 3);
      // This tab leads the poll: its first poll is armed on the fake clock.
      await untilPolling(src);
      await clock().tickAsync(30_000);
      await until(
        () => cards(el).length > 0 && headline(cards(el)[0]) === 'A newer story at the top',
        'the refresh',
      );
      const after = cards(el);
      expect(after.map(headline)).to.deep.equal([
        'A newer story at the top',
        'First story from an array',
        'Second story from an array',
      ]);
      // The card for a-1 is the same element, moved, not rebuilt.
      expect(after[1]).to.equal(before[0]);
      el.remove();
    });

    it('asks conditionally, and a 304 changes nothing', async () => {
      const key = uniqueKey();
      const src = feed('articles.json', `key=${key}&etag=v1`);
      const shared = sharedAnswers(src);
      const el = await fixture<LedeFeed>(html`<lede-feed refresh-interval="30" src=${src}></lede-feed>`);
      const before = await loadedCards(el, 3);
      await untilPolling(src);
      await clock().tickAsync(30_000);
      await untilRequests(key, 2);
      // Shared once the feed was given the answer: whatever it would change, it has.
      await shared.until(1);
      shared.close();
      await el.updateComplete;
      await expectOneRevalidatedRefresh(key);
      expect(cards(el)).to.deep.equal(before);
      el.remove();
    });

    it('keeps its stories when a refresh fails', async () => {
      const key = uniqueKey();
      const src = `/test-api/serve?key=${key}&files=feeds/articles.json&statuses=200,500`;
      const el = await fixture<LedeFeed>(html`<lede-feed refresh-interval="30" src=${src}></lede-feed>`);
      await loadedCards(el, 3);
      await untilPolling(src);
      const error = oneEvent(el, 'lede-error');
      await clock().tickAsync(30_000);
      expect(((await error) as LedeErrorEvent).detail.status).to.equal(500);
      await el.updateComplete;
      expect(cards(el).map(headline)).to.have.length(3);
      el.remove();
    });

    it('stops when removed', async () => {
      const src = feed('articles.json');
      const el = await fixture<LedeFeed>(html`<lede-feed refresh-interval="30" src=${src}></lede-feed>`);
      await loadedCards(el, 3);
      // Polling (its timer armed), so that removing it has something to stop.
      await untilPolling(src);
      el.remove();
      expect(clock().countTimers()).to.equal(0);
    });
  });

  describe('accessibility', () => {
    for (const [name, template] of [
      ['list', html`<lede-feed src=${feed('articles.json')}></lede-feed>`],
      ['grid', html`<lede-feed layout="grid" src=${feed('articles.json')}></lede-feed>`],
      ['right to left, dark', html`<lede-feed theme="dark" src=${feed('atom-fa.xml')}></lede-feed>`],
    ] as const) {
      it(`has no axe violations (${name})`, async () => {
        const el = await fixture<LedeFeed>(template);
        await loadedCards(el);
        await expect(el).to.be.accessible();
      });
    }
  });
});
