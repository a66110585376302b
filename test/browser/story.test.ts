// The story rules every element shares (src/story/): one precedence, one
// story key, one fields table, stories checked at every render.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement } from 'lit';
import sinon from 'sinon';
import '../../src/define.js';
import type { LedeArticleCard } from '../../src/article-card/article-card.js';
import type { LedeBreakingBanner } from '../../src/breaking-banner/breaking-banner.js';
import type { LedeFeed } from '../../src/feed/feed.js';
import { STORY_FIELDS, storyFromAttributes, storyProperties } from '../../src/story/fields.js';
import { storyKey } from '../../src/story/story.js';
import { part, seenAs, until, uniqueKey } from '../support/helpers.js';

/** test/fixtures/articles/precedence.json, at a URL no other test uses. */
const fromSrc = () => `/test-api/serve?file=articles/precedence.json&key=${uniqueKey()}`;
const SRC_URL = 'https://news.lede.example/from-src';

const text = (el: Element, name: string) => part(el, name)?.textContent?.trim();
const href = (el: Element) => part<HTMLAnchorElement>(el, 'link')?.getAttribute('href');

describe('the story rules', () => {
  describe('precedence: property, then attributes, then src, field by field', () => {
    it('is the same in the card and the banner', async () => {
      const src = fromSrc();
      for (const tag of ['lede-article-card', 'lede-breaking-banner']) {
        const el = document.createElement(tag) as LedeArticleCard | LedeBreakingBanner;
        el.setAttribute('src', src);
        el.setAttribute('headline', 'From attributes');
        el.setAttribute('kicker', 'Attribute kicker');
        el.article = { headline: 'From the property' };
        document.body.append(el);
        await until(() => href(el) === SRC_URL, `${tag}'s link from src`);
        // The property's headline, the attribute's kicker (the card shows one), src's link.
        expect(text(el, 'headline'), tag).to.equal('From the property');
        if (tag === 'lede-article-card') expect(text(el, 'kicker')).to.equal('Attribute kicker');
        el.article = undefined;
        await el.updateComplete;
        expect(text(el, 'headline'), tag).to.equal('From attributes');
        el.removeAttribute('headline');
        el.removeAttribute('kicker');
        await el.updateComplete;
        expect(text(el, 'headline'), tag).to.equal('From src');
        el.remove();
      }
    });

    it('is the same in the feed: its items property wins over src', async () => {
      const el = await fixture<LedeFeed>(html`<lede-feed src=${fromSrc()}></lede-feed>`);
      const cards = () => [...el.shadowRoot!.querySelectorAll('lede-article-card')];
      await until(() => cards().length === 1 && text(cards()[0], 'headline') === 'From src', 'the feed');
      el.items = [{ headline: 'From the property' }];
      await el.updateComplete;
      await cards()[0].updateComplete;
      expect(text(cards()[0], 'headline')).to.equal('From the property');
    });
  });

  describe('the story key: id, else url, else headline', () => {
    it('is what the banner remembers a dismissal by', async () => {
      const el = await fixture<LedeBreakingBanner>(
        html`<lede-breaking-banner
          .items=${[{ url: 'https://news.lede.example/k', headline: 'First wording' }]}
        ></lede-breaking-banner>`,
      );
      part(el, 'dismiss')!.click();
      await el.updateComplete;
      // The same story (same link), reworded: still dismissed.
      el.items = [{ url: 'https://news.lede.example/k', headline: 'Second wording' }];
      await el.updateComplete;
      expect(part(el, 'base')).to.equal(null);
      expect(storyKey({ url: 'https://news.lede.example/k', headline: 'x' })).to.equal(
        'https://news.lede.example/k',
      );
    });

    it('is what the feed keeps its cards by', async () => {
      const el = await fixture<LedeFeed>(
        html`<lede-feed
          .items=${[{ url: 'https://news.lede.example/k', headline: 'First wording' }]}
        ></lede-feed>`,
      );
      const before = el.shadowRoot!.querySelector('lede-article-card')!;
      el.items = [
        { headline: 'A new story' },
        { url: 'https://news.lede.example/k', headline: 'Second wording' },
      ];
      await el.updateComplete;
      const after = [...el.shadowRoot!.querySelectorAll('lede-article-card')];
      expect(after[1]).to.equal(before);
      await after[1].updateComplete;
      expect(text(after[1], 'headline')).to.equal('Second wording');
    });

    it('is what the card counts an impression by', async () => {
      const el = await fixture<LedeArticleCard>(
        html`<lede-article-card
          .article=${{ url: 'https://news.lede.example/k', headline: 'First wording' }}
        ></lede-article-card>`,
      );
      await oneEvent(el, 'lede-impression');
      // From here the second a card must be seen for runs on a fake clock.
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        const events: Event[] = [];
        el.addEventListener('lede-impression', (event) => events.push(event));
        /** Out of view and back (as the browser's observers report it), then seen for more than a second. */
        const seenAgain = async () => {
          el.hidden = true;
          await seenAs(el, false);
          el.hidden = false;
          await seenAs(el, true);
          await clock.tickAsync(60_000);
        };
        el.article = { url: 'https://news.lede.example/k', headline: 'Second wording' };
        await seenAgain();
        expect(events).to.have.length(0);
        el.article = { url: 'https://news.lede.example/other', headline: 'Another story' };
        await seenAgain();
        expect(events).to.have.length(1);
      } finally {
        clock.restore();
      }
    });
  });

  describe('stories are checked at every render', () => {
    it('shows a change made in place once the element is asked to update', async () => {
      const el = await fixture<LedeArticleCard>(
        html`<lede-article-card
          .article=${{ headline: 'Before', url: 'https://news.lede.example/a' }}
        ></lede-article-card>`,
      );
      el.article!.headline = 'After';
      el.article!.url = 'javascript:alert(1)';
      el.requestUpdate();
      await el.updateComplete;
      expect(text(el, 'headline')).to.equal('After');
      // Still through the data gate: the unsafe link is not used.
      expect(href(el)).to.equal(undefined);
    });

    it('in the banner too', async () => {
      const story = { headline: 'Before', published: new Date().toISOString() };
      const el = await fixture<LedeBreakingBanner>(
        html`<lede-breaking-banner .items=${[story]}></lede-breaking-banner>`,
      );
      story.headline = 'After';
      el.requestUpdate();
      await el.updateComplete;
      expect(text(el, 'headline')).to.equal('After');
    });
  });

  describe('the fields table', () => {
    it('gives each of its rows an attribute, a property, and a place in the story', async () => {
      const tag = `test-story-${uniqueKey()}`;
      class TestStory extends LitElement {
        static override properties = storyProperties();
      }
      customElements.define(tag, TestStory);
      const rows = Object.entries(STORY_FIELDS) as [
        string,
        { field?: string; attribute?: string; type?: unknown },
      ][];
      for (const [name, { field = name, attribute, type }] of rows) {
        const el = document.createElement(tag) as TestStory & Record<string, unknown>;
        const given = type === Number ? '640' : type === Boolean ? '' : 'Ferry at dawn';
        const expected = type === Number ? 640 : type === Boolean ? true : 'Ferry at dawn';
        el.setAttribute(attribute ?? name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`), given);
        document.body.append(el);
        await el.updateComplete;
        expect(el[name], name).to.equal(expected);
        const [group, key] = field.includes('.') ? field.split('.') : [undefined, field];
        const story = storyFromAttributes(el as Parameters<typeof storyFromAttributes>[0])!;
        expect(group ? (story[group] as Record<string, unknown>)[key] : story[key], name).to.equal(expected);
        el.remove();
      }
      // The names the table gives (the attribute when not the property's kebab-case, the field when not its name).
      expect(storyProperties().articleId.attribute).to.equal('article-id');
      expect(storyProperties().updatedAt.attribute).to.equal('updated');
      expect(storyProperties().imageWidth.type).to.equal(Number);
    });
  });

  it("puts the card's list-index in its events' detail as position", async () => {
    const el = await fixture<LedeArticleCard>(
      html`<lede-article-card headline="Story" url="#story" list-index="4"></lede-article-card>`,
    );
    setTimeout(() => part(el, 'link')!.click());
    const event = (await oneEvent(el, 'lede-click')) as CustomEvent<{ position?: number }>;
    expect(event.detail.position).to.equal(4);
  });
});
