// A partner's page that styles everything it can: inherited fonts, line
// height, spacing and transforms on its body, a 62.5% root, and !important
// rules on common tags. Every element must keep its size, box for box, and
// its pixels: the cards are compared with the same visual baselines as on a
// clean page.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import { card, shot } from '../support/card-looks.js';

const HOSTS = 'lede-article-card, lede-breaking-banner, lede-feed, lede-photo, lede-source-credit';

const HOSTILE_CSS = `
  html { font-size: 62.5% !important; }
  body, ${HOSTS} {
    font: italic small-caps 700 condensed 22px / 3 'Courier New', monospace;
    color: red;
    letter-spacing: 3px;
    word-spacing: 9px;
    text-transform: uppercase;
    text-indent: 40px;
    text-align: justify;
    text-align-last: center;
    text-shadow: 2px 2px red;
    text-emphasis: dot;
    word-break: break-all;
    line-break: anywhere;
    overflow-wrap: normal;
    hyphens: auto;
    tab-size: 40;
    font-feature-settings: 'smcp', 'liga' 0;
    font-variation-settings: 'wght' 900;
    font-kerning: none;
    font-synthesis: none;
    font-size-adjust: 0.9;
    font-optical-sizing: none;
    text-rendering: optimizeSpeed;
    list-style: square inside;
    cursor: wait;
  }
  /* On the elements themselves only: on the body it would show the test page's own line breaks. */
  ${HOSTS} {
    white-space: pre-wrap;
    text-wrap: balance;
  }
  a, p, h1, h2, h3, time, strong, span, button, img, figure, figcaption, ol, li, article {
    font-size: 40px !important;
    line-height: 4 !important;
    letter-spacing: 5px !important;
    margin: 30px !important;
    padding: 20px !important;
    border: 3px solid red !important;
    width: 50% !important;
    display: inline !important;
  }
`;

function hostile(): () => void {
  const style = document.createElement('style');
  style.textContent = HOSTILE_CSS;
  document.head.append(style);
  return () => style.remove();
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Every box in an element's shadow trees (nested elements' too), relative to the element. */
function boxes(host: Element): string[] {
  const origin = host.getBoundingClientRect();
  const found = [`host ${origin.width.toFixed(2)}x${origin.height.toFixed(2)}`];
  const walk = (root: ShadowRoot, path: string) => {
    for (const element of root.querySelectorAll('*')) {
      const rect = element.getBoundingClientRect();
      const name = `${path}${element.localName}${element.className ? `.${String(element.className)}` : ''}`;
      // A box that is not rendered (a hidden slot, a style) has no place to compare.
      found.push(
        element.getClientRects().length === 0
          ? `${name} not rendered`
          : `${name} ${(rect.x - origin.x).toFixed(2)},${(rect.y - origin.y).toFixed(2)} ${rect.width.toFixed(2)}x${rect.height.toFixed(2)}`,
      );
      if (element.shadowRoot) walk(element.shadowRoot, `${name} > `);
    }
  };
  walk(host.shadowRoot!, '');
  return found;
}

async function settled(host: Element): Promise<void> {
  const all = (root: ShadowRoot): Element[] =>
    [...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el, ...all(el.shadowRoot)] : [el]));
  await Promise.all(
    [host, ...all(host.shadowRoot!)].map(
      (el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete,
    ),
  );
  await frame();
}

const now = new Date().toISOString();
const story = {
  id: 's1',
  headline: 'Lake ferry returns after three-week repair',
  url: 'https://news.lede.example/ferry',
  kicker: 'World',
  summary: 'The only ferry across the northern lake sailed again on Tuesday.',
  published: now,
  authors: ['Nino Beridze'],
  sources: ['Reuters', 'Interfax', 'TASS'],
};

const elements: Record<string, TemplateResult> = {
  'a stacked card': card({}),
  'a hero card, right to left': card({ layout: 'hero', lang: 'fa', breaking: true }),
  'a horizontal card': card({ layout: 'horizontal' }),
  'a compact card': card({ layout: 'compact' }),
  'a breaking banner': html`<lede-breaking-banner theme="light" .items=${[story]}></lede-breaking-banner>`,
  'a feed grid': html`<lede-feed
    layout="grid"
    theme="light"
    .items=${[story, { ...story, id: 's2' }]}
  ></lede-feed>`,
  'a photo with caption and credit': html`<lede-photo
    theme="light"
    src="/test-assets/photo.svg"
    alt="Hills"
    caption="The valley road at dawn, before the market opens."
    credit="Nino Beridze / Lede News"
  ></lede-photo>`,
  'a source credit': html`<lede-source-credit
    sources="Reuters, Interfax, TASS"
    publisher="Lede News"
    publisher-href="https://news.lede.example/"
  ></lede-source-credit>`,
};

describe('a hostile partner page', () => {
  for (const [what, template] of Object.entries(elements)) {
    it(`leaves every box of ${what} as it is on a clean page`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 560px">${template}</div>`);
      const el = wrapper.firstElementChild!;
      await settled(el);
      const clean = boxes(el);
      const restore = hostile();
      try {
        await settled(el);
        expect(boxes(el)).to.deep.equal(clean);
      } finally {
        restore();
      }
    });
  }

  const baselines: [string, TemplateResult, number?][] = [
    ['stacked-ltr', card({})],
    ['hero-rtl', card({ layout: 'hero', lang: 'fa', breaking: true })],
    ['horizontal-ltr', card({ layout: 'horizontal' }), 560],
    ['compact-ltr', card({ layout: 'compact' })],
    ['long-ka', card({ lang: 'ka' })],
  ];
  for (const [name, template, width] of baselines) {
    it(`leaves the pixels of the ${name} card as in its clean baseline`, async () => {
      const restore = hostile();
      try {
        await shot(name, template, width);
      } finally {
        restore();
      }
    });
  }
});
