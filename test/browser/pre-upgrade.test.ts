import { expect } from '@open-wc/testing';
import { allRendered, until } from '../support/helpers.js';

/**
 * The pre-upgrade stylesheet (dist/cdn/lede-widgets.css) against the
 * elements themselves: a page with the stylesheet and no script yet, then the
 * CDN script. Each element's box must be the same before the script, while
 * its data loads, and once its typical story shows.
 */
const SLOW = (file: string) => `/test-api/serve?file=${file}&delay=4000`;
const IMAGE = '/test-assets/photo.svg';
const STORY = `headline="Ferry returns to the northern lake after repairs"
  href="https://news.lede.example/ferry" kicker="World"
  summary="The only ferry across the northern lake sailed again on Tuesday, ending a long detour for villagers who had driven round the water for three weeks."
  published="2026-03-18T08:00:00Z" authors="Nino Beridze" sources="Reuters, AP"
  image-src="${IMAGE}" image-alt="Hills" image-width="1600" image-height="900"`;
const FALLBACK = '<a href="https://news.lede.example/ferry">Ferry returns to the northern lake</a>';
/** The same story with no image: the element shows no photo area, and the stylesheet reserves none. */
const STORY_WITHOUT_IMAGE = STORY.replace(/image-.*$/s, '');

interface Page {
  frame: HTMLIFrameElement;
  doc: Document;
  heights: () => Record<string, number>;
}

