import { expect } from '@open-wc/testing';
import { part, until } from '../support/helpers.js';

/**
 * The partner's view of language packs: a page that loads the built CDN file
 * from /test-packs/<mode>/ (test/support/pack-faults.mjs), which fetches each
 * language's pack from locales/ beside it, checked against the manifest's hashes.
 */
type PackWindow = Window &
  typeof globalThis & {
    errors: Array<{ reason: string; message: string }>;
    warnings: string[];
    LedeWidgets: { registerTranslation(lang: string, strings: object): void };
    registerTranslation(lang: string, strings: object): void;
  };

interface PageOptions {
  script?: 'lede-widgets.js' | 'lede-widgets.classic.js';
  /** The page's own language. */
  lang?: string;
  /** Put into <head> before the CDN file. */
  head?: string;
  /** Put into <head> after the CDN file. */
  after?: string;
}

function pageWith(mode: string, body: string, options: PageOptions = {}): Promise<PackWindow> {
  const { script = 'lede-widgets.js', lang = 'en', head = '', after = '' } = options;
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 600px';
    const tag = script.endsWith('classic.js') ? '<script' : '<script type="module"';
    frame.srcdoc = `<!doctype html><html lang="${lang}"><head>
      <script>
        window.errors = []; addEventListener('lede-error', (e) => errors.push(e.detail));
        window.warnings = []; const warn = console.warn.bind(console);
        console.warn = (...args) => { warnings.push(args.join(' ')); warn(...args); };
      </script>
      ${head}${tag} src="/test-packs/${mode}/${script}"></script>${after}</head><body>${body}</body></html>`;
    frame.addEventListener('load', () => resolve(frame.contentWindow as PackWindow), { once: true });
    document.body.append(frame);
  });
}

const base = (el: Element | null) => el?.shadowRoot?.querySelector<HTMLElement>('[part~="base"]') ?? null;
const text = (el: Element | null) =>
  base(el)
    ?.textContent?.replace(/[\u200e\u200f]/g, '')
    .trim();
const requests = (win: Window, name: string) =>
  win.performance
    .getEntriesByType('resource')
    .filter((entry) => entry.name.endsWith(`/locales/${name}`)) as PerformanceResourceTiming[];
const requested = (win: Window, name: string) => requests(win, name).length;
const packsUrl = (mode: string) => `${location.origin}/test-packs/${mode}/locales/`;

/** Plain-http pages have no `crypto.subtle`: put before the CDN file, this page has none either. */
const WITHOUT_SUBTLE = `<script>Object.defineProperty(Crypto.prototype, 'subtle', { get: () => undefined });</script>`;

