import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/breaking-banner/define.js';
import '../../src/feed/define.js';
import type { LedeBreakingBanner } from '../../src/breaking-banner/breaking-banner.js';
import type { LedeFeed } from '../../src/feed/feed.js';
import {
  exactlyRequests,
  expectOneRevalidatedRefresh,
  isPolled,
  part,
  requestCount,
  sharedAnswers,
  sleep,
  uniqueKey,
  until,
  untilPolling,
  untilShownAndPolling,
} from '../support/helpers.js';

const NOW = new Date('2026-03-21T12:00:00Z');
const FIRST = 'Power restored to most of the capital after overnight outage';
const SECOND = 'Airport reopens as fog lifts';
const serve = (query: string) => `/test-api/serve?${query}`;
const headline = (el: Element) => part(el, 'link')?.textContent;

// Long test runs fetch a lot; answers are waited for through their resource timing entries.
performance.setResourceTimingBufferSize(10_000);

/**
 * Waits (in real time) until the server has seen `count` requests for `key`
 * and this page has received as many answers (Chromium keeps no resource
 * timing for a 429 or 503: `answered: false`). That the page has handled an
 * answer is a fact of its own: see `ready` and `sharedAnswers`.
 */
async function requests(key: string, count: number, { answered = true } = {}): Promise<void> {
  const start = performance.now();
  const answers = () =>
    performance
      .getEntriesByType('resource')
      .filter(({ name }) => name.includes('/test-api/serve') && name.includes(key)).length;
  while ((await requestCount(key)).count < count || (answered && answers() < count)) {
    if (performance.now() - start > 15_000)
      throw new Error(`Timed out waiting for ${count} requests for ${key}`);
    await sleep(20);
  }
}

function hide(doc: Document, hidden: boolean): void {
  if (hidden) Object.defineProperty(doc, 'hidden', { configurable: true, get: () => true });
  else delete (doc as { hidden?: boolean }).hidden;
  doc.dispatchEvent(new Event('visibilitychange'));
}

