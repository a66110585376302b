import { expect } from '@open-wc/testing';
import { until } from '../support/helpers.js';

/**
 * A partner's article page (test/support/partner-page.mjs): the pre-upgrade
 * stylesheet in its <head>, the CDN script a second after the page's first
 * frame (so that a reader sees the page before it, on a loaded machine too),
 * a banner, five cards and a feed behind JSON a second and a half late,
 * images a second late. Layout shifts are recorded from the page's first
 * frame: Chromium's own `layout-shift` entries, and in every browser the same
 * score computed from the page's geometry (Firefox and WebKit have no
 * layout-shift entries).
 */
interface LayoutRecord {
  observed: number | undefined;
  geometric: number;
  frames: number;
  framesBeforeScript: number;
  readyStateAtDefine: DocumentReadyState | undefined;
}
type PartnerWindow = Window & typeof globalThis & { __layout: LayoutRecord };

const MOBILE = { width: 412, height: 800 };
const DESKTOP = { width: 1024, height: 768 };

function open(query: string, size: { width: number; height: number }): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  // Scaled to fit the test window: a frame partly outside it is drawn (and so measured) only now and then.
  const scale = Math.min(1, 800 / size.width);
  frame.style.cssText = `width: ${size.width}px; height: ${size.height}px; border: 0; transform: scale(${scale}); transform-origin: 0 0`;
  // Each visit its own page URL, so that nothing of an earlier visit (its late script) is served again at once.
  const [search, fragment = ''] = query.split('#');
  const visit = Math.random().toString(36).slice(2);
  frame.src = `/test-partner/page.html?${search}&visit=${visit}${fragment && `#${fragment}`}`;
  document.body.append(frame);
  return frame;
}

function inViewport(win: Window, element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.bottom > 0 && box.top < win.innerHeight && box.height > 0;
}

/**
 * Every widget has its story, and every photo in view has loaded; then ten
 * frames more, so that a shift the last answer causes is drawn and counted
 * (frames, not milliseconds: a loaded machine draws fewer of them per second).
 */
async function settle(frame: HTMLIFrameElement): Promise<LayoutRecord> {
  await until(
    () => {
      const win = frame.contentWindow as PartnerWindow | null;
      const doc = frame.contentDocument;
      // The whole page parsed (a streamed one arrives in pieces), and the elements defined.
      if (!win?.customElements?.get('lede-feed') || !doc || doc.readyState === 'loading') return false;
      const feedCards = [
        ...(doc.querySelector('lede-feed')!.shadowRoot?.querySelectorAll('lede-article-card') ?? []),
      ];
      const cards = [...doc.querySelectorAll('lede-article-card'), ...feedCards];
      const photos = cards.flatMap((card) => [...(card.shadowRoot?.querySelectorAll('lede-photo') ?? [])]);
      return (
        feedCards.length === 4 &&
        cards.every((card) => card.shadowRoot?.querySelector('[part~="headline"]')) &&
        doc.querySelector('lede-breaking-banner')!.shadowRoot?.querySelector('[part~="link"]') !== null &&
        // The language pack's words too (the banner shows its label and the credit its lines with them), so
        // that the shifts counted include the moment they come.
        doc.querySelector('lede-source-credit')!.shadowRoot?.querySelector('[part~="base"]') !== null &&
        photos
          .filter((photo) => inViewport(win, photo))
          .every((photo) => photo.shadowRoot?.querySelector('[data-status="loaded"]'))
      );
    },
    'the partner page to settle',
    // The script, the data and the photos are each a second or so late on purpose; on a loaded machine
    // the page itself takes seconds more to load and draw.
    60_000,
  );
  return framesLater(frame);
}

/**
 * Ten frames more, so that a shift the last answer causes is drawn and
 * counted (frames, not milliseconds: a loaded machine draws fewer of them per
 * second). The page's record of them, then.
 */
async function framesLater(frame: HTMLIFrameElement): Promise<LayoutRecord> {
  const layout = () => (frame.contentWindow as PartnerWindow).__layout;
  const settled = layout().frames;
  await until(() => layout().frames >= settled + 10, 'ten frames after the page settled');
  return { ...layout() };
}

/** The README's card has its story and its words (its credit's lines); then a few frames more. */
async function settleReadmeCard(frame: HTMLIFrameElement): Promise<LayoutRecord> {
  await until(() => {
    const card = frame.contentDocument?.querySelector('lede-article-card');
    const credit = card?.shadowRoot?.querySelector('lede-source-credit');
    return !!credit?.shadowRoot?.querySelector('[part~="base"]');
  }, "the README's card to settle");
  return framesLater(frame);
}

async function measure(
  query: string,
  size: { width: number; height: number },
  settled = settle,
): Promise<LayoutRecord> {
  const frame = open(query, size);
  try {
    return await settled(frame);
  } finally {
    frame.remove();
  }
}

function report(name: string, record: LayoutRecord): void {
  const observed = record.observed === undefined ? 'no layout-shift entries' : record.observed.toFixed(4);
  console.log(
    `${name}: CLS ${observed} (observed), ${record.geometric.toFixed(4)} (geometry), ${record.frames} frames`,
  );
}

