// What hostile or careless feeds and pages send, and what the elements make
// of it: no frozen page, no uncaught error, feeds read as feed readers read them. test/support/hostile-api.mjs serves
// the answers.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { LedeArticleCard } from '../../src/article-card/article-card.js';
import type { LedeBreakingBanner } from '../../src/breaking-banner/breaking-banner.js';
import { gateFetchedStories } from '../../src/data/gate-stories.js';
import type { LedeErrorEvent } from '../../src/events/lede-events.js';
import type { LedeFeed } from '../../src/feed/feed.js';
import { parseFeed } from '../../src/feed-formats/parse-feed.js';
import { captureWarnings, part, until } from '../support/helpers.js';

const serve = (file: string, query = '') => `/test-api/serve?file=${file}${query ? `&${query}` : ''}`;

function cards(el: LedeFeed): LedeArticleCard[] {
  return [...el.shadowRoot!.querySelectorAll('lede-article-card')];
}

const headlines = (el: LedeFeed) => cards(el).map((card) => part(card, 'headline')?.textContent);

async function loadedCards(el: LedeFeed, count: number): Promise<LedeArticleCard[]> {
  await until(
    () => cards(el).length === count && cards(el).every((card) => part(card, 'headline') !== null),
    `${count} cards`,
  );
  return cards(el);
}

/** Milliseconds `run` blocks the main thread. */
function blocked(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/**
 * The bound a linear piece of work must keep: ten times what a harmless
 * input of the same length costs, and never less than 300 ms, so a busy
 * machine does not fail it; quadratic cleaning of these inputs takes seconds.
 */
const linearBound = (baseline: number) => Math.max(300, 10 * baseline);

const HOSTILE_URL = 'a' + ' '.repeat(100_000) + 'b';
const HARMLESS_URL = 'a'.repeat(100_002);

describe('hostile and careless data', () => {
  describe('a 100 KB hostile URL', () => {
    it('through an attribute, costs what a harmless one of its length costs', async () => {
      const el = await fixture<LedeArticleCard>(
        html`<lede-article-card headline="Long"></lede-article-card>`,
      );
      const render = async (url: string) => {
        const start = performance.now();
        el.setAttribute('href', url);
        await el.updateComplete;
        return performance.now() - start;
      };
      const harmless = await render(HARMLESS_URL);
      const hostile = await render(HOSTILE_URL);
      expect(hostile).to.be.below(linearBound(harmless));
      expect(part(el, 'link')).to.equal(null);
      expect(part(el, 'headline')!.textContent).to.equal('Long');
    });

    for (const format of ['json', 'rss']) {
      it(`through a fetched ${format === 'json' ? 'JSON Feed' : 'RSS <link>'}, is dropped quickly`, async () => {
        const answer = await fetch(`/hostile-api/long-url?format=${format}`);
        const text = await answer.text();
        const loaded = { url: answer.url, text, contentType: '', notModified: false };
        const gate = (body: string) =>
          gateFetchedStories(parseFeed({ ...loaded, text: body }).items, loaded.url, 'x');
        const warnings = captureWarnings();
        try {
          const harmless = blocked(() => gate(text.replace(HOSTILE_URL, HARMLESS_URL)));
          let stories: ReturnType<typeof gate> = [];
          const hostile = blocked(() => (stories = gate(text)));
          expect(hostile).to.be.below(linearBound(harmless));
          expect(stories.map((story) => [story.headline, story.url])).to.deep.equal([
            ['Long link', undefined],
          ]);
        } finally {
          warnings.restore();
        }
        const el = await fixture<LedeFeed>(
          html`<lede-feed src=${`/hostile-api/long-url?format=${format}`}></lede-feed>`,
        );
        const [card] = await loadedCards(el, 1);
        expect(part(card, 'headline')!.textContent).to.equal('Long link');
        expect(part(card, 'link')).to.equal(null);
      });
    }
  });

  describe('XML', () => {
    it('refuses a feed that declares entities, with lede-error parse saying why', async () => {
      const el = document.createElement('lede-feed');
      el.src = '/hostile-api/entities?refs=1000';
      const error = oneEvent(el, 'lede-error');
      document.body.append(el);
      try {
        const { detail } = (await error) as LedeErrorEvent;
        expect(detail.reason).to.equal('parse');
        expect(detail.message).to.contain('declares XML entities');
        await el.updateComplete;
        expect(cards(el)).to.have.length(0);
      } finally {
        el.remove();
      }
    });

    it('still reads an RSS 0.91 feed with an external DOCTYPE and no entities', async () => {
      const el = await fixture<LedeFeed>(html`<lede-feed src=${serve('feeds/rss-091.xml')}></lede-feed>`);
      await loadedCards(el, 1);
      expect(headlines(el)).to.deep.equal(['An old feed, still read']);
    });

    const prefixes = {
      'a blank line': '\n\n',
      'spaces and a Windows line break': '  \r\n',
      'a byte order mark': '\uFEFF',
      'a blank line, then a byte order mark': '\n\uFEFF',
    };
    for (const [what, prefix] of Object.entries(prefixes)) {
      it(`reads a feed with ${what} before its XML declaration`, async () => {
        const el = await fixture<LedeFeed>(
          html`<lede-feed
            src=${`/hostile-api/prefixed?file=feeds/rss.xml&prefix=${encodeURIComponent(prefix)}`}
          ></lede-feed>`,
        );
        await until(() => cards(el).length > 0 && headlines(el)[0] !== undefined, 'the cards');
        expect(headlines(el)[0]).to.equal('Lake ferry returns after three-week repair');
      });
    }
  });

  describe('<lede-breaking-banner>', () => {
    for (const level of ['constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty']) {
      it(`level="${level}" is read as the default level`, async () => {
        const el = await fixture<LedeBreakingBanner>(
          html`<lede-breaking-banner level=${level} headline="Storm warning"></lede-breaking-banner>`,
        );
        expect(part(el, 'label')!.textContent).to.equal('Breaking News');
        expect(part(el, 'headline')!.textContent).to.equal('Storm warning');
      });
    }
  });
});
