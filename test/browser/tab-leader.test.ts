import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/breaking-banner/define.js';
import {
  exactlyRequests,
  part,
  sharedAnswers,
  uniqueKey,
  until,
  untilPolling,
  untilRequests,
} from '../support/helpers.js';

const NOW = new Date('2026-03-21T12:00:00Z');
const FIRST = 'Power restored to most of the capital after overnight outage';
const SECOND = 'Airport reopens as fog lifts';
const DEFINE = new URL('../../src/breaking-banner/define.ts', import.meta.url).href;

const headline = (el: Element) => part(el, 'link')?.textContent;

/**
 * The `polls`-th poll (after the two tabs' own loads) was asked, and its
 * answer shared: the leader shares only once it has handled the answer and
 * armed its next poll, so the test can tick the leader's clock on.
 */
async function polled(key: string, shared: ReturnType<typeof sharedAnswers>, polls: number): Promise<void> {
  await untilRequests(key, polls + 2);
  await shared.until(polls);
}

/**
 * Runs `handOver` (the leading tab closes, or hides), then waits until this
 * tab holds the poll's lock: the fact a tab that takes over acts on, however
 * long the browser takes to grant it.
 */
async function thisTabTakesOver(key: string, handOver: () => void): Promise<void> {
  const pollLock = (locks: LockInfo[] = []) => locks.find((lock) => lock.name?.includes(key));
  const waiting = pollLock((await navigator.locks.query()).pending);
  expect(waiting, 'this tab waiting to lead').to.not.equal(undefined);
  handOver();
  await until(
    async () => pollLock((await navigator.locks.query()).held)?.clientId === waiting!.clientId,
    'this tab to take the lead',
  );
}

/**
 * A second "tab" of the same site: a same-origin iframe with its own
 * window, module graph, clock and Web Locks client. Removing it closes it.
 */
async function secondTab(): Promise<{ frame: HTMLIFrameElement; win: Window & typeof globalThis }> {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const win = frame.contentWindow as Window & typeof globalThis;
  const script = win.document.createElement('script');
  script.type = 'module';
  script.textContent = `import ${JSON.stringify(DEFINE)}; window.ready = true;`;
  win.document.body.append(script);
  await until(() => (win as unknown as { ready?: boolean }).ready === true, 'the elements in the second tab');
  return { frame, win };
}

/**
 * The same banner in both tabs: the second tab's first, so it leads, then
 * this tab's. Resolves to this tab's once each shows its first story
 * (`shows` tells) and each tab has made its own first load, and no more.
 */
async function bannerInBothTabs(
  win: Window,
  src: string,
  key: string,
  shows: (el: Element) => boolean,
): Promise<Element> {
  const leader = win.document.createElement('lede-breaking-banner');
  leader.setAttribute('refresh-interval', '15');
  leader.setAttribute('src', src);
  win.document.body.append(leader);
  await until(() => shows(leader), 'the story in the leading tab');
  // It leads (holds the poll's lock) before this tab asks to.
  await untilPolling(src);
  const follower = await fixture(
    html`<lede-breaking-banner refresh-interval="15" src=${src}></lede-breaking-banner>`,
  );
  await until(() => shows(follower), 'the story in this tab');
  await exactlyRequests(key, 2, 200);
  return follower;
}

