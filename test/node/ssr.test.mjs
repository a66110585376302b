// Server rendering: every element renders in Node, through @lit-labs/ssr, to
// declarative shadow DOM that already holds its content. (The browser test
// test/browser/ssr-hydration.test.ts checks that such a page hydrates.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

await import('../../dist/define.js');
// A server renders the languages it registered up front, as an app would.
await import('../../dist/locales/fa.js');

/** What a reader would see: the markup without styles, tags and Lit's comments. */
function text(markup) {
  return markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

async function ssr(template) {
  return collectResult(render(template));
}

describe('server rendering', () => {
  it('renders <lede-source-credit> in its language, right to left', async () => {
    const markup = await ssr(
      html`<lede-source-credit lang="fa" sources="Reuters, TASS"></lede-source-credit>`,
    );
    assert.match(markup, /<template shadowroot(mode)?="open"/);
    assert.match(markup, /dir="rtl"/);
    assert.match(text(markup), /با گزارش‌هایی از Reuters و TASS/);
  });

  it('renders <lede-article-card> with its headline link, photo and credit', async () => {
    const markup = await ssr(
      html`<lede-article-card
        headline="Lake ferry returns"
        href="https://news.lede.example/ferry"
        kicker="World"
        published="2020-03-21T09:30:00Z"
        image-src="/ferry.jpg"
        image-alt="A ferry"
        sources="Caspian Wire"
      ></lede-article-card>`,
    );
    assert.match(markup, /<a class="link" part="link" href="https:\/\/news\.lede\.example\/ferry"/);
    assert.match(text(markup), /World Lake ferry returns Mar 21, 2020/);
    // Nested elements are rendered too, with their own shadow roots.
    assert.match(markup, /<lede-photo[^>]*>\s*<template shadowroot(mode)?="open"/);
    assert.match(text(markup), /With reporting by Caspian Wire/);
  });

  it("renders a card's photo and credit in the card's language, as the browser does", async () => {
    const markup = await ssr(
      html`<lede-article-card
        lang="fa"
        headline="کشتی دریاچه برگشت"
        href="/fa/ferry"
        image-src="/ferry.jpg"
        image-alt="بندر"
        sources="Reuters, TASS"
      ></lede-article-card>`,
    );
    // A server has no ancestors to read a language from: the card hands its own down.
    assert.match(text(markup), /با گزارش‌هایی از Reuters و TASS/);
    assert.doesNotMatch(text(markup), /With reporting by/);
    assert.match(markup, /<figure class="root" part="base" lang="fa" dir="rtl"/);
  });

  it("renders a feed's cards in the feed's language, as the browser does", async () => {
    const story = {
      headline: 'کشتی دریاچه برگشت',
      url: '/fa/ferry',
      breaking: true,
      sources: ['Reuters', 'TASS'],
    };
    const markup = await ssr(html`<lede-feed lang="fa" .items=${[story]}></lede-feed>`);
    assert.match(text(markup), /خبر فوری/);
    assert.match(text(markup), /با گزارش‌هایی از Reuters و TASS/);
    assert.doesNotMatch(text(markup), /Breaking News|With reporting by/);
  });

  it('renders <lede-photo> with its space reserved', async () => {
    const markup = await ssr(
      html`<lede-photo src="/a.jpg" alt="Hills" caption="Dawn." credit="Lede" ratio="4:3"></lede-photo>`,
    );
    assert.match(markup, /aspect-ratio:\s*4 \/ 3/);
    assert.match(markup, /<img[^>]+src="\/a\.jpg"/);
    assert.match(text(markup), /Dawn\. Photo: Lede/);
  });

  it('renders <lede-breaking-banner> from attributes', async () => {
    const markup = await ssr(
      html`<lede-breaking-banner headline="Power back" href="/power"></lede-breaking-banner>`,
    );
    assert.match(text(markup), /Breaking News Power back/);
    assert.match(markup, /aria-label="Dismiss"/);
  });

  it("renders <lede-feed> with the partner's fallback (stories load in the browser)", async () => {
    const markup = await ssr(html`<lede-feed src="/feed.xml"><a href="/world">World news</a></lede-feed>`);
    assert.match(markup, /<slot><\/slot>/);
    assert.match(markup, /<a href="\/world">World news<\/a>/);
  });

  it('never renders an unsafe URL on the server either', async () => {
    const markup = await ssr(
      html`<lede-article-card headline="X" href="javascript:alert(1)"></lede-article-card>`,
    );
    // The partner's own attribute stays on the host; nothing in the shadow DOM links to it.
    assert.doesNotMatch(markup.slice(markup.indexOf('<template')), /javascript:/);
  });
});