describe('language packs from the CDN file', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('fetches a language once per page, however many elements need it', async () => {
    const credits = Array.from(
      { length: 30 },
      (_, i) => `<lede-source-credit lang="ka" sources="Reuters, Interfax, TASS${i}"></lede-source-credit>`,
    ).join('');
    const win = await pageWith(
      'ok',
      `${credits}<lede-article-card lang="ka" headline="H" breaking></lede-article-card>`,
    );
    const all = [...win.document.querySelectorAll('lede-source-credit, lede-article-card')];
    // The card's story shows at once; its flag, the pack's word, comes with the pack.
    await until(
      () => all.every((el) => base(el) !== null) && !!base(all.at(-1)!)!.querySelector('[part~="breaking"]'),
      'every Georgian element',
    );
    expect(text(all[0])).to.equal('წყაროები: Reuters, Interfax და TASS0');
    expect(base(all.at(-1)!)!.querySelector('[part~="breaking"]')!.textContent).to.equal('სასწრაფო ამბავი');
    expect(requested(win, 'manifest.json')).to.equal(1);
    expect(requested(win, 'ka.json')).to.equal(1);
    expect(
      win.performance.getEntriesByType('resource').filter((e) => e.name.includes('/locales/')),
    ).to.have.length(2);
    expect(win.errors).to.deep.equal([]);
    expect(win.warnings).to.deep.equal([]);
  });

  it('fetches nothing for English', async () => {
    const win = await pageWith('ok', '<lede-source-credit sources="AP, AFP"></lede-source-credit>');
    const credit = win.document.querySelector('lede-source-credit');
    await until(() => base(credit) !== null, 'the credit');
    expect(text(credit)).to.equal('With reporting by AP and AFP');
    expect(
      win.performance.getEntriesByType('resource').filter((e) => e.name.includes('/locales/')),
    ).to.deep.equal([]);
  });

  it("puts names into a pack's list patterns as written, $& and {1} included", async () => {
    const win = await pageWith(
      'ok',
      `<lede-source-credit lang="hy" sources="A $& B, C $' D, E $$ {1}"></lede-source-credit>`,
    );
    const credit = win.document.querySelector('lede-source-credit');
    await until(() => base(credit) !== null, 'the Armenian credit');
    expect(text(credit)).to.equal("Աղբյուրներ՝ A $& B, C $' D և E $$ {1}");
  });

  it('finds its packs beside the classic script too', async () => {
    const win = await pageWith(
      'ok',
      '<lede-source-credit lang="hy" sources="AP, AFP"></lede-source-credit>',
      {
        script: 'lede-widgets.classic.js',
      },
    );
    const credit = win.document.querySelector('lede-source-credit');
    await until(() => base(credit) !== null, 'the Armenian credit');
    expect(text(credit)).to.equal('Աղբյուրներ՝ AP և AFP');
  });

  it("starts loading the page language's pack when the script runs, before any element asks", async () => {
    const win = await pageWith('ok', '<p>No element yet.</p>', { lang: 'ka' });
    await until(() => requested(win, 'ka.json') === 1, 'the Georgian pack');
    expect(requested(win, 'manifest.json')).to.equal(1);
    // An element added later renders in Georgian without asking again.
    win.document.body.insertAdjacentHTML(
      'beforeend',
      '<lede-source-credit sources="AP, AFP"></lede-source-credit>',
    );
    const credit = win.document.querySelector('lede-source-credit');
    await until(() => base(credit) !== null, 'the Georgian credit');
    expect(text(credit)).to.equal('წყაროები: AP და AFP');
    expect(requested(win, 'ka.json')).to.equal(1);
  });

  it('fetches the pack while the manifest is still on its way, and checks it against the manifest', async () => {
    const win = await pageWith(
      'slow-manifest-800',
      '<lede-source-credit lang="ka" sources="AP, AFP"></lede-source-credit>',
    );
    const credit = win.document.querySelector('lede-source-credit');
    await until(() => base(credit) !== null, 'the Georgian credit');
    const [manifest] = requests(win, 'manifest.json');
    const [pack] = requests(win, 'ka.json');
    expect(pack.startTime).to.be.below(manifest.responseEnd);
    expect(pack.responseEnd).to.be.below(manifest.responseEnd);
    expect(text(credit)).to.equal('წყაროები: AP და AFP');
  });

  it('without crypto.subtle (plain http), lets the browser check the pack once the manifest has come', async () => {
    const win = await pageWith(
      'slow-manifest-300',
      '<lede-source-credit lang="ka" sources="AP, AFP"></lede-source-credit>',
      { head: WITHOUT_SUBTLE },
    );
    const credit = win.document.querySelector('lede-source-credit');
    await until(() => base(credit) !== null, 'the Georgian credit');
    const [manifest] = requests(win, 'manifest.json');
    const [pack] = requests(win, 'ka.json');
    expect(pack.startTime).to.be.at.least(manifest.responseEnd);
    expect(text(credit)).to.equal('წყაროები: AP და AFP');
    expect(win.warnings).to.deep.equal([]);
  });

  /** Each fault: which files of locales/ it breaks for a page with a Georgian and an Avar credit (Avar falls back to Russian). */
  const FAULTS = [
    { mode: 'missing', broken: ['ka.json', 'av.json', 'ru.json'], problem: 'answered HTTP 404' },
    { mode: 'tampered', broken: ['ka.json', 'av.json', 'ru.json'], problem: 'does not match its hash' },
    { mode: 'no-manifest', broken: ['manifest.json'], problem: 'answered HTTP 404' },
    { mode: 'tampered-manifest', broken: ['manifest.json'], problem: 'does not match its hash' },
  ];
  for (const { mode, broken, problem } of FAULTS) {
    for (const subtle of [true, false]) {
      it(`${mode}${subtle ? '' : ', without crypto.subtle'}: falls back along the chain, fires lede-error, and says once per file what to do`, async () => {
        const win = await pageWith(
          mode,
          `<lede-source-credit id="ka" lang="ka" sources="AP, AFP"></lede-source-credit>
           <lede-source-credit id="av" lang="av" sources="AP, AFP"></lede-source-credit>`,
          { head: subtle ? '' : WITHOUT_SUBTLE },
        );
        const ka = win.document.getElementById('ka');
        const av = win.document.getElementById('av');
        await until(() => base(ka) !== null && base(av) !== null, 'both credits');
        // Georgian falls back to English, the end of every chain; Avar to Russian, whose pack fails too.
        expect(text(ka)).to.equal('With reporting by AP and AFP');
        expect(text(av)).to.equal('With reporting by AP and AFP');
        expect(win.errors.map((error) => error.reason)).to.deep.equal(['language', 'language', 'language']);
        expect(win.errors.map((error) => error.message).join(' '))
          .to.include('ka')
          .and.include('av')
          .and.include('ru');
        // Without crypto.subtle the browser fetches with `integrity`, and a 404 or wrong bytes are one failure to the page.
        const expected = subtle ? problem : 'could not be loaded or checked';
        await until(() => win.warnings.length >= broken.length, 'a warning for each broken pack');
        expect(win.warnings).to.have.length(broken.length);
        for (const file of broken) {
          const said = win.warnings.filter((warning) => warning.includes(`${packsUrl(mode)}${file} `));
          expect(said, file).to.have.length(1);
          expect(said[0]).to.include(expected).and.include('copy the locales/ folder of the same release');
        }
      });
    }
  }

  // Changed on purpose (issue #23): a card no longer keeps its fallback while
  // its pack loads; its story shows at once and only the pack's words wait.
  it('shows a Russian card at once, never in English, and fills in its words without a shift', async () => {
    const win = await pageWith(
      'slow-1500',
      `<lede-article-card id="card" lang="ru" headline="Паром вернулся" href="/s" kicker="Мир" breaking
         summary="Паром снова ходит." authors="Анна Петрова, Олег Смирнов" published="2026-03-18T08:00:00Z"
         sources="Рейтер, ТАСС" image-src="/test-assets/photo.svg" image-alt="Паром" image-width="1600"
         image-height="900"><a href="/s">Паром вернулся</a></lede-article-card>
       <lede-source-credit id="credit" lang="ru" sources="Рейтер, ТАСС" publisher="Леде"
         >Источники: Рейтер и ТАСС</lede-source-credit>
       <p id="after">Дальше</p>`,
      // The pre-upgrade stylesheet, as on a partner's page: the boxes are the elements' from the first frame.
      { lang: 'ru', head: '<link rel="stylesheet" href="/dist/cdn/lede-widgets.css">' },
    );
    const doc = win.document;
    const card = doc.getElementById('card')!;
    const credit = doc.getElementById('credit')!;
    const after = doc.getElementById('after')!;
    const shifts: number[] = [];
    const addShifts = (entries: PerformanceEntryList) =>
      entries.forEach((entry) => shifts.push((entry as PerformanceEntry & { value: number }).value));
    const shiftObserver = new win.PerformanceObserver((list) => addShifts(list.getEntries()));
    if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
      shiftObserver.observe({ type: 'layout-shift', buffered: true });
    }
    // Everything a reader could see or hear in the card's shadow trees (the
    // photo's and the credit's included): text, labels and titles.
    const cardWords = () => {
      const words: string[] = [];
      const walk = (root: ShadowRoot) =>
        root.querySelectorAll('*').forEach((el) => {
          for (const name of ['aria-label', 'title', 'alt']) words.push(el.getAttribute(name) ?? '');
          if (el.shadowRoot) walk(el.shadowRoot);
        });
      if (card.shadowRoot) {
        words.push(card.shadowRoot.textContent ?? '');
        walk(card.shadowRoot);
        card.shadowRoot.querySelectorAll('*').forEach((el) => words.push(el.shadowRoot?.textContent ?? ''));
      }
      return words.join(' ');
    };
    // Every frame and every change inside the card, from before the script
    // defines it until its words have come: what it showed each time.
    const seen: string[] = [];
    const observed = new WeakSet<Node>();
    const observer = new win.MutationObserver(() => seen.push(cardWords()));
    const watchRoots = (root: ParentNode) =>
      root.querySelectorAll('*').forEach((el) => {
        if (!el.shadowRoot || observed.has(el.shadowRoot)) return;
        observed.add(el.shadowRoot);
        observer.observe(el.shadowRoot, {
          childList: true,
          subtree: true,
          characterData: true,
          attributes: true,
        });
        watchRoots(el.shadowRoot);
      });
    let watching = true;
    const onFrame = () => {
      watchRoots(doc);
      seen.push(cardWords());
      if (watching) win.requestAnimationFrame(onFrame);
    };
    onFrame();

    await win.customElements.whenDefined('lede-article-card');
    await until(() => part(card, 'headline') !== null, 'the Russian card');
    // The story is there before its pack: headline, summary, kicker (waiting
    // with the flag before it) and photo; the credit keeps the page's fallback.
    const flag = () => part(card, 'breaking');
    expect(flag() === null, 'the flag before its pack').to.equal(true);
    expect(part(card, 'summary')!.textContent).to.equal('Паром снова ходит.');
    expect(part(card, 'photo')!.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(base(credit) === null, 'the credit before its pack').to.equal(true);
    const cardBox = card.getBoundingClientRect().height;
    const creditBox = credit.getBoundingClientRect().height;
    const afterTop = after.getBoundingClientRect().top;

    await until(() => flag() !== null && base(credit) !== null, 'the Russian words');
    // Two frames more: the words drawn, and any shift they caused recorded (taken below, not waited for).
    await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
    addShifts(shiftObserver.takeRecords());
    shiftObserver.disconnect();
    watching = false;
    observer.disconnect();
    expect(flag()!.textContent).to.equal('Срочная новость');
    expect(part(card, 'kicker')!.textContent).to.equal('Мир');
    expect(text(credit)!.replace(/\s+/g, ' ')).to.equal('По материалам Рейтер и ТАСС Издатель: Леде');
    // The words came into boxes of their size: nothing moved.
    expect(card.getBoundingClientRect().height).to.equal(cardBox);
    expect(credit.getBoundingClientRect().height).to.equal(creditBox);
    expect(after.getBoundingClientRect().top).to.equal(afterTop);
    expect(shifts).to.deep.equal([]);
    // At no moment was a word of English (or any Latin letter) in the card.
    const withLatin = seen.filter((words) => /[A-Za-z]/.test(words));
    expect(withLatin.slice(0, 1)).to.deep.equal([]);
    expect(seen.filter((words) => words.includes('Паром вернулся')).length).to.be.greaterThan(10);
  });
});

