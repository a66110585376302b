import '../support/packs.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/feed/define.js';
import type { LedeFeed } from '../../src/feed/feed.js';
import { gateStories } from '../../src/data/gate-stories.js';
import { normalizeArticle, normalizeArticleFrom } from '../../src/data/normalize.js';
import { allRendered, part, uniqueKey, until, untilPolling, withPollClock } from '../support/helpers.js';
import type { LedeArticleCard } from '../../src/article-card/article-card.js';

/**
 * Counts the URLs the page parses, by the story they belong to: every URL
 * in the ten-story feed names its story (`/ten/3`, `?story=3`). Checking a
 * story's link, photo and `srcset` parses each of them, so the counts show
 * how often each story went through the data gate, from outside the library.
 */
function countUrlParsing() {
  const counts = new Map<string, number>();
  const Original = URL;
  globalThis.URL = new Proxy(Original, {
    construct(target, args: ConstructorParameters<typeof URL>) {
      const story = /\/ten\/(\d+)|story=(\d+)/.exec(String(args[0]));
      if (story) {
        const key = story[1] ?? story[2];
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return new target(...args);
    },
  });
  return {
    counts,
    restore: () => (globalThis.URL = Original),
  };
}

const SRC = '/test-api/serve?file=feeds/ten-stories.json';

describe('a story is checked once, where it comes in', () => {
  let parsing: ReturnType<typeof countUrlParsing>;
  afterEach(() => parsing.restore());

  it('a feed of ten from src, each card with photo and credit: one gate run per story, however often they render', async () => {
    // What one run of the gate over each story parses, as the feed's reading of the answer does.
    const raw = await (await fetch(SRC)).json();
    const from = new URL(SRC, document.baseURI).href;
    parsing = countUrlParsing();
    for (const story of raw) normalizeArticleFrom(story, from);
    const once = new Map(parsing.counts);
    expect(once.size).to.equal(10);
    parsing.counts.clear();

    const el = await fixture<LedeFeed>(html`<lede-feed limit="10" src=${SRC}></lede-feed>`);
    const cards = () => [...el.shadowRoot!.querySelectorAll('lede-article-card')];
    await until(() => cards().length === 10 && cards().every((card) => part(card, 'link')), 'ten cards');
    await allRendered(document);
    // Each card shows its photo and its credit: the parts the gate checked are on the page.
    for (const card of cards()) {
      expect(part(card, 'photo')!.shadowRoot!.querySelector('img')!.getAttribute('srcset')).to.include(
        'w=640',
      );
      expect(part(card, 'credit')!.shadowRoot!.textContent).to.include('Agency One');
    }
    expect(Object.fromEntries(parsing.counts)).to.deep.equal(Object.fromEntries(once));

    // Rendering again (a theme, every card, photo and credit with it) checks nothing again.
    el.theme = 'dark';
    await allRendered(document);
    expect(part(cards()[0], 'photo')!.getAttribute('theme')).to.equal('dark');
    expect(Object.fromEntries(parsing.counts)).to.deep.equal(Object.fromEntries(once));
  });

  describe('at a refresh', () => {
    const clock = withPollClock();

    it('gates only the story that changed, and hands the cards the same story for the rest', async () => {
      const src = `/test-api/serve?key=${uniqueKey()}&files=feeds/ten-stories.json,feeds/ten-stories-one-changed.json`;
      parsing = countUrlParsing();
      const el = await fixture<LedeFeed>(
        html`<lede-feed limit="10" refresh-interval="30" src=${src}></lede-feed>`,
      );
      const cards = () => [...el.shadowRoot!.querySelectorAll<LedeArticleCard>('lede-article-card')];
      await until(() => cards().length === 10 && cards().every((card) => part(card, 'link')), 'ten cards');
      await allRendered(document);
      const before = new Map(parsing.counts);
      const stories = cards().map((card) => card.article);
      await untilPolling(src);
      await clock().tickAsync(30_000);
      await until(
        () =>
          part(cards()[2], 'headline')?.textContent === 'Students map glacier retreat by drone, and by foot',
        'the refresh',
      );
      await allRendered(document);
      // The third story was gated again; no other was.
      const after = Object.fromEntries(parsing.counts);
      expect(after).to.deep.equal({ ...Object.fromEntries(before), 3: before.get('3')! * 2 });
      expect(cards().map((card) => card.article === stories[cards().indexOf(card)])).to.deep.equal([
        true,
        true,
        false,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
      ]);
      el.remove();
    });
  });

  it('what the gate made passes it as it is, and cannot be changed to pass unchecked', () => {
    parsing = countUrlParsing();
    const { article } = normalizeArticle({
      headline: 'Checked',
      url: 'https://news.lede.example/ten/1',
      image: { src: '/test-assets/photo.svg?story=1' },
    });
    expect(normalizeArticle(article)).to.deep.equal({ article, problems: [] });
    expect(normalizeArticle(article).article).to.equal(article);
    expect(parsing.counts.get('1')).to.equal(2);
    // Frozen, to the image inside: a change made in place throws (modules are strict) and changes nothing.
    expect(() => ((article as { url: string }).url = 'javascript:alert(1)')).to.throw(TypeError);
    expect(() => ((article.image as { src: string }).src = 'javascript:alert(1)')).to.throw(TypeError);
    // A copy is outside data again, and checked as it comes.
    const copy = { ...article, url: 'javascript:alert(1)' };
    const { article: checked, problems } = normalizeArticle(copy);
    expect(checked.url).to.equal(undefined);
    expect(problems).to.deep.equal(['url: not an http(s) or relative URL; dropped']);
  });

  it("keeps the stories of the last 100 URLs read for their refreshes, and lets older URLs' go", () => {
    const feed = `https://feeds.lede.example/${uniqueKey()}`;
    // One story per URL, read as a fetched answer is: each answer a new parse of the same JSON.
    const read = (n: number) =>
      gateStories(
        [{ headline: 'Harbour wall finished', url: `https://news.lede.example/${n}` }],
        `${feed}/${n}`,
      ).first(1)[0];
    const first = read(0);
    // A refresh of the same URL hands on the same story: it is not gated again.
    expect(read(0)).to.equal(first);
    let newest = first;
    for (let n = 1; n <= 100; n++) newest = read(n);
    expect(read(100), 'the newest URL').to.equal(newest);
    // A hundred URLs read since: the first one's stories were let go, so its next answer is gated anew.
    const again = read(0);
    expect(again).to.not.equal(first);
    expect(again).to.deep.equal(first);
  });
});
