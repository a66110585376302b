import '../support/packs.js';
import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/breaking-banner/define.js';
import type { LedeBreakingBanner } from '../../src/breaking-banner/breaking-banner.js';
import type { LedeDismissEvent, LedeErrorEvent, LedeUpdateEvent } from '../../src/events/lede-events.js';
import { observedCount } from '../support/live-resources.js';
import {
  exactlyRequests,
  expectOneRevalidatedRefresh,
  part,
  sharedAnswers,
  uniqueKey,
  until,
  untilRequests,
  untilShownAndPolling,
  visibleText,
  withoutJitter,
} from '../support/helpers.js';

/** Where a page's dismissals are kept, as the page sees it in localStorage. */
const DISMISSALS_KEY = 'lede-widgets:dismissed';

const NOW = new Date('2026-03-21T12:00:00Z');
const banner = (file: string) => `/test-api/serve?file=banner/${file}`;

const item = (id: string, headline: string, minutesAgo: number, extra: object = {}) => ({
  id,
  headline,
  url: `https://news.lede.example/${id}`,
  published: new Date(NOW.getTime() - minutesAgo * 60_000).toISOString(),
  ...extra,
});

/** What the page hears when another tab changes the dismissals. */
const storageChangedElsewhere = () => dispatchEvent(new StorageEvent('storage', { key: DISMISSALS_KEY }));