describe('strings registered at run time on a CDN page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  const TATAR = `
    <lede-article-card id="card" lang="tt" headline="Казан" href="/s" breaking></lede-article-card>
    <lede-breaking-banner id="banner" lang="tt" headline="Казан" href="/b" published="${new Date().toISOString()}"></lede-breaking-banner>`;
  const flag = (win: Window) =>
    base(win.document.getElementById('card'))?.querySelector('[part~="breaking"]');
  const label = (win: Window) =>
    base(win.document.getElementById('banner'))?.querySelector('[part~="label"]');
  const PACK_WORDS = 'Ашыгыч хәбәр';
  const CORRECTED = 'Соңгы хәбәр';

  it("replace Tatar's Breaking News on a card and a banner already shown, from the ES module's exports", async () => {
    const win = await pageWith('ok', TATAR, {
      after: `<script type="module">
        import { registerTranslation } from '/test-packs/ok/lede-widgets.js';
        window.registerTranslation = registerTranslation;
      </script>`,
    });
    await until(
      () => flag(win)?.textContent === PACK_WORDS && label(win)?.textContent === PACK_WORDS,
      'Tatar',
    );
    win.registerTranslation('tt', { breaking: CORRECTED });
    await until(() => flag(win)?.textContent === CORRECTED, 'the corrected flag');
    await until(() => label(win)?.textContent === CORRECTED, 'the corrected banner label');
    // The import is the module the page already has: one CDN file, one registry.
    expect(
      win.performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/lede-widgets.js')),
    ).to.have.length(1);
  });

  it('win over the pack when registered before it arrives', async () => {
    const win = await pageWith('slow-800', TATAR, {
      after: `<script type="module">
        import { registerTranslation } from '/test-packs/slow-800/lede-widgets.js';
        registerTranslation('tt', { breaking: '${CORRECTED}' });
      </script>`,
    });
    await until(() => flag(win) != null && label(win) != null, 'the Tatar card and banner');
    expect(flag(win)!.textContent).to.equal(CORRECTED);
    expect(label(win)!.textContent).to.equal(CORRECTED);
    expect(requested(win, 'tt.json')).to.equal(1);
  });

  it('are registered through window.LedeWidgets from the classic script', async () => {
    const win = await pageWith('ok', TATAR, { script: 'lede-widgets.classic.js' });
    await until(() => flag(win)?.textContent === PACK_WORDS, 'Tatar');
    win.LedeWidgets.registerTranslation('tt', { breaking: CORRECTED });
    await until(
      () => flag(win)?.textContent === CORRECTED && label(win)?.textContent === CORRECTED,
      'the correction',
    );
  });
});
