// What hostile or careless feeds, servers and pages send, and what the
// elements make of it: no frozen page, no flood of requests, no uncaught
// error, and the last good content kept. test/support/hostile-api.mjs serves
// the answers.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/define.js';
import type { LedeArticleCard } from '../../src/article-card/article-card.js';
import type { LedeBreakingBanner } from '../../src/breaking-banner/breaking-banner.js';
import { articleFromJson, articlesFromJson } from '../../src/data/article-from-json.js';
import { gateStories } from '../../src/data/gate-stories.js';
import type { LedeErrorEvent } from '../../src/events/lede-events.js';
import type { LedeFeed } from '../../src/feed/feed.js';
import { parseFeed } from '../../src/feed-formats/parse-feed.js';
import {
  captureWarnings,
  isPolled,
  part,
  quietFor,
  requestCount,
  seenAs,
  sleep,
  uniqueKey,
  until,
  untilPolling,
  untilRequests,
} from '../support/helpers.js';

/** Where a page's dismissals are kept, as the page sees it in localStorage. */
const DISMISSALS_KEY = 'lede-widgets:dismissed';

const serve = (file: string, query = '') => `/test-api/serve?file=${file}${query ? `&${query}` : ''}`;

function cards(el: LedeFeed): LedeArticleCard[] {
  return [...el.shadowRoot!.querySelectorAll('lede-article-card')];
}

const headlines = (el: LedeFeed) => cards(el).map((card) => part(card, 'headline')?.textContent);

async function loadedCards(el: LedeFeed, count: number): Promise<LedeArticleCard[]> {
  await until(
    () => cards(el).length === count && cards(el).every((card) => part(card, 'headline') !== null),
    `${count} cards`,
  );
  return cards(el);
}

/**
 * A feed at `src` that must be refused: its `lede-error` detail, once it has
 * shown no card and kept the page's fallback link in view.
 */
async function refusedFeed(src: string): Promise<LedeErrorEvent['detail']> {
  const el = document.createElement('lede-feed');
  el.src = src;
  el.innerHTML = '<a href="https://news.lede.example/">Lede News</a>';
  const error = oneEvent(el, 'lede-error');
  document.body.append(el);
  try {
    const { detail } = (await error) as LedeErrorEvent;
    await el.updateComplete;
    expect(cards(el)).to.have.length(0);
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    return detail;
  } finally {
    el.remove();
  }
}