describe('a partner page: the script and the data late, the stylesheet in the head', function () {
  this.timeout(90_000);

  for (const [name, size] of [
    ['mobile', MOBILE],
    ['desktop', DESKTOP],
  ] as const) {
    it(`moves at most 0.01 with the reader at the top (${name})`, async () => {
      const record = await measure('script=1', size);
      report(`top, ${name}`, record);
      // Measured from before the late script to after the last answer, what a reader saw throughout
      // (not a number of frames, which measures the machine: a loaded one draws a few a second).
      expect(record.framesBeforeScript, 'frames before the script').to.be.greaterThan(0);
      expect(record.frames, 'frames after it').to.be.greaterThan(record.framesBeforeScript);
      expect(record.geometric).to.be.at.most(0.01);
      if (record.observed !== undefined) expect(record.observed).to.be.at.most(0.01);
    });

    it(`moves at most 0.01 with the reader already scrolled to the cards (${name})`, async () => {
      const record = await measure('script=1#cards', size);
      report(`scrolled to the cards, ${name}`, record);
      expect(record.geometric).to.be.at.most(0.01);
      if (record.observed !== undefined) expect(record.observed).to.be.at.most(0.01);
    });
  }

  // The script's second of delay is the point: the stylesheet alone holds the
  // boxes until it runs. The wait for the page to settle (15 s, against the
  // 4 s the slowest part takes) leaves room for a loaded machine; a late
  // settle only makes the test slower, never greener, as every frame is counted.
  for (const lang of ['ru', 'fa', 'ka', 'uz']) {
    it(`moves at most 0.01 in lang="${lang}", its pack 800 ms late, at the top and scrolled to the cards`, async () => {
      for (const hash of ['', '#cards']) {
        const record = await measure(`script=1&lang=${lang}${hash}`, MOBILE);
        report(`${lang}${hash ? ', scrolled to the cards' : ', top'}, mobile`, record);
        // Measured from before the late script to after the last answer (not a number of frames, as above).
        expect(record.framesBeforeScript, 'frames before the script').to.be.greaterThan(0);
        expect(record.frames, 'frames after it').to.be.greaterThan(record.framesBeforeScript);
        expect(record.geometric, `${lang}${hash}`).to.be.at.most(0.01);
        if (record.observed !== undefined) expect(record.observed, `${lang}${hash}`).to.be.at.most(0.01);
      }
    });
  }

  for (const width of [375, 1280]) {
    it(`moves at most 0.01 with the README's card, which has no image (${width} px)`, async () => {
      const record = await measure('page=readme-card', { width, height: 800 }, settleReadmeCard);
      report(`README card, ${width} px`, record);
      expect(record.geometric).to.be.at.most(0.01);
      if (record.observed !== undefined) expect(record.observed).to.be.at.most(0.01);
    });
  }

  it('would move without the stylesheet: the measurement sees shifts where there are some', async () => {
    const record = await measure('script=1&css=0#cards', MOBILE);
    report('without the stylesheet, scrolled to the cards, mobile', record);
    expect(record.geometric).to.be.greaterThan(0.1);
    if (record.observed !== undefined) expect(record.observed).to.be.greaterThan(0.1);
  });
});

/** The page's navigation timing, and the CDN script's resource timing. */
function timings(frame: HTMLIFrameElement) {
  const { performance } = frame.contentWindow!;
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  const script = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find(({ name }) =>
    new URL(name).pathname.endsWith('/lede-widgets.js'),
  )!;
  return { navigation, script };
}

describe("a partner page with the README's script tag, which is async", function () {
  this.timeout(90_000);

  it("does not hold the page's DOMContentLoaded until the late script has run", async () => {
    const frame = open('script=1', MOBILE);
    try {
      await settle(frame);
      const { navigation, script } = timings(frame);
      // The script is a second late on purpose. A module script without async would hold the
      // partner's own DOMContentLoaded handlers until it had arrived and run.
      expect(navigation.domContentLoadedEventStart).to.be.greaterThan(0);
      expect(navigation.domContentLoadedEventStart).to.be.lessThan(script.responseEnd);
    } finally {
      frame.remove();
    }
  });

  it('upgrades the elements while the page is still arriving, and the page does not move', async () => {
    // The page comes in pieces, 150 ms apart; the script at once: it runs before the parser has
    // reached the widgets further down, which it then makes already defined.
    const frame = open('script=1&script-delay=0&stream=150', MOBILE);
    try {
      const record = await settle(frame);
      report('streamed, the script first, mobile', record);
      expect(record.readyStateAtDefine).to.equal('loading');
      const { navigation, script } = timings(frame);
      expect(script.responseEnd).to.be.lessThan(navigation.domInteractive);
      expect(record.geometric).to.be.at.most(0.01);
      if (record.observed !== undefined) expect(record.observed).to.be.at.most(0.01);
    } finally {
      frame.remove();
    }
  });
});
