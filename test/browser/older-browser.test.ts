import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { allRendered, until } from '../support/helpers.js';

/**
 * A reader at the browser floor (package.json `browserslist`: Chrome and
 * Edge 107, Firefox 104, Safari 16), played by the browser running the test:
 *
 * - the page deletes the APIs above the floor that the code touches before
 *   the CDN file loads (the lint, eslint.config.js, finds each use);
 * - each stylesheet is read as a browser without light-dark(), the lh unit,
 *   round(), :has() and container queries reads it: what uses them is gone,
 *   the rules under `@supports not (…)` apply, those under `@supports (…)`
 *   do not (see `asAnOlderBrowserReadsIt`).
 */
const WITHOUT_NEWER_APIS = `<script>
  delete URL.parse; // Safari 18, Chrome 126, Firefox 126
  delete AbortSignal.any; // Safari 17.4, Chrome 116, Firefox 124
  window.__errors = [];
  addEventListener('error', (event) => __errors.push(event.message));
  addEventListener('unhandledrejection', (event) => __errors.push(String(event.reason)));
  addEventListener('lede-error', (event) => __errors.push(event.detail.message));
</script>`;

const api = (file: string) => `/test-api/serve?file=${file}`;
/** A same-origin page for links to lead to, so that following one can be seen. */
const LANDING = `${api('articles/page.html')}&type=text/html`;

type OldWindow = Window & typeof globalThis & { __errors: string[] };

async function open(head: string, body: string, width = 800): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 900px; border: 0`;
  frame.srcdoc = `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

const part = (el: Element, name: string) =>
  el.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;

