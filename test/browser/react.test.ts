// The React wrappers (lede-widgets/react) in React 18, which sets unknown
// props as attributes: the wrappers pass properties and events properly.
// React 19 needs no wrappers; test/node/package-install.test.mjs renders the
// plain elements in React 19.
import '../support/packs.js';
import { expect } from '@open-wc/testing';
import React from 'react';
import ReactDOM from 'react-dom';
import ReactDOMClient, { type Root } from 'react-dom/client';
import { LedeErrorEvent, type LedeClickEvent } from '../../src/events/lede-events.js';
import { LedeArticleCard, LedeBreakingBanner, LedeSourceCredit } from '../../src/react/index.js';
import { part, until } from '../support/helpers.js';

describe('React wrappers (React 18)', () => {
  let container: HTMLElement;
  let root: Root;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = ReactDOMClient.createRoot(container);
  });
  afterEach(() => {
    root.unmount();
    container.remove();
  });

  it('runs in React 18', () => {
    expect(React.version).to.match(/^18\./);
  });

  it('passes an object property, not a stringified attribute', async () => {
    ReactDOM.flushSync(() =>
      root.render(
        React.createElement(LedeArticleCard, {
          article: { headline: 'From React', url: 'https://news.lede.example/react', kicker: 'World' },
          layout: 'compact',
        }),
      ),
    );
    const card = container.querySelector('lede-article-card')!;
    await until(() => part(card, 'headline') !== null, 'the card');
    expect(part(card, 'headline')!.textContent).to.equal('From React');
    expect(card.getAttribute('layout')).to.equal('compact');
    expect(card.hasAttribute('article')).to.equal(false);
  });

  it('calls onLedeClick with the typed event', async () => {
    const clicks: LedeClickEvent[] = [];
    ReactDOM.flushSync(() =>
      root.render(
        React.createElement(LedeArticleCard, {
          headline: 'Click me',
          url: 'https://news.lede.example/click',
          articleId: 'r1',
          onLedeClick: (event: LedeClickEvent) => clicks.push(event),
        }),
      ),
    );
    const card = container.querySelector('lede-article-card')!;
    await until(() => part(card, 'link') !== null, 'the link');
    const stay = (event: Event) => event.preventDefault();
    document.addEventListener('click', stay);
    try {
      part(card, 'link')!.click();
    } finally {
      document.removeEventListener('click', stay);
    }
    expect(clicks.map((event) => event.detail)).to.deep.equal([
      { id: 'r1', url: 'https://news.lede.example/click' },
    ]);
  });

  it('passes arrays to the banner and the credit', async () => {
    ReactDOM.flushSync(() =>
      root.render(
        React.createElement('div', null, [
          React.createElement(LedeBreakingBanner, { key: 'b', items: [{ id: 'x', headline: 'Array item' }] }),
          React.createElement(LedeSourceCredit, { key: 'c', sources: ['AP', 'AFP'], lang: 'ru' }),
        ]),
      ),
    );
    const banner = container.querySelector('lede-breaking-banner')!;
    const credit = container.querySelector('lede-source-credit')!;
    await until(() => part(banner, 'headline') !== null && part(credit, 'list') !== null, 'both elements');
    expect(part(banner, 'headline')!.textContent).to.equal('Array item');
    expect(part(credit, 'list')!.textContent).to.equal('AP и AFP');
  });

  it("takes the credit's sources as comma-separated text, as the attribute does", async () => {
    ReactDOM.flushSync(() =>
      root.render(React.createElement(LedeSourceCredit, { sources: 'Reuters, Interfax, TASS' })),
    );
    const credit = container.querySelector('lede-source-credit')!;
    await until(() => part(credit, 'list') !== null, 'the credit');
    expect(part(credit, 'list')!.textContent).to.equal('Reuters, Interfax, and TASS');
  });

  it('calls onLedeError on every element, the credit included', async () => {
    const reasons: string[] = [];
    ReactDOM.flushSync(() =>
      root.render(
        React.createElement(LedeSourceCredit, {
          sources: ['AP'],
          onLedeError: (event: LedeErrorEvent) => reasons.push(event.detail.reason),
        }),
      ),
    );
    const credit = container.querySelector('lede-source-credit')!;
    await until(() => part(credit, 'list') !== null, 'the credit');
    // What the credit's language controller fires when a pack fails (test/node/react18-app.test.mjs makes one fail).
    credit.dispatchEvent(new LedeErrorEvent({ reason: 'language', message: 'the pack failed' }));
    expect(reasons).to.deep.equal(['language']);
  });
});