describe('tabs of one site', () => {
  let clocks: sinon.SinonFakeTimers[] = [];
  const fakeClock = (global: Window & typeof globalThis) => {
    const clock = sinon.useFakeTimers({
      global,
      now: NOW,
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
    } as Parameters<typeof sinon.useFakeTimers>[0]);
    clocks.push(clock);
    return clock;
  };
  afterEach(() => {
    for (const clock of clocks) clock.restore();
    clocks = [];
  });

  it('poll once between them: the leader polls and shares, and another takes over when it closes', async () => {
    if (!navigator.locks) throw new Error('Web Locks are expected in every browser tested');
    const key = uniqueKey();
    // The 1st and 2nd requests are each tab's own first load; the 3rd, the leader's first poll.
    const src = `/test-api/serve?key=${key}&files=banner/first.json,banner/first.json,banner/second.json`;
    const { frame, win } = await secondTab();
    const frameRandom = sinon.stub(win.Math, 'random').returns(0.5);
    const random = sinon.stub(Math, 'random').returns(0.5);
    const shared = sharedAnswers(src);
    try {
      const frameClock = fakeClock(win);
      const clock = fakeClock(window);
      // The second tab comes first, so it leads.
      const follower = await bannerInBothTabs(win, src, key, (el) => headline(el) === FIRST);

      // This tab's clock runs too, but only the leader asks; this tab is given its answer.
      await clock.tickAsync(15_000);
      await exactlyRequests(key, 2, 200);
      await frameClock.tickAsync(15_000);
      await polled(key, shared, 1);
      await until(() => headline(follower) === SECOND, 'the shared answer in this tab');
      await clock.tickAsync(10_000);
      await exactlyRequests(key, 3, 200);

      // The leading tab closes: this one takes over, on the leader's schedule (due 30 s in).
      await thisTabTakesOver(key, () => frame.remove());
      await clock.tickAsync(4_900);
      await exactlyRequests(key, 3, 200);
      await clock.tickAsync(200);
      await polled(key, shared, 2);
      await clock.tickAsync(15_000);
      await polled(key, shared, 3);
      follower.remove();
    } finally {
      shared.close();
      random.restore();
      frameRandom.restore();
      frame.remove();
    }
  });

  it("share answers whose relative links lead where the leader's do, after a redirect", async () => {
    const key = uniqueKey();
    // The 1st and 2nd requests are each tab's own first load; the 3rd, the leader's first poll.
    const files = 'banner/relative.json,banner/relative.json,banner/relative-updated.json';
    const src = `/hostile-api/redirect?to=${encodeURIComponent(`/test-api/serve?key=${key}&files=${files}`)}`;
    // Resolved against where the answer came from (test-api), not the URL asked for (hostile-api).
    const story = new URL('/test-api/stories/ferry', location.href).href;
    const link = (el: Element) => part(el, 'link')?.getAttribute('href');
    const { frame, win } = await secondTab();
    const frameRandom = sinon.stub(win.Math, 'random').returns(0.5);
    const random = sinon.stub(Math, 'random').returns(0.5);
    const shared = sharedAnswers(src);
    try {
      const frameClock = fakeClock(win);
      fakeClock(window);
      const follower = await bannerInBothTabs(win, src, key, (el) => link(el) === story);

      await frameClock.tickAsync(15_000);
      await polled(key, shared, 1);
      await until(() => headline(follower)!.endsWith('after three weeks'), 'the shared answer in this tab');
      expect(link(follower)).to.equal(story);
      follower.remove();
    } finally {
      shared.close();
      random.restore();
      frameRandom.restore();
      frame.remove();
    }
  });

  it('a hidden leader hands the poll to a tab that is seen', async () => {
    const key = uniqueKey();
    const src = `/test-api/serve?key=${key}&file=banner/first.json`;
    const { frame, win } = await secondTab();
    const shared = sharedAnswers(src);
    try {
      const frameClock = fakeClock(win);
      const clock = fakeClock(window);
      const follower = await bannerInBothTabs(win, src, key, (el) => headline(el) === FIRST);
      await thisTabTakesOver(key, () => {
        Object.defineProperty(win.document, 'hidden', { configurable: true, get: () => true });
        win.document.dispatchEvent(new Event('visibilitychange'));
      });
      await frameClock.tickAsync(60_000);
      await clock.tickAsync(18_000);
      await polled(key, shared, 1);
      await frameClock.tickAsync(60_000);
      await exactlyRequests(key, 3, 200);
      follower.remove();
    } finally {
      shared.close();
      frame.remove();
    }
  });
});