/** Values an older browser cannot read: light-dark(), lengths in lh, round(), container units. */
const NEWER_VALUE = /light-dark\(|\dlh\b|round\(|\dcq[iwhb]\b/;

/**
 * A stylesheet's rules as a browser without light-dark(), the lh unit,
 * round(), :has() and container queries reads them: declarations with such
 * values gone (a property dropped, or a custom property that makes whatever
 * uses it invalid: either way nothing of it applies), rules with :has() and
 * @container blocks gone, the rules of each `@supports not (…)` block in its
 * place and every other `@supports` block left out.
 */
function asAnOlderBrowserReadsIt(rules: CSSRuleList): string {
  return [...rules]
    .map((rule) => {
      // A frame's rules are its own window's CSSStyleRule, not this one's: told by name.
      const kind = rule.constructor.name;
      if (kind === 'CSSSupportsRule') {
        const { conditionText, cssRules } = rule as CSSSupportsRule;
        return conditionText.trim().startsWith('not') ? asAnOlderBrowserReadsIt(cssRules) : '';
      }
      if (kind === 'CSSMediaRule') {
        const { conditionText, cssRules } = rule as CSSMediaRule;
        return `@media ${conditionText} { ${asAnOlderBrowserReadsIt(cssRules)} }`;
      }
      if (kind === 'CSSContainerRule') return '';
      if (kind !== 'CSSStyleRule') return rule.cssText;
      const { selectorText, style } = rule as CSSStyleRule;
      if (selectorText.includes(':has(')) return '';
      // Property by property: the CSSOM writes `border: 1px solid` and `border-color: light-dark(…)` as
      // one `border`, which an older browser reads as two, keeping the first.
      const longhands = [...style];
      const declarations = longhands
        .map((name) => [name, style.getPropertyValue(name)])
        .filter(([, value]) => value !== '' && !NEWER_VALUE.test(value))
        .map(([name, value]) => `${name}: ${value}`);
      // A shorthand with var() in it is kept whole: its longhands have no values of their own.
      const shorthands = style.cssText
        .split(/;\s*/)
        .filter((declaration) => /var\(/.test(declaration) && !NEWER_VALUE.test(declaration))
        .filter((declaration) => !longhands.includes(declaration.split(':')[0].trim()));
      return `${selectorText} { ${[...declarations, ...shorthands].join('; ')} }`;
    })
    .join('\n');
}

/** Every element's shadow styles, and the page's own, as an older browser reads them. */
function readAsAnOlderBrowser(doc: Document): void {
  const win = doc.defaultView as OldWindow;
  for (const link of doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) {
    const style = doc.createElement('style');
    style.textContent = asAnOlderBrowserReadsIt(link.sheet!.cssRules);
    link.replaceWith(style);
  }
  const visit = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      if (!el.shadowRoot) continue;
      el.shadowRoot.adoptedStyleSheets = el.shadowRoot.adoptedStyleSheets.map((sheet) => {
        const older = new win.CSSStyleSheet();
        older.replaceSync(asAnOlderBrowserReadsIt(sheet.cssRules));
        return older;
      });
      visit(el.shadowRoot);
    }
  };
  visit(doc);
}

describe('an older browser, at the floor', function () {
  this.timeout(60_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('renders every element from the CDN file without URL.parse or AbortSignal.any, and its links work', async () => {
    const frame = await open(
      `${WITHOUT_NEWER_APIS}<script type="module" src="/dist/cdn/lede-widgets.js"></script>`,
      `<lede-breaking-banner max-age="999999999" src="${api('banner/first.json')}"></lede-breaking-banner>
       <lede-photo src="/test-assets/photo.svg" alt="Hills" caption="The northern lake" credit="Lede"></lede-photo>
       <lede-article-card id="local" headline="Ferry returns" href="${LANDING}" kicker="World"
         image-src="/test-assets/photo.svg" image-alt="Hills" sources="Reuters, AP"></lede-article-card>
       <lede-article-card id="fetched" src="${api('articles/own.json')}"></lede-article-card>
       <lede-source-credit sources="Reuters, Interfax, TASS" publisher="Lede News"
         publisher-href="https://lede.example/"></lede-source-credit>
       <lede-feed src="${api('feeds/articles.json')}"></lede-feed>`,
    );
    const win = frame.contentWindow as OldWindow;
    const doc = frame.contentDocument!;
    expect(typeof (win.URL as { parse?: unknown }).parse, 'URL.parse').to.equal('undefined');
    expect(typeof (win.AbortSignal as { any?: unknown }).any, 'AbortSignal.any').to.equal('undefined');
    const banner = doc.querySelector('lede-breaking-banner')!;
    const fetched = doc.getElementById('fetched')!;
    const feed = doc.querySelector('lede-feed')!;
    const feedCards = () => [...(feed.shadowRoot?.querySelectorAll('lede-article-card') ?? [])];
    await until(
      () =>
        part(banner, 'link') !== null &&
        part(fetched, 'headline') !== null &&
        feedCards().length === 3 &&
        feedCards().every((card) => part(card, 'headline') !== null),
      'the banner, the card and the feed from their URLs',
    );

    expect(part(banner, 'link')!.textContent).to.equal(
      'Power restored to most of the capital after overnight outage',
    );
    expect(part(banner, 'link')!.getAttribute('href')).to.equal('https://news.lede.example/live/power');
    expect(part(fetched, 'link')!.getAttribute('href')).to.equal(
      'https://news.lede.example/world/ferry-returns',
    );
    expect(feedCards().map((card) => part(card, 'link')!.getAttribute('href'))).to.deep.equal([
      'https://news.lede.example/a-1',
      'https://news.lede.example/a-2',
      'https://news.lede.example/a-3',
    ]);
    const photo = doc.querySelector('lede-photo')!;
    await until(() => part(photo, 'frame')?.dataset.status === 'loaded', 'the photo');
    expect(part(photo, 'figcaption')!.textContent).to.contain('The northern lake');
    const credit = doc.querySelector('lede-source-credit')!;
    expect(part(credit, 'base')!.textContent!.replace(/\s+/g, ' ')).to.contain('Reuters, Interfax, and TASS');
    expect(win.__errors).to.deep.equal([]);

    // Following a link: the card's headline leads where its href says.
    const local = doc.getElementById('local')!;
    const navigated = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    part(local, 'link')!.click();
    await navigated;
    expect(frame.contentDocument!.title).to.equal('Not JSON');
  });

  it('keeps every box its size without the lh unit, before and after the script', async () => {
    const body = `<div style="width: 360px">
      <lede-article-card id="card" src="${api('articles/own.json')}&delay=10000"></lede-article-card>
      <lede-breaking-banner id="banner" max-age="999999999" src="${api('banner/first.json')}&delay=10000"></lede-breaking-banner>
      <lede-source-credit id="credit" sources="Reuters, AP" publisher="Lede News"></lede-source-credit>
    </div>`;
    const heights = (doc: Document) =>
      ['card', 'banner', 'credit'].map((id) =>
        Math.round(doc.getElementById(id)!.getBoundingClientRect().height),
      );
    const stylesheet = '<link rel="stylesheet" href="/dist/cdn/lede-widgets.css">';

    // Before the script: the pre-upgrade stylesheet's boxes.
    const current = await open(stylesheet, body);
    const older = await open(stylesheet, body);
    // The styles apply at once: reading a box lays the page out with them.
    readAsAnOlderBrowser(older.contentDocument!);
    const before = heights(current.contentDocument!);
    expect(
      before.every((height) => height > 20),
      `boxes: ${before}`,
    ).to.equal(true);
    expect(heights(older.contentDocument!)).to.deep.equal(before);

    // After it, while the stories load: the elements' skeletons.
    for (const frame of [current, older]) {
      const script = frame.contentDocument!.createElement('script');
      script.type = 'module';
      script.src = '/dist/cdn/lede-widgets.js';
      frame.contentDocument!.head.append(script);
      await until(() => frame.contentWindow!.customElements.get('lede-feed') !== undefined, 'the script');
    }
    // Every element rendered (its stories are 10 s late on purpose), so every shadow root has its styles to replace.
    for (const frame of [current, older]) await allRendered(frame.contentDocument!);
    readAsAnOlderBrowser(older.contentDocument!);
    // lh is laid out to the layout's own fractions of a pixel, the em lengths exactly: half a pixel apart at most.
    const after = heights(current.contentDocument!);
    heights(older.contentDocument!).forEach((height, index) => expect(height).to.be.closeTo(after[index], 1));
    expect(after).to.deep.equal(before);
  });

  it('shows the light palette without light-dark(), and the dark one with theme="dark"', async () => {
    // A page painted dark: an element whose colours did not apply would show the page's light text. It declares
    // no color-scheme, so current browsers show the elements light too (they take the page's scheme).
    const frame = await open(
      `<script type="module" src="/dist/cdn/lede-widgets.js"></script>
       <style>:root { background: #000; color: #fff }</style>`,
      `<lede-article-card id="light" headline="Ferry returns" href="${LANDING}"></lede-article-card>
       <lede-article-card id="dark" theme="dark" headline="Ferry returns" href="${LANDING}"></lede-article-card>
       <lede-breaking-banner id="live" level="live" headline="Polls close" href="${LANDING}"></lede-breaking-banner>
       <lede-photo id="photo" theme="dark" src="/test-assets/photo.svg?delay=5000" alt="Hills"></lede-photo>`,
    );
    const doc = frame.contentDocument!;
    await until(
      () => ['light', 'dark', 'live', 'photo'].every((id) => part(doc.getElementById(id)!, 'base')),
      'the elements',
    );
    const colours = (id: string, name = 'base') => {
      const style = getComputedStyle(part(doc.getElementById(id)!, name)!);
      return [style.color, style.backgroundColor];
    };
    const expected = () => {
      expect(colours('light')).to.deep.equal(['rgb(27, 28, 31)', 'rgb(255, 255, 255)']);
      expect(colours('dark')).to.deep.equal(['rgb(236, 238, 242)', 'rgb(22, 23, 26)']);
      expect(colours('live', 'label')[0]).to.equal('rgb(163, 18, 91)');
      expect(colours('photo', 'frame')[1], 'the photo placeholder').to.equal('rgb(42, 44, 49)');
    };
    expected();
    readAsAnOlderBrowser(doc);
    expected();
  });

  it('rings the focused headline link where there is no :has()', async () => {
    const frame = await open(
      '<script type="module" src="/dist/cdn/lede-widgets.js"></script>',
      `<lede-article-card headline="Ferry returns" href="${LANDING}"></lede-article-card>`,
    );
    const doc = frame.contentDocument!;
    const card = doc.querySelector('lede-article-card')!;
    await until(() => part(card, 'link') !== null, 'the card');
    readAsAnOlderBrowser(doc);
    frame.focus();
    await sendKeys({ press: 'Tab' });
    const link = part(card, 'link')!;
    await until(() => card.shadowRoot!.activeElement === link, 'the link to take focus');
    const style = getComputedStyle(link);
    expect(style.outlineStyle).to.equal('solid');
    expect(style.outlineWidth).to.equal('2px');
  });
});