describe('<lede-breaking-banner>', () => {
  // A fixed clock for everything but the axe checks (axe needs real timers).
  let clock: sinon.SinonFakeTimers;
  let clockRestored = false;
  beforeEach(() => {
    localStorage.removeItem(DISMISSALS_KEY);
    storageChangedElsewhere();
    clock = sinon.useFakeTimers({
      now: NOW,
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    });
    clockRestored = false;
  });
  afterEach(() => {
    if (!clockRestored) clock.restore();
  });
  const useRealClock = () => {
    clock.restore();
    clockRestored = true;
  };

  describe('what it shows', () => {
    it('the label, the headline as a link, and the time', async () => {
      const el = await fixture<LedeBreakingBanner>(
        html`<lede-breaking-banner
          headline="Power restored across the capital"
          href="https://news.lede.example/power"
          published="2026-03-21T11:30:00Z"
        ></lede-breaking-banner>`,
      );
      expect(part(el, 'label')!.textContent).to.equal('Breaking News');
      const link = part<HTMLAnchorElement>(el, 'link')!;
      expect(link.href).to.equal('https://news.lede.example/power');
      expect(link.textContent).to.equal('Power restored across the capital');
      expect(part(el, 'time')!.textContent).to.equal('30 minutes ago');
      expect(part(el, 'base')!.getAttribute('role')).to.equal('region');
      expect(part(el, 'base')!.getAttribute('aria-label')).to.equal(
        'Breaking News: Power restored across the capital',
      );
    });

    for (const [level, label] of [
      ['developing', 'Developing'],
      ['live', 'Live'],
      ['update', 'Update'],
      ['nonsense', 'Breaking News'],
    ]) {
      it(`labels level="${level}" "${label}", in its own colour`, async () => {
        const el = await fixture<LedeBreakingBanner>(
          html`<lede-breaking-banner level=${level} headline="Story"></lede-breaking-banner>`,
        );
        expect(part(el, 'label')!.textContent).to.equal(label);
        const breaking = await fixture<LedeBreakingBanner>(
          html`<lede-breaking-banner headline="Story"></lede-breaking-banner>`,
        );
        const colour = (banner: LedeBreakingBanner) => getComputedStyle(part(banner, 'label')!).color;
        if (level === 'nonsense') expect(colour(el)).to.equal(colour(breaking));
        else expect(colour(el)).to.not.equal(colour(breaking));
      });
    }

    it('translates the label and the dismiss button', async () => {
      const el = await fixture<LedeBreakingBanner>(
        html`<lede-breaking-banner
          lang="ru"
          headline="Свет дали"
          published="2026-03-21T11:00:00Z"
        ></lede-breaking-banner>`,
      );
      expect(part(el, 'label')!.textContent).to.equal('Срочная новость');
      expect(part(el, 'dismiss')!.getAttribute('aria-label')).to.equal('Закрыть');
      expect(part(el, 'time')!.textContent).to.equal('1 час назад');
    });

    it('shows the newest story of several, from the items property', async () => {
      const el = await fixture<LedeBreakingBanner>(html`<lede-breaking-banner></lede-breaking-banner>`);
      el.items = [item('a', 'Older', 50), item('b', 'Newest', 5), item('c', 'Middle', 20)];
      await elementUpdated(el);
      expect(part(el, 'link')!.textContent).to.equal('Newest');
    });

    it('is right to left for a Persian story, with the button at the inline end', async () => {
      const el = await fixture<LedeBreakingBanner>(
        html`<lede-breaking-banner style="width: 600px"></lede-breaking-banner>`,
      );
      el.article = item('fa', 'برق بیشتر مناطق پایتخت وصل شد', 10, { lang: 'fa' });
      await elementUpdated(el);
      const base = part(el, 'base')!;
      expect(getComputedStyle(base).direction).to.equal('rtl');
      expect(part(el, 'label')!.textContent).to.equal('خبر فوری');
      const button = part(el, 'dismiss')!.getBoundingClientRect();
      expect(button.left - base.getBoundingClientRect().left).to.be.lessThan(40);
    });

    it('renders markup in a headline as text, and an unsafe link not at all', async () => {
      const el = await fixture<LedeBreakingBanner>(
        html`<lede-breaking-banner
          headline=${'<img src=x onerror=alert(1)>'}
          href="javascript:alert(1)"
        ></lede-breaking-banner>`,
      );
      expect(el.shadowRoot!.querySelector('img, a')).to.equal(null);
      expect(part(el, 'headline')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    });
  });

  describe('with nothing to show', () => {
    it('renders no strip at all', async () => {
      const el = await fixture<LedeBreakingBanner>(html`<lede-breaking-banner></lede-breaking-banner>`);
      el.items = [];
      await elementUpdated(el);
      expect(part(el, 'base')).to.equal(null);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('hides a story older than max-age, and one that grows too old while shown', async () => {
      const el = await fixture<LedeBreakingBanner>(
        html`<lede-breaking-banner max-age="3600"></lede-breaking-banner>`,
      );
      el.items = [item('old', 'Two hours old', 120)];
      await elementUpdated(el);
      expect(part(el, 'base')).to.equal(null);
      el.items = [item('recent', 'Fifty-nine minutes old', 59)];
      await elementUpdated(el);
      expect(part(el, 'link')!.textContent).to.equal('Fifty-nine minutes old');
      await clock.tickAsync(2 * 60_000);
      await el.updateComplete;
      expect(part(el, 'base')).to.equal(null);
    });

    it('lets a story that reads as a date go when it passes max-age', async () => {
      const el = await fixture<LedeBreakingBanner>(
        html`<lede-breaking-banner max-age=${2 * 24 * 3600}></lede-breaking-banner>`,
      );
      el.items = [item('old', 'Nearly two days old', 2 * 24 * 60 - 1)];
      await elementUpdated(el);
      expect(part(el, 'time')!.textContent).to.equal('Mar 19, 2026');
      await clock.tickAsync(2 * 60_000);
      await el.updateComplete;
      // The headline, not the element: a failing check on an element stalls the run under the fake clock.
      expect(part(el, 'link')?.textContent, 'the headline shown').to.equal(undefined);
    });

    it('keeps six hours as the default max-age', async () => {
      const el = await fixture<LedeBreakingBanner>(html`<lede-breaking-banner></lede-breaking-banner>`);
      el.items = [item('a', 'Seven hours old', 7 * 60), item('b', 'Five hours old', 5 * 60)];
      await elementUpdated(el);
      expect(part(el, 'link')!.textContent).to.equal('Five hours old');
    });
  });

  describe('from src', () => {
    it('loads an Article, an array of Articles, JSON-LD, or any feed', async () => {
      for (const [src, headline] of [
        [banner('first.json'), 'Power restored to most of the capital after overnight outage'],
        [banner('second.json'), 'Airport reopens as fog lifts'],
        [banner('persian.jsonld'), 'برق بیشتر مناطق پایتخت وصل شد'],
        ['/test-api/serve?file=feeds/atom-fa.xml&type=text/html', 'سیل در دره شمالی، راه‌ها را بست'],
        ['/test-api/serve?file=feeds/jsonfeed.json', 'Сільська бібліотека відкрилася в колишньому вокзалі'],
      ]) {
        const el = await fixture<LedeBreakingBanner>(
          html`<lede-breaking-banner max-age="999999999" src=${src}></lede-breaking-banner>`,
        );
        await until(() => part(el, 'link') !== null, src);
        expect(part(el, 'link')!.textContent).to.equal(headline);
      }
    });

    it("keeps the partner's fallback and fires lede-error when it fails", async () => {
      const el = document.createElement('lede-breaking-banner');
      el.src = banner('missing.json');
      el.innerHTML = '<a href="https://news.lede.example/live">Latest news</a>';
      const error = oneEvent(el, 'lede-error');
      document.body.append(el);
      try {
        expect(((await error) as LedeErrorEvent).detail.status).to.equal(404);
        await el.updateComplete;
        expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
      } finally {
        el.remove();
      }
    });
  });

  describe('live updates', () => {
    withoutJitter();

    it('polls src at the interval, never more often than every 15 seconds', async () => {
      const key = uniqueKey();
      const src = banner('first.json') + `&key=${key}`;
      const shared = sharedAnswers(src);
      const el = await fixture<LedeBreakingBanner>(
        html`<lede-breaking-banner refresh-interval="5" src=${src}></lede-breaking-banner>`,
      );
      await untilShownAndPolling(el, src);
      await clock.tickAsync(14_900);
      await exactlyRequests(key, 1);
      await clock.tickAsync(200);
      await untilRequests(key, 2);
      // Shared once handled, the next poll armed.
      await shared.until(1);
      await clock.tickAsync(15_000);
      await untilRequests(key, 3);
      shared.close();
      el.remove();
    });

    it('asks conditionally, and an unchanged answer (304) changes nothing', async () => {
      const key = uniqueKey();
      const src = banner('first.json') + `&key=${key}&etag=v1`;
      const shared = sharedAnswers(src);
      const el = await fixture<LedeBreakingBanner>(
        html`<lede-breaking-banner refresh-interval="15" src=${src}></lede-breaking-banner>`,
      );
      await untilShownAndPolling(el, src);
      const updates: Event[] = [];
      el.addEventListener('lede-update', (event) => updates.push(event));
      await clock.tickAsync(15_000);
      await untilRequests(key, 2);
      // Shared once the element was given the answer: an update it caused has been fired.
      await shared.until(1);
      shared.close();
      await expectOneRevalidatedRefresh(key);
      expect(part(el, 'link')!.textContent).to.equal(
        'Power restored to most of the capital after overnight outage',
      );
      expect(updates).to.deep.equal([]);
      el.remove();
    });

    it('announces a new story in a polite live region and fires lede-update', async () => {
      const key = uniqueKey();
      const src = `/test-api/serve?key=${key}&files=banner/first.json,banner/second.json`;
      const el = await fixture<LedeBreakingBanner>(
        html`<lede-breaking-banner refresh-interval="15" src=${src}></lede-breaking-banner>`,
      );
      await untilShownAndPolling(el, src);
      const announcer = part(el, 'announcer')!;
      expect(announcer.getAttribute('aria-live')).to.equal('polite');
      const update = oneEvent(el, 'lede-update');
      await clock.tickAsync(15_000);
      const event = (await update) as LedeUpdateEvent;
      expect(event.detail).to.deep.equal({
        id: 'b-2',
        url: 'https://news.lede.example/live/airport',
        headline: 'Airport reopens as fog lifts',
      });
      await el.updateComplete;
      expect(part(el, 'link')!.textContent).to.equal('Airport reopens as fog lifts');
      expect(announcer.textContent!.trim()).to.equal('Breaking News: Airport reopens as fog lifts');
      el.remove();
    });

    it('can announce assertively', async () => {
      const el = await fixture<LedeBreakingBanner>(
        html`<lede-breaking-banner politeness="assertive" headline="Story"></lede-breaking-banner>`,
      );
      expect(part(el, 'announcer')!.getAttribute('aria-live')).to.equal('assertive');
    });

    it('keeps the story shown when a refresh fails, and backs off', async () => {
      const key = uniqueKey();
      const src = `/test-api/serve?key=${key}&files=banner/first.json&statuses=200,500`;
      const el = await fixture<LedeBreakingBanner>(
        html`<lede-breaking-banner refresh-interval="15" src=${src}></lede-breaking-banner>`,
      );
      await untilShownAndPolling(el, src);
      const error = oneEvent(el, 'lede-error');
      await clock.tickAsync(15_000);
      expect(((await error) as LedeErrorEvent).detail.status).to.equal(500);
      await el.updateComplete;
      expect(part(el, 'link')!.textContent).to.equal(
        'Power restored to most of the capital after overnight outage',
      );
      // One failure: the next try waits twice the interval.
      await clock.tickAsync(29_000);
      await exactlyRequests(key, 2);
      const secondError = oneEvent(el, 'lede-error');
      await clock.tickAsync(1_500);
      await untilRequests(key, 3);
      // The failure is reported once handled, in the task that arms the next try.
      await secondError;
      // Two failures: four times.
      await clock.tickAsync(59_000);
      await exactlyRequests(key, 3);
      await clock.tickAsync(1_500);
      await untilRequests(key, 4);
      el.remove();
    });

    it('pauses while the page is hidden and catches up when it is seen again', async () => {
      const key = uniqueKey();
      const src = banner('first.json') + `&key=${key}`;
      const el = await fixture<LedeBreakingBanner>(
        html`<lede-breaking-banner refresh-interval="15" src=${src}></lede-breaking-banner>`,
      );
      await untilShownAndPolling(el, src);
      const hidden = Object.getOwnPropertyDescriptor(Document.prototype, 'hidden')!;
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      try {
        document.dispatchEvent(new Event('visibilitychange'));
        await clock.tickAsync(60_000);
        await exactlyRequests(key, 1);
      } finally {
        delete (document as { hidden?: boolean }).hidden;
        expect(Object.getOwnPropertyDescriptor(Document.prototype, 'hidden')).to.deep.equal(hidden);
      }
      document.dispatchEvent(new Event('visibilitychange'));
      await clock.tickAsync(0);
      await untilRequests(key, 2);
      el.remove();
    });

    it('stops everything when removed: no requests, timers or observers left', async () => {
      const key = uniqueKey();
      const observedBefore = observedCount();
      const src = banner('second.json') + `&key=${key}`;
      const el = await fixture<LedeBreakingBanner>(
        html`<lede-breaking-banner refresh-interval="15" rotate src=${src}></lede-breaking-banner>`,
      );
      // Polling (its timer armed), so that removing it has something to stop.
      await untilShownAndPolling(el, src);
      el.remove();
      expect(
        clock.countTimers(),
        JSON.stringify(Object.values((clock as unknown as { timers: object }).timers ?? {})),
      ).to.equal(0);
      expect(observedCount()).to.equal(observedBefore);
      await clock.tickAsync(120_000);
      await exactlyRequests(key, 1);
    });
  });

  describe('dismissal', () => {
    it('hides the story, fires lede-dismiss, and remembers it across a reload', async () => {
      const stories = [item('d-1', 'First', 10), item('d-2', 'Second', 20)];
      const el = await fixture<LedeBreakingBanner>(
        html`<lede-breaking-banner .items=${stories}></lede-breaking-banner>`,
      );
      expect(part(el, 'link')!.textContent).to.equal('First');
      const dismissed = oneEvent(el, 'lede-dismiss');
      part(el, 'dismiss')!.click();
      const event = (await dismissed) as LedeDismissEvent;
      expect(event.detail).to.deep.equal({ id: 'd-1', url: 'https://news.lede.example/d-1' });
      await el.updateComplete;
      expect(part(el, 'link')!.textContent).to.equal('Second');
      expect(JSON.parse(localStorage.getItem(DISMISSALS_KEY)!)).to.deep.equal([
        'https://news.lede.example/d-1',
      ]);

      // Read again from storage (as after a reload, or a change in another tab): the dismissal is there.
      el.remove();
      storageChangedElsewhere();
      const again = await fixture<LedeBreakingBanner>(
        html`<lede-breaking-banner .items=${stories}></lede-breaking-banner>`,
      );
      expect(part(again, 'link')!.textContent).to.equal('Second');
      // A new story shows again.
      again.items = [item('d-3', 'Third', 1), ...stories];
      await elementUpdated(again);
      expect(part(again, 'link')!.textContent).to.equal('Third');
    });

    it('reveals an older story without announcing it, even one that arrived after the page loaded', async () => {
      const key = uniqueKey();
      const newest = item(`${key}-1`, 'Newest', 5);
      const el = await fixture<LedeBreakingBanner>(
        html`<lede-breaking-banner .items=${[newest]}></lede-breaking-banner>`,
      );
      const updates: Event[] = [];
      el.addEventListener('lede-update', (event) => updates.push(event));
      // An older story arrives: the newest stays on top, so there is no news.
      el.items = [newest, item(`${key}-2`, 'Older', 30)];
      await elementUpdated(el);
      part(el, 'dismiss')!.click();
      await elementUpdated(el);
      expect(part(el, 'link')!.textContent).to.equal('Older');
      expect(updates).to.have.length(0);
      expect(part(el, 'announcer')!.textContent!.trim()).to.equal('');
    });

    it('has a translated accessible name and is reachable by keyboard', async () => {
      const el = await fixture<LedeBreakingBanner>(
        html`<lede-breaking-banner lang="uk" headline="Новина"></lede-breaking-banner>`,
      );
      const button = part<HTMLButtonElement>(el, 'dismiss')!;
      expect(button.localName).to.equal('button');
      expect(button.getAttribute('aria-label')).to.equal('Закрити');
      button.focus();
      expect(el.shadowRoot!.activeElement).to.equal(button);
    });

    it('works for the page when storage throws', async () => {
      const getItem = sinon
        .stub(Storage.prototype, 'getItem')
        .throws(new DOMException('denied', 'SecurityError'));
      const setItem = sinon
        .stub(Storage.prototype, 'setItem')
        .throws(new DOMException('denied', 'SecurityError'));
      try {
        const el = await fixture<LedeBreakingBanner>(
          html`<lede-breaking-banner .items=${[item('s-1', 'Stored nowhere', 5)]}></lede-breaking-banner>`,
        );
        part(el, 'dismiss')!.click();
        await el.updateComplete;
        expect(part(el, 'base')).to.equal(null);
        const other = await fixture<LedeBreakingBanner>(
          html`<lede-breaking-banner .items=${[item('s-1', 'Stored nowhere', 5)]}></lede-breaking-banner>`,
        );
        expect(part(other, 'base')).to.equal(null);
      } finally {
        getItem.restore();
        setItem.restore();
      }
    });

    it('remembers only the most recent ids', async () => {
      const el = await fixture<LedeBreakingBanner>(html`<lede-breaking-banner></lede-breaking-banner>`);
      for (let index = 0; index < 60; index++) {
        el.items = [item(`many-${index}`, `Story ${index}`, 1)];
        await elementUpdated(el);
        part(el, 'dismiss')!.click();
      }
      const stored = JSON.parse(localStorage.getItem(DISMISSALS_KEY)!) as string[];
      expect(stored).to.have.length(50);
      expect(stored[0]).to.equal('https://news.lede.example/many-59');
    });
  });

  describe('rotation', () => {
    const three = [item('r-1', 'One', 1), item('r-2', 'Two', 2), item('r-3', 'Three', 3)];

    it('cycles through the current stories', async () => {
      const el = await fixture<LedeBreakingBanner>(
        html`<lede-breaking-banner rotate rotate-interval="5" .items=${three}></lede-breaking-banner>`,
      );
      const shown = () => part(el, 'link')!.textContent;
      expect(shown()).to.equal('One');
      await clock.tickAsync(5_000);
      await el.updateComplete;
      expect(shown()).to.equal('Two');
      await clock.tickAsync(10_000);
      await el.updateComplete;
      expect(shown()).to.equal('One');
    });

    it('pauses on hover and on focus', async () => {
      const el = await fixture<LedeBreakingBanner>(
        html`<lede-breaking-banner rotate rotate-interval="5" .items=${three}></lede-breaking-banner>`,
      );
      const shown = () => part(el, 'link')!.textContent;
      /** The real pointer moves: the browser's own :hover, which it may update a frame later. */
      const pointAt = async (x: number, y: number, hovered: boolean) => {
        await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
        const start = performance.now();
        // Frame by frame: the fake clock holds the timers.
        while (el.matches(':hover') !== hovered) {
          if (performance.now() - start > 15_000) throw new Error(`:hover never became ${hovered}`);
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
      };
      const box = el.getBoundingClientRect();
      try {
        await pointAt(box.x + box.width / 2, box.y + box.height / 2, true);
        await clock.tickAsync(15_000);
        await el.updateComplete;
        expect(shown()).to.equal('One');
        await pointAt(box.x + box.width / 2, box.bottom + 40, false);
      } finally {
        await resetMouse();
      }
      part(el, 'link')!.focus();
      await clock.tickAsync(15_000);
      await el.updateComplete;
      expect(shown()).to.equal('One');
      part(el, 'link')!.blur();
      await clock.tickAsync(5_000);
      await el.updateComplete;
      expect(shown()).to.equal('Two');
    });

    it('does not rotate without the rotate attribute', async () => {
      const el = await fixture<LedeBreakingBanner>(
        html`<lede-breaking-banner .items=${three}></lede-breaking-banner>`,
      );
      await clock.tickAsync(60_000);
      await el.updateComplete;
      expect(part(el, 'link')!.textContent).to.equal('One');
    });
  });

  describe('accessibility', () => {
    beforeEach(useRealClock);

    for (const [level, lang, theme] of [
      ['breaking', 'en', 'light'],
      ['developing', 'en', 'light'],
      ['live', 'ru', 'light'],
      ['update', 'en', 'light'],
      ['breaking', 'fa', 'dark'],
      ['developing', 'en', 'dark'],
      ['live', 'en', 'dark'],
      ['update', 'uk', 'dark'],
    ]) {
      it(`has no axe violations (${level}, ${lang}, ${theme})`, async () => {
        const el = await fixture<LedeBreakingBanner>(
          html`<lede-breaking-banner
            level=${level}
            lang=${lang}
            theme=${theme}
            headline="Power restored across the capital"
            href="/power"
            published=${new Date(Date.now() - 30 * 60_000).toISOString()}
          ></lede-breaking-banner>`,
        );
        expect(visibleText(el)).to.include('Power restored');
        await expect(el).to.be.accessible();
      });
    }
  });
});
