// Small helpers shared by the browser tests.
import { expect } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import sinon from 'sinon';

/** The real timer, kept before any test fakes the clock, for waiting on real network answers. */
const realSetTimeout = globalThis.setTimeout.bind(globalThis);

/** Waits `ms` of real time, even while a test has faked the clock. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => realSetTimeout(resolve, ms));
}

/**
 * Waits `ms` of real time for something that must NOT happen (a request, an
 * event), where nothing later can prove it did not. `why` says what the wait
 * gives a chance to happen. On a loaded machine the wait can only be too
 * short, and then the check after it passes when it should have failed: it
 * can never fail a test that should pass. Prefer a fake clock or a later
 * fact; use this only where neither exists.
 */
export function quietFor(ms: number, why: string): Promise<void> {
  void why;
  return sleep(ms);
}

/** The element in `el`'s shadow root with `part~=name`. */
export function part<T extends Element = HTMLElement>(el: Element, name: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

/**
 * What a reader sees in an element's `base` part: its rendered text, spaces
 * folded and invisible direction marks removed (Firefox's innerText drops
 * them, Chromium's keeps them).
 */
export function visibleText(el: Element): string {
  const base = part(el, 'base');
  return (
    base?.innerText
      .replace(/[\u200e\u200f]/g, '')
      .replace(/\s+/g, ' ')
      .trim() ?? ''
  );
}

/**
 * Waits until `condition` holds, failing with `what` after `timeout` ms. The
 * budget is for a loaded machine (other builds and browsers beside the run):
 * when all is well the condition holds long before it, and only a broken
 * test waits it out. Mocha's per-test timeout (web-test-runner.config.mjs) is
 * longer, so the failure says what was awaited.
 */
export async function until(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeout = 15_000,
): Promise<void> {
  const start = performance.now();
  while (!(await condition())) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** Collects console warnings until `restore` is called. */
export function captureWarnings(): { warnings: string[]; restore: () => void } {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return { warnings, restore: () => (console.warn = original) };
}

/** Sums the page's layout shifts while `run` runs; `undefined` where the browser cannot measure them (Firefox, WebKit). */
export async function layoutShiftDuring(run: () => Promise<void>): Promise<number | undefined> {
  if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
    await run();
    return undefined;
  }
  let shift = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) shift += (entry as PerformanceEntry & { value: number }).value;
  });
  observer.observe({ type: 'layout-shift' });
  try {
    await run();
    // Layout shifts are reported after the frame that caused them.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (const entry of observer.takeRecords())
      shift += (entry as PerformanceEntry & { value: number }).value;
  } finally {
    observer.disconnect();
  }
  return shift;
}

/** Waits until the test API has seen at least `count` requests for `key`. */
export async function untilRequests(key: string, count: number): Promise<void> {
  await until(async () => (await requestCount(key)).count >= count, `${count} requests for ${key}`);
}

/** How many requests the test API (test/support/test-api.mjs) has seen for `key`, and how many were conditional. */
export async function requestCount(key: string): Promise<{ count: number; conditional: number }> {
  return (await fetch(`/test-api/count?key=${key}`)).json();
}

/**
 * Whether the browser keeps an HTTP cache, and so can revalidate what it
 * keeps: WebKitGTK driven by WebDriver browses in an ephemeral session that
 * keeps nothing (not even an answer with max-age=60).
 */
export async function keepsHttpCache(): Promise<boolean> {
  const key = uniqueKey();
  for (let i = 0; i < 2; i++) await fetch(`/test-api/serve?file=articles/own.json&maxage=60&key=${key}`);
  return (await requestCount(key)).count === 1;
}

/**
 * Asserts that the requests for `key` were a first one and one refresh that
 * the browser's HTTP cache revalidated (an If-None-Match, answered 304).
 * A browser that keeps no cache has nothing to revalidate: there the refresh
 * must still ask for revalidation (fetch's `no-cache` mode sends
 * Cache-Control: max-age=0), which a browser with a cache makes conditional.
 */
export async function expectOneRevalidatedRefresh(key: string): Promise<void> {
  if (await keepsHttpCache()) {
    expect(await requestCount(key)).to.deep.equal({ count: 2, conditional: 1 });
  } else {
    expect((await requestCount(key)).count).to.equal(2);
    expect((await requestCount(`${key}:revalidate`)).count, 'refreshes asking to revalidate').to.equal(1);
  }
}

/** A key no other test uses, for counting requests (not from Math.random, which polling tests pin). */
export function uniqueKey(): string {
  return `k${crypto.randomUUID()}`;
}

/**
 * Pins the polls' jitter to its middle (an interval of exactly `interval`)
 * for the tests in the enclosing `describe`, so they can tick a fake clock
 * by whole intervals.
 */
export function withoutJitter(): void {
  let random: sinon.SinonStub;
  beforeEach(() => (random = sinon.stub(Math, 'random').returns(0.5)));
  afterEach(() => random.restore());
}

/**
 * A fake clock for the polls of the tests in the enclosing `describe`, their
 * jitter pinned (`withoutJitter`), so a test can tick by whole intervals.
 * Only timers and `Date` are faked: requests and rendering run on real time.
 * The returned function gives the current test's clock.
 */
