// Runs in Chromium (driven by bench/run.mjs). Every measurement is paired
// with a baseline measured in the same page, in alternating rounds, so the
// ratio survives a noisy machine better than either time alone.
import '../src/article-card/define.js';
import type { LedeArticleCard } from '../src/article-card/article-card.js';
import type { Article } from '../src/data/article.js';
import { normalizeArticle } from '../src/data/normalize.js';
import { parseFeed } from '../src/feed-formats/parse-feed.js';
import './vanilla-card.js';
import type { VanillaCard } from './vanilla-card.js';

const ROUNDS = 25;
const stage = document.querySelector('#stage')!;

function rss(items: number): string {
  const entries = Array.from(
    { length: items },
    (_, index) => `<item>
      <title>Story number ${index}: the ferry returns &amp; the market opens</title>
      <link>https://news.lede.example/story/${index}</link>
      <guid isPermaLink="false">story-${index}</guid>
      <pubDate>Sat, 21 Mar 2026 09:30:00 GMT</pubDate>
      <dc:creator>Reporter ${index % 17}</dc:creator>
      <category>World</category>
      <description><![CDATA[<p>Paragraph with <b>markup</b> &amp; entities for story ${index}.</p>]]></description>
      <media:content url="https://img.lede.example/${index}.jpg" medium="image" width="1600" height="900"/>
    </item>`,
  ).join('');
  return `<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Bench</title><language>en</language>${entries}</channel></rss>`;
}

const story = (index: number): Article => ({
  id: `s${index}`,
  url: `https://news.lede.example/story/${index}`,
  headline: `Story number ${index}: the ferry returns after three weeks`,
  kicker: 'World',
  summary: 'The only ferry across the northern lake sailed again on Tuesday, ending a long detour.',
  published: '2026-03-18T09:30:00.000Z',
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Time from creating the elements to their first paint being ready (layout forced). */
async function createCards(count: number, tag: 'lede-article-card' | 'vanilla-card'): Promise<number> {
  stage.replaceChildren();
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const start = performance.now();
  const fragment = document.createDocumentFragment();
  const elements: Array<LedeArticleCard | VanillaCard> = [];
  for (let index = 0; index < count; index++) {
    const el = document.createElement(tag) as LedeArticleCard | VanillaCard;
    el.article = story(index);
    elements.push(el);
    fragment.append(el);
  }
  stage.append(fragment);
  if (tag === 'lede-article-card')
    await Promise.all(elements.map((el) => (el as LedeArticleCard).updateComplete));
  void (stage as HTMLElement).offsetHeight;
  return performance.now() - start;
}

/** Elements, attributes and text of a shadow tree: what a reader and the page's CSS see. */
function shape(root: ShadowRoot): string {
  const describe = (element: Element): string =>
    `<${element.localName}${[...element.attributes]
      .map(({ name, value }) => ` ${name}="${value.trim()}"`)
      .sort()
      .join('')}>${[...element.childNodes]
      .map((node) =>
        node.nodeType === Node.ELEMENT_NODE
          ? describe(node as Element)
          : node.nodeType === Node.TEXT_NODE
            ? node.textContent!.trim()
            : '',
      )
      .join('')}</${element.localName}>`;
  return [...root.children].map(describe).join('');
}

/** A baseline that built less DOM would flatter it: check both build the same before timing them. */
async function checkSameDom(): Promise<void> {
  await createCards(1, 'lede-article-card');
  const ours = shape(stage.firstElementChild!.shadowRoot!);
  await createCards(1, 'vanilla-card');
  const baseline = shape(stage.firstElementChild!.shadowRoot!);
  if (ours !== baseline) throw new Error(`The baseline builds different DOM:\n${ours}\n${baseline}`);
}

async function run() {
  await checkSameDom();
  const xml = rss(1000);
  const loaded = { url: location.href, text: xml, contentType: 'application/rss+xml', notModified: false };
  const results: Record<string, { ours: number[]; baseline: number[] }> = {
    'parse a 1,000-item RSS feed (ours: parse + data gate; baseline: DOMParser alone)': {
      ours: [],
      baseline: [],
    },
    'render 100 cards (ours: lede-article-card; baseline: vanilla custom element)': {
      ours: [],
      baseline: [],
    },
    'create 1,000 cards (same pair)': { ours: [], baseline: [] },
  };
  const [parse, render100, create1000] = Object.values(results);
  // Warm-up, so neither side pays for first-time compilation in the figures.
  await createCards(50, 'lede-article-card');
  await createCards(50, 'vanilla-card');
  for (let round = 0; round < ROUNDS; round++) {
    let start = performance.now();
    new DOMParser().parseFromString(xml, 'application/xml');
    parse.baseline.push(performance.now() - start);
    start = performance.now();
    parseFeed(loaded).items.map((item) => normalizeArticle(item));
    parse.ours.push(performance.now() - start);

    // Alternate which side goes first, so neither always runs on a warmer page.
    const order =
      round % 2 === 0
        ? (['lede-article-card', 'vanilla-card'] as const)
        : (['vanilla-card', 'lede-article-card'] as const);
    for (const tag of order) {
      (tag === 'vanilla-card' ? render100.baseline : render100.ours).push(await createCards(100, tag));
      (tag === 'vanilla-card' ? create1000.baseline : create1000.ours).push(await createCards(1000, tag));
    }
  }
  stage.replaceChildren();
  return Object.fromEntries(
    Object.entries(results).map(([name, { ours, baseline }]) => [
      name,
      { ours: median(ours), baseline: median(baseline) },
    ]),
  );
}

(window as unknown as { benchResults: Promise<unknown> }).benchResults = run();