/** Milliseconds `run` blocks the main thread. */
function blocked(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/**
 * The bound a linear piece of work must keep: ten times what a harmless
 * input of the same length costs, and never less than 300 ms, so a busy
 * machine does not fail it; quadratic cleaning of these inputs takes seconds.
 */
const linearBound = (baseline: number) => Math.max(300, 10 * baseline);

const HOSTILE_URL = 'a' + ' '.repeat(100_000) + 'b';
const HARMLESS_URL = 'a'.repeat(100_002);

describe('hostile and careless data', () => {
  describe('a 100 KB hostile URL', () => {
    it('through an attribute, costs what a harmless one of its length costs', async () => {
      const el = await fixture<LedeArticleCard>(
        html`<lede-article-card headline="Long"></lede-article-card>`,
      );
      const render = async (url: string) => {
        const start = performance.now();
        el.setAttribute('href', url);
        await el.updateComplete;
        return performance.now() - start;
      };
      const harmless = await render(HARMLESS_URL);
      const hostile = await render(HOSTILE_URL);
      expect(hostile).to.be.below(linearBound(harmless));
      expect(part(el, 'link')).to.equal(null);
      expect(part(el, 'headline')!.textContent).to.equal('Long');
    });

    for (const format of ['json', 'rss']) {
      it(`through a fetched ${format === 'json' ? 'JSON Feed' : 'RSS <link>'}, is dropped quickly`, async () => {
        const answer = await fetch(`/hostile-api/long-url?format=${format}`);
        const text = await answer.text();
        const loaded = { url: answer.url, text, contentType: '' };
        const gate = (body: string) =>
          gateStories(parseFeed({ ...loaded, text: body }).items, loaded.url, 'x').first(Infinity);
        const warnings = captureWarnings();
        try {
          const harmless = blocked(() => gate(text.replace(HOSTILE_URL, HARMLESS_URL)));
          let stories: ReturnType<typeof gate> = [];
          const hostile = blocked(() => (stories = gate(text)));
          expect(hostile).to.be.below(linearBound(harmless));
          expect(stories.map((story) => [story.headline, story.url])).to.deep.equal([
            ['Long link', undefined],
          ]);
        } finally {
          warnings.restore();
        }
        const el = await fixture<LedeFeed>(
          html`<lede-feed src=${`/hostile-api/long-url?format=${format}`}></lede-feed>`,
        );
        const [card] = await loadedCards(el, 1);
        expect(part(card, 'headline')!.textContent).to.equal('Long link');
        expect(part(card, 'link')).to.equal(null);
      });
    }
  });

  describe('oversized answers', () => {
    for (const chunked of [false, true]) {
      it(`are refused past 2 MB with lede-error too-large${chunked ? ', without a Content-Length too' : ''}`, async () => {
        const detail = await refusedFeed(`/hostile-api/big?items=30000${chunked ? '&chunked=1' : ''}`);
        expect(detail.reason).to.equal('too-large');
        expect(detail.message).to.contain('is too large');
      });
    }

    it('are read up to max-bytes when the partner raises it', async () => {
      const el = await fixture<LedeFeed>(
        html`<lede-feed max-bytes="8000000" limit="3" src="/hostile-api/big?items=30000"></lede-feed>`,
      );
      await loadedCards(el, 3);
      expect(headlines(el)).to.deep.equal(['Story 0', 'Story 1', 'Story 2']);
    });

    it('are read up to max-bytes on every refresh too, not only the first load', async () => {
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      const random = sinon.stub(Math, 'random').returns(0.5);
      const error = sinon.spy();
      const el = document.createElement('lede-feed');
      el.setAttribute('max-bytes', '8000000');
      el.setAttribute('refresh-interval', '30');
      el.limit = 3;
      el.src = `/hostile-api/big?items=30000&key=${uniqueKey()}`;
      el.addEventListener('lede-error', error);
      document.body.append(el);
      try {
        await loadedCards(el, 3);
        await clock.tickAsync(30_000);
        await until(() => headlines(el)[0] === 'Update 0' || error.called, 'the refresh');
        expect(error.called, 'no lede-error').to.equal(false);
        expect(headlines(el)).to.deep.equal(['Update 0', 'Update 1', 'Update 2']);
      } finally {
        el.remove();
        clock.restore();
        random.restore();
      }
    });
  });

  describe('deeply nested JSON', () => {
    const deep = (levels: number): unknown => JSON.parse('['.repeat(levels) + ']'.repeat(levels));

    it('is searched for an article only so deep, and never overflows the stack', () => {
      const article = { '@type': 'NewsArticle', headline: 'Deep enough' };
      let nested: unknown = article;
      for (let i = 0; i < 30; i++) nested = [nested];
      expect(articleFromJson(nested)).to.include({ headline: 'Deep enough' });
      expect(articleFromJson(deep(100_000))).to.equal(undefined);
      expect(articlesFromJson(deep(100_000))).to.deep.equal([]);
    });

    it('gives a card its fallback and lede-error parse, not a RangeError', async () => {
      const el = document.createElement('lede-article-card');
      el.src = '/hostile-api/deep?levels=100000';
      el.innerHTML = '<a href="https://news.lede.example/">Lede News</a>';
      const error = oneEvent(el, 'lede-error');
      document.body.append(el);
      try {
        const { detail } = (await error) as LedeErrorEvent;
        expect(detail.reason).to.equal('parse');
        expect(detail.message).not.to.match(/RangeError|recursion|stack/);
        await el.updateComplete;
        expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
      } finally {
        el.remove();
      }
    });

    it('is an empty feed, not a failure', async () => {
      const error = sinon.spy();
      const el = await fixture<LedeFeed>(
        html`<lede-feed @lede-error=${error} src="/hostile-api/deep?levels=100000"></lede-feed>`,
      );
      // Handled, either way: the empty feed's message, or an error.
      await until(() => error.called || part(el, 'empty') !== null, 'the feed to be handled');
      expect(error.called).to.equal(false);
      expect(cards(el)).to.have.length(0);
    });
  });

  describe('stories past the limit', () => {
    it('are not gated when fetched: only what is shown is reported, and more when the limit grows', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<LedeFeed>(
          html`<lede-feed limit="3" src=${'/hostile-api/big?items=100&unsafe=1'}></lede-feed>`,
        );
        await loadedCards(el, 3);
        const gated = () =>
          [...warnings.warnings.join(' ').matchAll(/item (\d+): url/g)].map((m) => Number(m[1]));
        expect(gated()).to.deep.equal([0, 1, 2]);
        el.limit = 5;
        await loadedCards(el, 5);
        expect(gated()).to.deep.equal([0, 1, 2, 3, 4]);
        expect(cards(el).map((card) => part(card, 'link'))).to.deep.equal([null, null, null, null, null]);
      } finally {
        warnings.restore();
      }
    });

    it('are not read when given as items', async () => {
      const read = new Set<number>();
      const items = Array.from({ length: 100 }, (_, index) => ({
        id: String(index),
        get headline() {
          read.add(index);
          return `Story ${index}`;
        },
      }));
      const el = await fixture<LedeFeed>(html`<lede-feed limit="3" .items=${items}></lede-feed>`);
      await loadedCards(el, 3);
      expect(headlines(el)).to.deep.equal(['Story 0', 'Story 1', 'Story 2']);
      expect([...read].sort((a, b) => a - b)).to.deep.equal([0, 1, 2]);
    });

    it('are gated on past stories without a headline until the limit is met', async () => {
      const items = [
        { id: 'a' },
        { id: 'b', headline: 'First' },
        { id: 'c' },
        { id: 'd', headline: 'Second' },
      ];
      const el = await fixture<LedeFeed>(html`<lede-feed limit="2" .items=${items}></lede-feed>`);
      await loadedCards(el, 2);
      expect(headlines(el)).to.deep.equal(['First', 'Second']);
    });
  });

  describe('XML', () => {
    it('refuses a feed that declares entities, with lede-error parse saying why', async () => {
      const el = document.createElement('lede-feed');
      el.src = '/hostile-api/entities?refs=1000';
      const error = oneEvent(el, 'lede-error');
      document.body.append(el);
      try {
        const { detail } = (await error) as LedeErrorEvent;
        expect(detail.reason).to.equal('parse');
        expect(detail.message).to.contain('declares XML entities');
        await el.updateComplete;
        expect(cards(el)).to.have.length(0);
      } finally {
        el.remove();
      }
    });

    it('refuses a feed nested deeper than 64 levels before reading it, with lede-error parse saying why', async () => {
      const detail = await refusedFeed('/hostile-api/deep-xml?levels=200');
      expect(detail.reason).to.equal('parse');
      expect(detail.message).to.contain('nests deeper than 64 levels');
      // A feed as deep as real ones get is read.
      const shallow = await fixture<LedeFeed>(
        html`<lede-feed src="/hostile-api/deep-xml?levels=50"></lede-feed>`,
      );
      await loadedCards(shallow, 1);
      expect(headlines(shallow)).to.deep.equal(['Deep story']);
    });

    it('still reads an RSS 0.91 feed with an external DOCTYPE and no entities', async () => {
      const el = await fixture<LedeFeed>(html`<lede-feed src=${serve('feeds/rss-091.xml')}></lede-feed>`);
      await loadedCards(el, 1);
      expect(headlines(el)).to.deep.equal(['An old feed, still read']);
    });

    const prefixes = {
      'a blank line': '\n\n',
      'spaces and a Windows line break': '  \r\n',
      'a byte order mark': '\uFEFF',
      'a blank line, then a byte order mark': '\n\uFEFF',
    };
    for (const [what, prefix] of Object.entries(prefixes)) {
      it(`reads a feed with ${what} before its XML declaration`, async () => {
        const el = await fixture<LedeFeed>(
          html`<lede-feed
            src=${`/hostile-api/prefixed?file=feeds/rss.xml&prefix=${encodeURIComponent(prefix)}`}
          ></lede-feed>`,
        );
        await until(() => cards(el).length > 0 && headlines(el)[0] !== undefined, 'the cards');
        expect(headlines(el)[0]).to.equal('Lake ferry returns after three-week repair');
      });
    }
  });

  it('resolves relative URLs in a redirected answer against where it came from', async () => {
    const el = await fixture<LedeArticleCard>(
      html`<lede-article-card
        src=${`/hostile-api/redirect?to=${encodeURIComponent(serve('articles/relative.json'))}`}
      ></lede-article-card>`,
    );
    await until(() => part(el, 'link') !== null, 'the story');
    expect(part<HTMLAnchorElement>(el, 'link')!.href).to.equal(
      new URL('/test-api/story.html', location.href).href,
    );
  });

  describe('properties that are not lists', () => {
    const first = [{ id: '1', headline: 'Kept story', url: 'https://news.lede.example/1' }];

    it('<lede-feed> items = {}: lede-error invalid-data, and the cards stay', async () => {
      const el = await fixture<LedeFeed>(html`<lede-feed .items=${first}></lede-feed>`);
      await loadedCards(el, 1);
      const error = oneEvent(el, 'lede-error');
      (el as unknown as { items: unknown }).items = {};
      expect(((await error) as LedeErrorEvent).detail.reason).to.equal('invalid-data');
      await el.updateComplete;
      expect(headlines(el)).to.deep.equal(['Kept story']);
    });

    it('<lede-breaking-banner> items = "abc": lede-error invalid-data, and the story stays', async () => {
      const el = await fixture<LedeBreakingBanner>(
        html`<lede-breaking-banner .items=${first}></lede-breaking-banner>`,
      );
      const error = oneEvent(el, 'lede-error');
      (el as unknown as { items: unknown }).items = 'abc';
      expect(((await error) as LedeErrorEvent).detail.reason).to.equal('invalid-data');
      await el.updateComplete;
      expect(part(el, 'link')!.textContent).to.equal('Kept story');
    });
  });

  describe('<lede-breaking-banner>', () => {
    beforeEach(() => {
      localStorage.removeItem(DISMISSALS_KEY);
      // As another tab clearing them: the page forgets what it remembered.
      dispatchEvent(new StorageEvent('storage', { key: DISMISSALS_KEY }));
    });

    for (const level of ['constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty']) {
      it(`level="${level}" is read as the default level`, async () => {
        const el = await fixture<LedeBreakingBanner>(
          html`<lede-breaking-banner level=${level} headline="Storm warning"></lede-breaking-banner>`,
        );
        expect(part(el, 'label')!.textContent).to.equal('Breaking News');
        expect(part(el, 'headline')!.textContent).to.equal('Storm warning');
      });
    }

    it('keeps dismissals per feed: the same story id from another feed still shows', async () => {
      const wrapper = await fixture(
        html`<div>
          <lede-breaking-banner
            max-age="1e9"
            src=${serve('banner/first.json', 'key=feed-a')}
          ></lede-breaking-banner>
          <lede-breaking-banner
            max-age="1e9"
            src=${serve('banner/first.json', 'key=feed-b')}
          ></lede-breaking-banner>
        </div>`,
      );
      const [a, b] = wrapper.querySelectorAll('lede-breaking-banner');
      await until(() => part(a, 'link') !== null && part(b, 'link') !== null, 'both stories');
      part(a, 'dismiss')!.click();
      await a.updateComplete;
      await b.updateComplete;
      b.requestUpdate();
      await b.updateComplete;
      expect(part(a, 'link')).to.equal(null);
      expect(part(b, 'link')!.textContent).to.contain('Power restored');
    });

    it('keeps dismissals per source for stories given as items: the same id in another banner still shows', async () => {
      // Small feeds number their stories from 1: two banners' "1" are different stories.
      const wrapper = await fixture(
        html`<div>
          <lede-breaking-banner
            max-age="1e9"
            .items=${[{ id: '1', headline: 'Ferry sails again', url: 'https://news.lede.example/a/1' }]}
          ></lede-breaking-banner>
          <lede-breaking-banner
            max-age="1e9"
            .items=${[{ id: '1', headline: 'Bridge opens early', url: 'https://news.lede.example/b/1' }]}
          ></lede-breaking-banner>
          <lede-breaking-banner
            max-age="1e9"
            .items=${[{ id: '1', headline: 'Market reopens' }]}
          ></lede-breaking-banner>
        </div>`,
      );
      const [a, b, c] = wrapper.querySelectorAll<LedeBreakingBanner>('lede-breaking-banner');
      part(a, 'dismiss')!.click();
      await a.updateComplete;
      for (const el of [b, c]) {
        el.requestUpdate();
        await el.updateComplete;
      }
      expect(part(a, 'link')).to.equal(null);
      expect(part(b, 'link')!.textContent).to.equal('Bridge opens early');
      expect(part(c, 'headline')!.textContent).to.equal('Market reopens');
      // Without a link, a story is known by its id and headline together.
      part(c, 'dismiss')!.click();
      await c.updateComplete;
      expect(part(c, 'headline')).to.equal(null);
      b.requestUpdate();
      await b.updateComplete;
      expect(part(b, 'link')!.textContent).to.equal('Bridge opens early');
    });

    it('leaves nothing of a dismissed story, for eyes or for screen readers', async () => {
      const older = {
        id: 'o',
        headline: 'Older story stays',
        published: new Date(Date.now() - 60_000).toISOString(),
      };
      const newer = { id: 'n', headline: 'Newer story goes', published: new Date().toISOString() };
      const el = await fixture<LedeBreakingBanner>(
        html`<lede-breaking-banner .items=${[older]}></lede-breaking-banner>`,
      );
      el.items = [older, newer];
      await el.updateComplete;
      expect(part(el, 'announcer')!.textContent).to.contain('Newer story goes');
      part(el, 'dismiss')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).not.to.contain('Newer story goes');
      expect(el.shadowRoot!.textContent).to.contain('Older story stays');
      const labels = [...el.shadowRoot!.querySelectorAll('[aria-label]')].map((node) =>
        node.getAttribute('aria-label'),
      );
      expect(labels.join(' ')).not.to.contain('Newer story goes');
      // The accessibility tree itself, where the browser gives it to tests (Firefox has no CDP for it, WebDriver no command).
      const tree = await a11ySnapshot({}).then(JSON.stringify, (error: Error) => {
        if (!/does not support CDP|not supported for browser type webdriver/.test(error.message)) throw error;
        return undefined;
      });
      if (tree !== undefined) {
        expect(tree).not.to.contain('Newer story goes');
        expect(tree).to.contain('Older story stays');
      }
    });
  });

  describe('impressions', () => {
    it('count for a card whose fetched story arrives while it is already on screen', async () => {
      const el = document.createElement('lede-article-card');
      el.src = serve('articles/own.json', 'delay=200');
      const impression = oneEvent(el, 'lede-impression');
      document.body.prepend(el);
      try {
        await until(() => part(el, 'headline') !== null, 'the story');
        await Promise.race([
          impression,
          sleep(15_000).then(() => Promise.reject(new Error('no impression'))),
        ]);
      } finally {
        el.remove();
      }
    });

    it('count for a card whose article is set after it was connected', async () => {
      const el = await fixture<LedeArticleCard>(html`<lede-article-card></lede-article-card>`);
      // Already on screen (as its fallback), and seen to be, before the story comes.
      await seenAs(el, true);
      const impression = oneEvent(el, 'lede-impression');
      el.article = { id: 'late', headline: 'Set by a framework', url: '/late' };
      const event = await Promise.race([
        impression,
        sleep(15_000).then(() => Promise.reject(new Error('no impression'))),
      ]);
      expect((event as CustomEvent).detail.id).to.equal('late');
    });
  });
});