async function pageWith(body: string, width: number): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 600px; border: 0`;
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <link rel="stylesheet" href="/dist/cdn/lede-widgets.css"></head>
    <body style="margin: 0; font: 16px/1.4 serif">${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  return {
    frame,
    doc,
    heights: () =>
      Object.fromEntries(
        [...doc.querySelectorAll('[id]')].map((element) => [
          element.id,
          Math.round(element.getBoundingClientRect().height * 10) / 10,
        ]),
      ),
  };
}

async function upgrade({ frame, doc }: Page): Promise<void> {
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = '/dist/cdn/lede-widgets.js';
  doc.head.append(script);
  await until(() => frame.contentWindow!.customElements.get('lede-feed') !== undefined, 'the script');
  // Their data is 4 s late on purpose: it is still on its way.
  await allRendered(doc);
}

const shadowHas = (doc: Document, id: string, selector: string) =>
  doc.getElementById(id)!.shadowRoot?.querySelector(selector) != null;

describe('the pre-upgrade stylesheet', function () {
  // Beside a photo in 320 px, a byline or credit wraps: typical content does not fit a horizontal card that narrow.
  for (const [width, layouts] of [
    [320, ['stacked', 'compact', 'hero']],
    [640, ['stacked', 'horizontal', 'compact', 'hero']],
  ] as const) {
    it(`gives each card layout its final box before the script runs, with an image and without (${width} px)`, async () => {
      const page = await pageWith(
        layouts
          .map(
            (layout) =>
              `<lede-article-card id="${layout}" layout="${layout}" ${STORY}>${FALLBACK}</lede-article-card>
               <lede-article-card id="${layout}-no-image" layout="${layout}" ${STORY_WITHOUT_IMAGE}>${FALLBACK}</lede-article-card>`,
          )
          .join(''),
        width,
      );
      try {
        const before = page.heights();
        expect(before.stacked).to.be.greaterThan(width * 0.5625 + 100);
        expect(before['stacked-no-image']).to.be.lessThan(before.stacked - width * 0.5);
        await upgrade(page);
        for (const id of Object.keys(before)) {
          await until(() => shadowHas(page.doc, id, '[part~="headline"]'), id);
        }
        const after = page.heights();
        for (const id of Object.keys(before)) expect(after[id], id).to.be.closeTo(before[id], 0.5);
      } finally {
        page.frame.remove();
      }
    });
  }

  it('gives a card by src the box of its skeleton, and of its story', async () => {
    const page = await pageWith(
      `<lede-article-card id="card" src="${SLOW('articles/typical.json')}">${FALLBACK}</lede-article-card>
       <lede-article-card id="hero" layout="hero" src="${SLOW('articles/typical.json')}">${FALLBACK}</lede-article-card>`,
      360,
    );
    try {
      const before = page.heights();
      await upgrade(page);
      expect(shadowHas(page.doc, 'card', '[part~="skeleton"]')).to.equal(true);
      expect(page.heights()).to.deep.equal(before);
      await until(() => shadowHas(page.doc, 'card', '[part~="headline"]'), 'the story');
      await until(() => shadowHas(page.doc, 'hero', '[part~="headline"]'), 'the story');
      const after = page.heights();
      expect(after.card).to.be.closeTo(before.card, 0.5);
      expect(after.hero).to.be.closeTo(before.hero, 0.5);
    } finally {
      page.frame.remove();
    }
  });

  it('gives the banner its strip while its story loads, and the credit its lines', async () => {
    const page = await pageWith(
      `<lede-breaking-banner id="loading" max-age="999999999" src="${SLOW('banner/second.json')}">${FALLBACK}</lede-breaking-banner>
       <lede-breaking-banner id="given" headline="Airport reopens as fog lifts" href="https://news.lede.example/a">${FALLBACK}</lede-breaking-banner>
       <lede-source-credit id="credit" sources="Reuters, Interfax, TASS" publisher="Lede News">With reporting by Reuters, Interfax, and TASS</lede-source-credit>
       <lede-source-credit id="sources" sources="Reuters">With reporting by Reuters</lede-source-credit>
       <lede-photo id="photo" src="${IMAGE}" alt="Hills" caption="Hills at dawn"></lede-photo>
       <lede-photo id="square" ratio="1:1" src="${IMAGE}" alt="Hills"></lede-photo>`,
      640,
    );
    try {
      const before = page.heights();
      expect(before.loading).to.be.greaterThan(60);
      await upgrade(page);
      const loading = page.heights();
      expect(loading).to.deep.equal(before);
      await until(() => shadowHas(page.doc, 'loading', '[part~="link"]'), 'the banner story');
      expect(page.heights().loading).to.equal(before.loading);
    } finally {
      page.frame.remove();
    }
  });

  it("keeps its own variables: a page's custom properties of the same names change no box", async () => {
    // The stylesheet's variables as its source names them, and as one-letter names a page might use.
    const pageVariables = [
      ...['line', 'card-padding', 'half-gap', 'headline-size', 'summary-block', 'text-block'],
      ...[
        'photo-ratio',
        'feed-columns',
        'feed-gap',
        'feed-limit',
        'l',
        'p',
        'g',
        'h',
        's',
        't',
        'r',
        'k',
        'f',
        'n',
      ],
    ]
      .map((name) => `--${name}: 1`)
      .join('; ');
    const widgets = (prefix: string) =>
      `<lede-feed id="${prefix}-feed" src="${SLOW('feeds/articles.json')}">${FALLBACK}</lede-feed>
       <lede-article-card id="${prefix}-card" ${STORY}>${FALLBACK}</lede-article-card>
       <lede-photo id="${prefix}-photo" src="${IMAGE}" alt="Hills" caption="Hills at dawn"></lede-photo>`;
    const page = await pageWith(
      `<div>${widgets('plain')}</div><div style="${pageVariables}">${widgets('styled')}</div>`,
      412,
    );
    try {
      const heights = page.heights();
      for (const element of ['feed', 'card', 'photo']) {
        expect(heights[`styled-${element}`], element).to.equal(heights[`plain-${element}`]);
      }
    } finally {
      page.frame.remove();
    }
  });

  for (const [layout, width] of [
    ['list', 412],
    ['grid', 412],
    ['grid', 900],
    ['grid', 1200],
  ] as const) {
    it(`gives a ${layout} feed the box of its skeleton cards (${width} px)`, async () => {
      const page = await pageWith(
        `<lede-feed id="ten" layout="${layout}" src="${SLOW('feeds/articles.json')}">${FALLBACK}</lede-feed>
         <lede-feed id="four" layout="${layout}" limit="4" src="${SLOW('feeds/articles.json')}">${FALLBACK}</lede-feed>`,
        width,
      );
      try {
        const before = page.heights();
        await upgrade(page);
        expect(shadowHas(page.doc, 'four', '[part~="card"]')).to.equal(true);
        const loading = page.heights();
        expect(loading.ten).to.be.closeTo(before.ten, 1);
        expect(loading.four).to.be.closeTo(before.four, 1);
      } finally {
        page.frame.remove();
      }
    });
  }
});