export function withPollClock(now = new Date('2026-03-21T12:00:00Z')): () => sinon.SinonFakeTimers {
  withoutJitter();
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => (clock = sinon.useFakeTimers({ now, toFake: ['setTimeout', 'clearTimeout', 'Date'] })));
  afterEach(() => clock.restore());
  return () => clock;
}

/**
 * Asserts that the server has seen exactly `count` requests for `key`. The
 * polls run on a fake clock, so a wrong one starts its request within the
 * tick before this; only its way to the server takes real time, and
 * `quietFor` gives it that.
 */
export async function exactlyRequests(key: string, count: number, ms = 150): Promise<void> {
  await quietFor(ms, 'a request that should not have been made to reach the server');
  expect((await requestCount(key)).count).to.equal(count);
}

/**
 * The element shows its first story (so any hold its answer carries is
 * known), and this tab leads the poll of `src`, its first poll armed on the
 * fake clock: the test can tick.
 */
export async function untilShownAndPolling(el: Element, src: string): Promise<void> {
  await until(() => part(el, 'link') !== null, 'the first story');
  await untilPolling(src);
}

/** The name under which the elements poll `src`, for its Web Lock and its BroadcastChannel (src/loading/tab-leader.ts). */
const pollName = (src: string) => `lede-poll ${new URL(src, document.baseURI).href}`;

/**
 * Waits until a tab of this site leads the poll of `src` (holds its Web
 * Lock). The leading tab arms its next poll as it is granted the lock, so a
 * test driving a fake clock can tick once this holds.
 */
export async function untilPolling(src: string): Promise<void> {
  await until(() => isPolled(src), `a tab to lead the poll of ${src}`);
}

/**
 * Whether a tab of this site leads the poll of `src` now, or (`orAsked`)
 * has asked to: an element asks as it starts polling, so this holds from
 * then on, however long the lock takes to be granted.
 */
export async function isPolled(src: string, { orAsked = false } = {}): Promise<boolean> {
  const name = pollName(src);
  const { held = [], pending = [] } = await navigator.locks.query();
  return [...held, ...(orAsked ? pending : [])].some((lock) => lock.name === name);
}

/**
 * Listens, as another tab would, to the answers the leading tab shares for
 * `src`. A poll shares a good answer only after it has shown it and armed
 * its next poll, so once `until(n)` resolves the n-th poll is fully handled
 * and a fake clock can tick on. Call before the poll starts; `close()` after.
 */
export function sharedAnswers(src: string): {
  count: () => number;
  until: (count: number) => Promise<void>;
  close: () => void;
} {
  const channel = new BroadcastChannel(pollName(src));
  let count = 0;
  channel.onmessage = () => count++;
  return {
    count: () => count,
    until: (expected) => until(() => count >= expected, `${expected} shared answers for ${src}`),
    close: () => channel.close(),
  };
}

/**
 * Resolves once an image with a broken source (`x`, as hostile markup has
 * it), made now, has fired `error`: the later fact which shows that an
 * image with that source made before (`<img src=x onerror=…>` in markup
 * made live) would have failed, and run its handler, by now.
 */
export function brokenImageFailed(src = 'x'): Promise<void> {
  return new Promise((resolve) => {
    const img = new Image();
    img.onerror = () => resolve();
    img.src = src;
  });
}

/**
 * Resolves once the browser has reported `el` as at least half visible
 * (`visible`) or not to an IntersectionObserver made now. Observers are told
 * in the order they were made, in the same task: by then every observer made
 * before (an element's own) has been told of the same change.
 */
export function seenAs(el: Element, visible: boolean): Promise<void> {
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.intersectionRatio >= 0.5 === visible)) return;
        observer.disconnect();
        resolve();
      },
      { threshold: [0, 0.5] },
    );
    observer.observe(el);
  });
}

/**
 * Resolves once the browser has reported `el`'s content box to a
 * ResizeObserver made now, as `width` CSS pixels wide (rounded up) if given.
 * Observers are told in the order they were made, in the same step: by then
 * every observer made before (an element's own) has been told too.
 */
export function measuredAs(el: Element, width?: number): Promise<void> {
  return new Promise((resolve) => {
    const observer = new ResizeObserver(([entry]) => {
      if (width !== undefined && Math.ceil(entry.contentRect.width) !== width) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(el);
  });
}

/**
 * Resolves once every element of the package on a page has rendered what it
 * has (its first render at least), and so have the elements those renders
 * made (a feed's cards, a card's photo and credit).
 */
export async function allRendered(doc: Document): Promise<void> {
  const elements = (root: Document | ShadowRoot): ReactiveElement[] =>
    [...root.querySelectorAll('*')].flatMap((el) =>
      el.localName.startsWith('lede-')
        ? [el as ReactiveElement, ...(el.shadowRoot ? elements(el.shadowRoot) : [])]
        : [],
    );
  let count = -1;
  while (elements(doc).length !== count) {
    const all = elements(doc);
    count = all.length;
    await Promise.all(all.map((el) => el.updateComplete));
  }
}