describe('attributes out of range', () => {
  for (const interval of ['1m', '60s', 'abc', 'Infinity', '1e12', '-5']) {
    it(`refresh-interval="${interval}" polls at the default, and warns once`, async () => {
      const key = uniqueKey();
      const warnings = captureWarnings();
      // The poll's timer on a fake clock (the page's own clock stays real, for the stories' times).
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        const src = serve('banner/first.json', `key=${key}`);
        const el = await fixture<LedeBreakingBanner>(
          html`<lede-breaking-banner
            refresh-interval=${interval}
            max-age="1e9"
            src=${src}
          ></lede-breaking-banner>`,
        );
        await until(() => part(el, 'link') !== null, 'the story');
        await untilPolling(src);
        // 60 s less its 20% jitter: not yet; 60 s and its 20% jitter: asked again.
        await clock.tickAsync(47_900);
        await quietFor(150, 'a request that should not have been made to reach the server');
        expect((await requestCount(key)).count).to.equal(1);
        await clock.tickAsync(24_200);
        await untilRequests(key, 2);
        el.remove();
        const about = warnings.warnings.filter((warning) =>
          warning.includes(`refresh-interval="${interval}"`),
        );
        expect(about).to.have.length(1);
        expect(about[0]).to.contain('using 60');
      } finally {
        clock.restore();
        warnings.restore();
      }
    });
  }

  it('timeout="Infinity" waits the default 10 seconds, not none', async () => {
    const errors: Event[] = [];
    const el = document.createElement('lede-article-card');
    el.setAttribute('timeout', 'Infinity');
    el.src = serve('articles/own.json', 'delay=300');
    el.addEventListener('lede-error', (event) => errors.push(event));
    document.body.append(el);
    try {
      await until(() => part(el, 'headline') !== null, 'the story');
      expect(errors).to.have.length(0);
    } finally {
      el.remove();
    }
  });

  it('refresh-interval="abc" on a feed warns and does not poll', async () => {
    const key = uniqueKey();
    const warnings = captureWarnings();
    // A poll's timer would run on this fake clock (the page's own clock stays real).
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const src = serve('feeds/articles.json', `key=${key}`);
      const el = await fixture<LedeFeed>(html`<lede-feed refresh-interval="abc" src=${src}></lede-feed>`);
      await until(() => cards(el).length > 0, 'the cards');
      // A poll asks to lead as the feed updates: no tab leads it, nor waits to.
      expect(await isPolled(src, { orAsked: true }), 'a poll of the feed').to.equal(false);
      // And a day of the fake clock: a poll at any interval would have asked.
      await clock.tickAsync(24 * 3600_000);
      await quietFor(150, 'a request that should not have been made to reach the server');
      expect((await requestCount(key)).count).to.equal(1);
      expect(
        warnings.warnings.filter((warning) => warning.includes('refresh-interval="abc"')),
      ).to.have.length(1);
    } finally {
      clock.restore();
      warnings.restore();
    }
  });

  describe('rotate-interval', () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      clock = sinon.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    });
    afterEach(() => clock.restore());

    it('"0.001" rotates no faster than every 3 seconds', async () => {
      const now = Date.now();
      const items = ['One', 'Two', 'Three'].map((headline, i) => ({
        id: headline,
        headline,
        published: new Date(now - i * 60_000).toISOString(),
      }));
      const warnings = captureWarnings();
      try {
        const el = await fixture<LedeBreakingBanner>(
          html`<lede-breaking-banner rotate rotate-interval="0.001" .items=${items}></lede-breaking-banner>`,
        );
        const shown = () => part(el, 'headline')!.textContent;
        let renders = 0;
        const observer = new MutationObserver(() => renders++);
        observer.observe(el.shadowRoot!, { subtree: true, characterData: true, childList: true });
        await clock.tickAsync(2_900);
        await el.updateComplete;
        expect(shown()).to.equal('One');
        expect(renders).to.equal(0);
        await clock.tickAsync(200);
        await el.updateComplete;
        expect(shown()).to.equal('Two');
        observer.disconnect();
        expect(warnings.warnings.some((warning) => warning.includes('rotate-interval="0.001"'))).to.equal(
          true,
        );
      } finally {
        warnings.restore();
      }
    });
  });
});
