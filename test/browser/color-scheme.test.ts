import '../support/packs.js';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/define.js';
import { part } from '../support/helpers.js';

// The elements take the page's colour scheme (which they inherit), not the
// reader's system's: a page without `color-scheme` stays light.

/** The light and dark text colours of the default palette (base-styles.ts). */
const LIGHT_TEXT = 'rgb(27, 28, 31)';
const DARK_TEXT = 'rgb(236, 238, 242)';

/** Only Chromium's DevTools protocol can make the reader's system dark here (not Firefox's BiDi, not WebDriver): elsewhere the page's own scheme is tried. */
const canEmulate = navigator.userAgent.includes('Chrome');

const textColour = (el: Element) => getComputedStyle(part(el, 'base')!).color;

async function card(pageScheme: string, theme?: string): Promise<Element> {
  document.documentElement.style.colorScheme = pageScheme;
  const el = await fixture(
    html`<lede-article-card
      headline="The ferry runs again"
      url="https://news.example/ferry"
      theme=${ifDefined(theme)}
    ></lede-article-card>`,
  );
  return el;
}

describe('colour scheme', () => {
  afterEach(async () => {
    document.documentElement.style.colorScheme = '';
    if (canEmulate) await emulateMedia({ colorScheme: 'light' });
  });

  if (canEmulate) {
    it("stays light on a page that declares no colour scheme, though the reader's system is dark", async () => {
      await emulateMedia({ colorScheme: 'dark' });
      expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
      expect(textColour(await card(''))).to.equal(LIGHT_TEXT);
    });

    it('follows the reader on a page with color-scheme: light dark', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      expect(textColour(await card('light dark'))).to.equal(DARK_TEXT);
      await emulateMedia({ colorScheme: 'light' });
      expect(textColour(await card('light dark'))).to.equal(LIGHT_TEXT);
    });
  }

  it('is dark on a dark page, light on a light one', async () => {
    expect(textColour(await card('dark'))).to.equal(DARK_TEXT);
    expect(textColour(await card('light'))).to.equal(LIGHT_TEXT);
  });

  it('keeps the scheme theme pins, whatever the page says', async () => {
    expect(textColour(await card('dark', 'light'))).to.equal(LIGHT_TEXT);
    expect(textColour(await card('light', 'dark'))).to.equal(DARK_TEXT);
  });
});
