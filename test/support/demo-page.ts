// Opening the demo site's pages in a frame of the test page, and what the
// demo tests (demo.test.ts, demo-playground.test.ts) wait for and measure there.
import { until } from './helpers.js';
import { layoutShiftSampler } from './layout-shift.mjs';

type AxeResults = { violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> };
type DemoWindow = Window & typeof globalThis & { axe: { run(context: Node): Promise<AxeResults> } };
export type Updating = HTMLElement & { updateComplete: Promise<unknown> };

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 375, height: 812 };
export const TAGS = [
  'lede-article-card',
  'lede-photo',
  'lede-breaking-banner',
  'lede-source-credit',
  'lede-feed',
];

/** A frame of the test page, at its top left and all of it on screen, as a window would be, loading `path`. */
export function frameFor(path: string, size = { width: 1200, height: 900 }): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.style.cssText = `position: fixed; inset: 0 auto auto 0; border: 0; width: ${size.width}px; height: ${size.height}px`;
  frame.src = path;
  document.body.append(frame);
  return frame;
}

export const loaded = (frame: HTMLIFrameElement) =>
  new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));

/** Opens a page of the demo site in a frame of the test page. */
export async function openPage(
  path: string,
  size?: { width: number; height: number },
): Promise<HTMLIFrameElement> {
  const frame = frameFor(path, size);
  await loaded(frame);
  return frame;
}

/** What a layout shift moved, to name it when a test fails: Chromium's own sources, or the frame's score from geometry. */
type ShiftEntry = PerformanceEntry & {
  value: number;
  hadRecentInput: boolean;
  sources: Array<{ node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }>;
};
const describeShift = (entry: ShiftEntry) =>
  `${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ` +
  entry.sources
    .map(({ node, previousRect: a, currentRect: b }) => {
      const name =
        node instanceof Element ? `${node.localName}${node.id ? `#${node.id}` : ''}` : node?.nodeName;
      return `${name} (${a.x},${a.y} ${a.width}×${a.height} → ${b.x},${b.y} ${b.width}×${b.height})`;
    })
    .join(', ');

export interface LayoutShifts {
  /** The sum of Chromium's `layout-shift` entries; undefined in browsers without them. */
  observed: number | undefined;
  /** The sum of the frames' scores from geometry, in every browser. */
  geometric: number;
  /** Each shift, what moved and when. */
  shifts: string[];
}

/**
 * Opens `path` in a frame of `size` and records the page's layout shifts
 * from the first frame a window would show of it: Chromium's own
 * `layout-shift` entries and, in every browser, the score from geometry
 * (layout-shift.mjs), sampled in the page's own animation frames. `stop`
 * stops and reads them.
 *
 * A window shows a page first once its stylesheets have loaded. Chromium
 * paints a page in a frame earlier, unstyled, if its stylesheets are slow to
 * come, then reports the move to the styled page as a shift of the whole
 * page: so the frame is not shown (not laid out nor painted) until the
 * page's stylesheets have loaded.
 */
