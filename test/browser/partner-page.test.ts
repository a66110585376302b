import { expect } from '@open-wc/testing';
import { until } from '../support/helpers.js';

/**
 * A partner's article page (test/support/partner-page.mjs): the pre-upgrade
 * stylesheet in its <head>, the CDN script a second late, a banner, five
 * cards and a feed behind JSON a second and a half late, images a second
 * late. Layout shifts are recorded from the page's first frame: Chromium's
 * own `layout-shift` entries, and in every browser the same score computed
 * from the page's geometry (Firefox and WebKit have no layout-shift entries).
 */
interface LayoutRecord {
  observed: number | undefined;
  geometric: number;
  frames: number;
  framesBeforeScript: number;
}
type PartnerWindow = Window & typeof globalThis & { __layout: LayoutRecord };

const MOBILE = { width: 412, height: 800 };
const DESKTOP = { width: 1024, height: 768 };

function open(query: string, size: { width: number; height: number }): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${size.width}px; height: ${size.height}px; border: 0`;
  frame.src = `/test-partner/page.html?${query}`;
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
      if (!win?.customElements?.get('lede-feed') || !doc) return false;
      const feedCards = [
        ...(doc.querySelector('lede-feed')!.shadowRoot?.querySelectorAll('lede-article-card') ?? []),
      ];
      const cards = [...doc.querySelectorAll('lede-article-card'), ...feedCards];
      const photos = cards.flatMap((card) => [...(card.shadowRoot?.querySelectorAll('lede-photo') ?? [])]);
      return (
        feedCards.length === 4 &&
        cards.every((card) => card.shadowRoot?.querySelector('[part~="headline"]')) &&
        doc.querySelector('lede-breaking-banner')!.shadowRoot?.querySelector('[part~="link"]') !== null &&
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
  const layout = () => (frame.contentWindow as PartnerWindow).__layout;
  const settled = layout().frames;
  await until(() => layout().frames >= settled + 10, 'ten frames after the page settled');
  return { ...layout() };
}

async function measure(query: string, size: { width: number; height: number }): Promise<LayoutRecord> {
  const frame = open(query, size);
  try {
    return await settle(frame);
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

  it('would move without the stylesheet: the measurement sees shifts where there are some', async () => {
    const record = await measure('script=1&css=0#cards', MOBILE);
    report('without the stylesheet, scrolled to the cards, mobile', record);
    expect(record.geometric).to.be.greaterThan(0.1);
    if (record.observed !== undefined) expect(record.observed).to.be.greaterThan(0.1);
  });
});