describe('polling', () => {
  let clock: sinon.SinonFakeTimers;
  let random: sinon.SinonStub;
  beforeEach(() => {
    random = sinon.stub(Math, 'random').returns(0.5);
    clock = sinon.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    clock.restore();
    random.restore();
  });

  describe('jitter', () => {
    for (const [r, seconds] of [
      [0, 12],
      [0.999, 17.982],
    ]) {
      it(`waits ${seconds} s of a 15 s interval when the dice say ${r}`, async () => {
        random.returns(r);
        const key = uniqueKey();
        const src = serve(`file=banner/first.json&key=${key}`);
        const el = await fixture(
          html`<lede-breaking-banner refresh-interval="15" src=${src}></lede-breaking-banner>`,
        );
        await requests(key, 1);
        await untilShownAndPolling(el, src);
        await clock.tickAsync(seconds * 1000 - 100);
        await exactlyRequests(key, 1);
        await clock.tickAsync(200);
        await requests(key, 2);
        el.remove();
      });
    }
  });

  describe('hidden tabs', () => {
    it('asks nothing while hidden, and keeps its schedule when seen again before the poll is due', async () => {
      const key = uniqueKey();
      const src = serve(`file=banner/first.json&key=${key}`);
      const el = await fixture(
        html`<lede-breaking-banner refresh-interval="15" src=${src}></lede-breaking-banner>`,
      );
      await requests(key, 1);
      await untilShownAndPolling(el, src);
      try {
        hide(document, true);
        // A hidden tab gives up the lead: no tab polls.
        await until(async () => !(await isPolled(src)), 'the hidden tab to give up the poll');
        await clock.tickAsync(5_000);
      } finally {
        hide(document, false);
      }
      await untilPolling(src);
      // Seen again 5 s in: the poll stays due at 15 s, not at once.
      await exactlyRequests(key, 1);
      await clock.tickAsync(9_900);
      await exactlyRequests(key, 1);
      await clock.tickAsync(200);
      await requests(key, 2);
      el.remove();
    });
  });

  describe("the server's freshness", () => {
    it('never asks before max-age (less Age) has run out, even with a shorter interval', async () => {
      const key = uniqueKey();
      // max-age 60 with Age 20: fresh for 40 s more (and up to 20% later, for the jitter).
      const src = serve(`file=banner/first.json&maxage=60&age=20&key=${key}`);
      const el = await fixture(
        html`<lede-breaking-banner refresh-interval="15" src=${src}></lede-breaking-banner>`,
      );
      await requests(key, 1);
      await untilShownAndPolling(el, src);
      await clock.tickAsync(39_900);
      await exactlyRequests(key, 1);
      await clock.tickAsync(8_200);
      await requests(key, 2);
      el.remove();
    });

    for (const status of [503, 429]) {
      it(`obeys Retry-After on ${status}`, async () => {
        const key = uniqueKey();
        const error = sinon.spy();
        const src = serve(`files=banner/first.json&statuses=200,${status}&retry=120&key=${key}`);
        const el = await fixture(
          html`<lede-breaking-banner
            refresh-interval="15"
            @lede-error=${error}
            src=${src}
          ></lede-breaking-banner>`,
        );
        await requests(key, 1);
        await untilShownAndPolling(el, src);
        await clock.tickAsync(15_000);
        // The error event says the answer was handled.
        await until(() => error.callCount === 1, 'the error');
        await exactlyRequests(key, 2);
        expect(headline(el)).to.equal(FIRST);
        // A plain failure would try again after 30 s; Retry-After says 120 (132 with the jitter).
        await clock.tickAsync(131_900);
        await exactlyRequests(key, 2);
        await clock.tickAsync(200);
        await requests(key, 3, { answered: false });
        el.remove();
      });
    }
  });

  describe('many elements', () => {
    it('share one poll per URL, at the shortest interval', async () => {
      const key = uniqueKey();
      const src = serve(`key=${key}&files=banner/first.json,banner/second.json`);
      const box = await fixture(
        html`<div>
          <lede-breaking-banner refresh-interval="60" src=${src}></lede-breaking-banner>
          <lede-breaking-banner refresh-interval="15" src=${src}></lede-breaking-banner>
          <lede-breaking-banner src=${src}></lede-breaking-banner>
          <lede-feed refresh-interval="30" src=${src}></lede-feed>
        </div>`,
      );
      const banners = [...box.querySelectorAll<LedeBreakingBanner>('lede-breaking-banner')];
      const feed = box.querySelector<LedeFeed>('lede-feed')!;
      await until(() => banners.every((el) => headline(el) === FIRST), 'the first story');
      await exactlyRequests(key, 1);
      await clock.tickAsync(15_000);
      await until(() => banners.every((el) => headline(el) === SECOND), 'the second story everywhere');
      await until(
        () => feed.shadowRoot!.querySelectorAll('lede-article-card').length === 2,
        'the feed refreshed too',
      );
      await exactlyRequests(key, 2);
      await clock.tickAsync(15_000);
      await exactlyRequests(key, 3);
      box.remove();
      expect(clock.countTimers()).to.equal(0);
    });

    it('an unchanged answer (a 200 with the same text) re-renders and re-announces nothing', async () => {
      const key = uniqueKey();
      const src = serve(`file=banner/second.json&key=${key}`);
      const shared = sharedAnswers(src);
      const el = await fixture<LedeBreakingBanner>(
        html`<lede-breaking-banner refresh-interval="15" src=${src}></lede-breaking-banner>`,
      );
      await until(() => headline(el) === SECOND, 'the story');
      await untilPolling(src);
      const link = part(el, 'link');
      const updates = sinon.spy();
      el.addEventListener('lede-update', updates);
      const rendered = sinon.spy(el, 'render');
      await clock.tickAsync(15_000);
      await requests(key, 2);
      // Shared once the answer was given to the element: whatever it would change, it has.
      await shared.until(1);
      shared.close();
      await el.updateComplete;
      expect(rendered.callCount).to.equal(0);
      expect(updates.callCount).to.equal(0);
      expect(part(el, 'link')).to.equal(link);
      el.remove();
    });
  });

  describe('requests', () => {
    const otherOrigin = () =>
      `http://${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

    it('refresh another origin without a CORS preflight, revalidating through the HTTP cache', async () => {
      const key = uniqueKey();
      const error = sinon.spy();
      const src = otherOrigin() + serve(`file=banner/first.json&etag=v1&key=${key}`);
      const shared = sharedAnswers(src);
      const el = await fixture(
        html`<lede-breaking-banner
          refresh-interval="15"
          @lede-error=${error}
          src=${src}
        ></lede-breaking-banner>`,
      );
      await until(() => headline(el) === FIRST, 'the story from the other origin');
      await untilPolling(src);
      await clock.tickAsync(15_000);
      await requests(key, 2);
      // Shared once handled: an error it caused would have been reported.
      await shared.until(1);
      shared.close();
      // The browser asked conditionally (a 304, where it keeps a cache), and nobody asked with OPTIONS, which this server refuses.
      await expectOneRevalidatedRefresh(key);
      expect((await requestCount(`${key}:options`)).count).to.equal(0);
      expect(error.callCount).to.equal(0);
      expect(headline(el)).to.equal(FIRST);
      el.remove();
    });

    it("give up after the element's timeout, not the default 10 s, and keep what is shown", async () => {
      const key = uniqueKey();
      const error = sinon.spy();
      const src = serve(`files=banner/first.json,banner/second.json&delays=0,3000&key=${key}`);
      const el = await fixture(
        html`<lede-breaking-banner
          refresh-interval="15"
          timeout="1"
          @lede-error=${error}
          src=${src}
        ></lede-breaking-banner>`,
      );
      await until(() => headline(el) === FIRST, 'the first story');
      await untilPolling(src);
      await clock.tickAsync(15_000);
      // The refresh is answered after 3 s: a 1 s timeout gives up first.
      await until(() => error.called, 'the refresh to time out');
      expect(error.firstCall.args[0].detail.reason).to.equal('timeout');
      expect(headline(el)).to.equal(FIRST);
      el.remove();
    });

    it('carry no cookies, so every reader asks alike', async () => {
      const key = uniqueKey();
      document.cookie = 'reader=42; path=/';
      try {
        const src = serve(`file=banner/first.json&key=${key}`);
        const el = await fixture(
          html`<lede-breaking-banner refresh-interval="15" src=${src}></lede-breaking-banner>`,
        );
        await requests(key, 1);
        await untilShownAndPolling(el, src);
        await clock.tickAsync(15_000);
        await requests(key, 2);
        expect((await requestCount(`${key}:cookie`)).count).to.equal(0);
        el.remove();
      } finally {
        document.cookie = 'reader=; path=/; max-age=0';
      }
    });
  });
});