export async function openMeasured(path: string, size: { width: number; height: number }) {
  const frame = frameFor(path, size);
  frame.style.display = 'none';
  const sample = layoutShiftSampler();
  let geometric = 0;
  const moved: string[] = [];
  const entries: ShiftEntry[] = [];
  let observer: PerformanceObserver | undefined;
  let recording = true;

  function sampleFrames(win: Window, doc: Document, time: number) {
    if (!recording) return;
    const score = sample(doc);
    if (score > 0) {
      geometric += score;
      moved.push(`geometric ${score.toFixed(4)} at ${Math.round(time)} ms`);
    }
    win.requestAnimationFrame((next) => sampleFrames(win, doc, next));
  }
  // Until the page arrives, the frame has its first, empty document: look for the page once a frame here.
  function showWhenStyled() {
    const doc = frame.contentDocument;
    const styled = () =>
      doc!.body &&
      [...doc!.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((link) => link.sheet);
    if (!doc?.URL.endsWith(path) || !styled()) return requestAnimationFrame(showWhenStyled);
    const win = frame.contentWindow as typeof window;
    if (win.PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
      observer = new win.PerformanceObserver((list) => entries.push(...(list.getEntries() as ShiftEntry[])));
      observer.observe({ type: 'layout-shift', buffered: true });
    }
    frame.style.display = '';
    win.requestAnimationFrame((time) => sampleFrames(win, doc, time));
  }
  requestAnimationFrame(showWhenStyled);
  await loaded(frame);

  const stop = (): LayoutShifts => {
    recording = false;
    if (observer) entries.push(...(observer.takeRecords() as ShiftEntry[]));
    observer?.disconnect();
    const counted = entries.filter((entry) => !entry.hadRecentInput);
    return {
      observed: observer ? counted.reduce((sum, entry) => sum + entry.value, 0) : undefined,
      geometric,
      shifts: [...counted.map((entry) => `observed ${describeShift(entry)}`), ...moved],
    };
  };
  return { frame, stop };
}

/** Fails, naming what moved, where the page's layout shift is 0.01 or more. */
export function expectStill({ observed, geometric, shifts }: LayoutShifts): void {
  const moved = shifts.join('\n');
  if (observed !== undefined && observed >= 0.01)
    throw new Error(`Chromium's layout-shift entries add up to ${observed}:\n${moved}`);
  if (geometric >= 0.01) throw new Error(`The shift measured from geometry is ${geometric}:\n${moved}`);
}

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Waits until the demo page has settled: every element defined and rendered,
 * every credit in its language, the feeds' cards and the live banner's story
 * shown, the playground's form, preview and embed code built.
 */
export async function settle(frame: HTMLIFrameElement): Promise<void> {
  const win = frame.contentWindow!;
  const doc = frame.contentDocument!;
  await Promise.all(TAGS.map((tag) => win.customElements.whenDefined(tag)));
  await Promise.all([...doc.querySelectorAll<Updating>(TAGS.join())].map((el) => el.updateComplete));
  const shown = (el: Element | null, part: string) =>
    el?.shadowRoot?.querySelector(`[part~="${part}"]`) != null;
  // The dev server compiles the whole demo, and 29 language packs arrive, on first load: seconds on a busy machine.
  await until(
    () =>
      [...doc.querySelectorAll('.gallery lede-source-credit[lang]')].every((el) => shown(el, 'base')) &&
      [...doc.querySelectorAll('lede-feed')].every(
        (feed) => feed.shadowRoot!.querySelectorAll('lede-article-card').length >= 3,
      ) &&
      shown(doc.querySelector('lede-breaking-banner[src]'), 'headline') &&
      shown(doc.querySelector('#playground-preview > *'), 'headline') &&
      (doc.querySelector('#playground-embed')!.textContent ?? '').includes('<script'),
    'the demo page to settle',
    // The dev server compiles the whole demo and 29 language packs arrive: on a loaded machine, up to a minute.
    60_000,
  );
  // Layout shifts are reported after the frame that caused them.
  await nextFrame();
  await nextFrame();
}

/** Opens the demo page exactly as `npm start` serves it, once it has settled. */
export async function openDemo(size?: { width: number; height: number }): Promise<HTMLIFrameElement> {
  const frame = await openPage('/demo/index.html', size);
  await settle(frame);
  return frame;
}

/**
 * Opens the demo page for the playground's tests: once its form, preview and
 * embed code are built (the gallery may still be loading).
 */
export async function openPlayground(): Promise<HTMLIFrameElement> {
  const frame = await openPage('/demo/index.html');
  const doc = frame.contentDocument!;
  await until(
    () =>
      doc.querySelector('#playground-preview > *')?.shadowRoot?.querySelector('[part~="headline"]') != null &&
      (doc.querySelector('#playground-embed')!.textContent ?? '').includes('<script'),
    'the playground',
    60_000,
  );
  return frame;
}

/**
 * The static demo is `npm run build:demo`'s (`npm test` runs it); without it
 * its tests would fail for a reason nobody could see.
 */
export async function requireStaticDemo(): Promise<void> {
  if (!(await fetch('/dist/demo/index.html')).ok)
    throw new Error(
      'dist/demo/ is missing: run `npm run build && npm run build:demo` first (npm test runs both).',
    );
}

export async function axeViolations(frame: HTMLIFrameElement): Promise<string[]> {
  const doc = frame.contentDocument!;
  const script = doc.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  doc.head.append(script);
  await loaded;
  const results = await (frame.contentWindow as DemoWindow).axe.run(doc);
  return results.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}
