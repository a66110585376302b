// Small helpers shared by the browser tests.
import sinon from 'sinon';

/** The real timer, kept before any test fakes the clock, for waiting on real network answers. */
const realSetTimeout = globalThis.setTimeout.bind(globalThis);

/** Waits `ms` of real time, even while a test has faked the clock. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => realSetTimeout(resolve, ms));
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

/** Waits until `condition` holds, failing with `what` after `timeout` ms. */
export async function until(condition: () => boolean, what: string, timeout = 4000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
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

/** Sums the page's layout shifts while `run` runs; `undefined` where the browser cannot measure them (Firefox). */
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

/** How many requests the test API (test/support/test-api.mjs) has seen for `key`, and how many were conditional. */
export async function requestCount(key: string): Promise<{ count: number; conditional: number }> {
  return (await fetch(`/test-api/count?key=${key}`)).json();
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
