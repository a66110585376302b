// `npm run partner`: what the widgets cost a partner's readers, on the
// partner test page (test/support/partner-page.mjs: the pre-upgrade
// stylesheet and the CDN script in the <head> as the README has them, the
// script a second late, slow JSON, late images, the language pack 800 ms
// late), in Debian's Chromium. Run `npm run build` first: it serves dist/.
//
// 1. The static copy still looks like the page: each language's page, once
//    settled, and its static copy (`static=1`: the same widgets rendered by
//    the server, no script) are screenshot whole and compared pixel by pixel.
// 2. The page with the widgets against its static copy, English and Russian
//    (`--lang fa` or `--lang fa,ka` for others), in alternating rounds, each
//    visit in a fresh browser context, at full CPU speed and with the CPU
//    slowed 4× (`Emulation.setCPUThrottlingRate`, as on a mid-range phone).
//    Each visit is traced from navigation until the network has been idle
//    for a second, and read by bench/main-thread.mjs: main-thread time
//    (every task), of which script (microtasks included) and style and
//    layout, and the longest task. The layout shift is the sum of
//    Chromium's `layout-shift` entries without recent input (the page's own
//    recorder; its geometric sampler is left out, as it would time itself).
//    Medians, with the ratio of each to the static copy.
// 3. Time from the script to the first full render of a card by attributes,
//    in each language but English (bench/first-full-render.mjs has the
//    definition and the steps on the way), at full speed and 4× slower on
//    the same page, and once more with the pack not held back but every
//    request taking at least ROUND_TRIP_MS (`Network.emulateNetworkConditions`'
//    latency), as on a phone's connection: there the requests the language
//    needs after the script show as one round trip each.
// 4. How many times each element rendered, by tag, on one visit a language
//    (bench/element-updates.mjs), beside how many of each the page has: each
//    render past an element's first is one for a change.
// 5. The README's own example card (`page=readme-card`): its layout shift at
//    375 px and 1280 px.
//
// Options: --rounds N (5), --lang ru (the languages beside English), --scrolled
// (the reader starts scrolled to the cards), --check (exit 1 if a target is
// missed). The targets are in TARGETS below, and CONTRIBUTING.md says why.
import { startDevServer } from '@web/dev-server';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { ensureBrowsers } from '../scripts/ensure-browsers.mjs';
import { launchChromium } from '../test/support/example-pages.mjs';
import { partnerPage } from '../test/support/partner-page.mjs';
import { PARTNER_LANGUAGES } from '../test/support/partner-texts.mjs';
import { testApi } from '../test/support/test-api.mjs';
import { testAssets } from '../test/support/test-assets.mjs';
import { countElementUpdates, readElementUpdates } from './element-updates.mjs';
import { readFirstCard, watchFirstCard } from './first-full-render.mjs';
import { mainThreadTime, TRACE_CATEGORIES } from './main-thread.mjs';
import { median } from './median.mjs';

const argument = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : process.argv[index + 1];
};
const ROUNDS = Number(argument('--rounds', 5));
const LANGUAGES = ['en', ...argument('--lang', 'ru').split(',')];
const SCROLLED = process.argv.includes('--scrolled');
const VIEWPORT = { width: 412, height: 800 };
const SPEEDS = [1, 4];
const ROUND_TRIP_MS = 150;
/** The network is idle this long once the page has all it asked for; then the visit ends. */
const QUIET_MS = 1000;
const SCREENSHOTS = '.test-results/partner';

/** The project's targets for a partner's page (CONTRIBUTING.md, "Benchmarks"). */
const TARGETS = { ratio: 2.0, longestTaskAt4x: 200, cls: 0.01 };

for (const lang of LANGUAGES) {
  if (!PARTNER_LANGUAGES[lang]) {
    console.error(`The partner page has no "${lang}": ${Object.keys(PARTNER_LANGUAGES).join(', ')}.`);
    process.exit(1);
  }
}
if (!existsSync('dist/cdn/lede-widgets.js') || !existsSync('dist/define.js')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
ensureBrowsers();

const server = await startDevServer({
  config: { rootDir: '.', port: 0, middleware: [testAssets, testApi, partnerPage] },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await launchChromium();
const origin = `http://localhost:${server.server.address().port}`;
const pageUrl = (query) => `${origin}/test-partner/page.html?geometry=0&${query}`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A page in a fresh browser context, CPU slowed `speed`×; `use(page, session)` gives the result. */
async function inFreshPage({ speed = 1, viewport = VIEWPORT, roundTrip = 0 }, use) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(viewport);
    const session = await page.createCDPSession();
    await session.send('Emulation.setCPUThrottlingRate', { rate: speed });
    if (roundTrip > 0) {
      await session.send('Network.enable');
      await session.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: roundTrip,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
    }
    return await use(page, session);
  } finally {
    await context.close();
  }
}

/** Whether every widget shows its story (read the same way on the page and on its static copy). */
function widgetsShown() {
  const all = (selector, scope = document) => [...scope.querySelectorAll(selector)];
  const feeds = all('lede-feed');
  const feedCards = feeds.flatMap((feed) =>
    feed.shadowRoot ? all('lede-article-card', feed.shadowRoot) : [],
  );
  return (
    feeds.every((feed) => feed.shadowRoot?.querySelector('lede-article-card')) &&
    [...all('lede-article-card'), ...feedCards].every((card) =>
      card.shadowRoot?.querySelector('[part~="headline"]'),
    ) &&
    all('lede-breaking-banner').every((banner) => banner.shadowRoot?.querySelector('[part~="link"]'))
  );
}

/**
 * Until nothing has been asked of the network for QUIET_MS and every widget
 * shows its story (a slowed CPU can leave the network quiet while the
 * script runs). Resolves to whether they all do, within 30 s.
 */
async function settle(page) {
  const deadline = Date.now() + 30_000;
  do {
    await page.waitForNetworkIdle({ idleTime: QUIET_MS, timeout: 30_000 });
    if (await page.evaluate(widgetsShown)) return true;
  } while (Date.now() < deadline);
  return false;
}

/** One traced visit: main-thread time by kind, the longest task, the layout shift. */
function tracedVisit(query, speed) {
  return inFreshPage({ speed }, async (page) => {
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    await page.goto(`${pageUrl(query)}${SCROLLED ? '#cards' : ''}`, { waitUntil: 'load' });
    const shown = await settle(page);
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
    return { ...mainThreadTime(trace), cls: await page.evaluate(() => window.__layout.observed), shown };
  });
}

/** Pixels that differ between two PNG screenshots, counted in the browser: `{ differing, total }`. */
async function comparePixels(first, second) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async (a, b) => {
        const pixels = async (base64) => {
          const image = new Image();
          image.src = `data:image/png;base64,${base64}`;
          await image.decode();
          const canvas = new OffscreenCanvas(image.width, image.height);
          const context = canvas.getContext('2d');
          context.drawImage(image, 0, 0);
          return context.getImageData(0, 0, image.width, image.height);
        };
        const [one, two] = await Promise.all([pixels(a), pixels(b)]);
        if (one.width !== two.width || one.height !== two.height) {
          return { differing: Infinity, total: one.width * one.height, sizes: [one.height, two.height] };
        }
        let differing = 0;
        for (let i = 0; i < one.data.length; i += 4) {
          const distance =
            Math.abs(one.data[i] - two.data[i]) +
            Math.abs(one.data[i + 1] - two.data[i + 1]) +
            Math.abs(one.data[i + 2] - two.data[i + 2]);
          if (distance > 24) differing++;
        }
        return { differing, total: one.width * one.height };
      },
      first.toString('base64'),
      second.toString('base64'),
    );
  } finally {
    await page.close();
  }
}

/** The whole page once settled, every lazy image in view and loaded. */
function screenshot(query, width) {
  return inFreshPage({ viewport: { ...VIEWPORT, width } }, async (page) => {
    await page.goto(pageUrl(query), { waitUntil: 'load' });
    await settle(page);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewport({ width, height });
    await settle(page);
    // The photos' fade-in.
    await sleep(500);
    return Buffer.from(await page.screenshot());
  });
}

/** Step 1: does each static copy look like its page? Both screenshots are kept where they differ. */
async function checkLooks() {
  const results = [];
  for (const [name, query, width] of [
    ...LANGUAGES.map((lang) => [`partner page, ${lang}`, `lang=${lang}`, VIEWPORT.width]),
    ['README card, 375 px', 'page=readme-card', 375],
  ]) {
    const live = await screenshot(`${query}&script=1`, width);
    const copy = await screenshot(`${query}&static=1`, width);
    const { differing, total } = await comparePixels(live, copy);
    let note = '';
    if (differing > 0) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const file = `${SCREENSHOTS}/${query.replace(/\W+/g, '-')}`;
      writeFileSync(`${file}-widgets.png`, live);
      writeFileSync(`${file}-static.png`, copy);
      note = `  (both in ${file}-*.png)`;
    }
    const share =
      differing === Infinity
        ? 'a different height'
        : `${((100 * differing) / total).toFixed(2)}% of pixels differ`;
    results.push(`  ${name.padEnd(22)} ${differing === 0 ? 'identical' : share}${note}`);
  }
  return results;
}

/** Step 2: the rounds. `runs[speed][lang][variant]` is a list of visits. */
async function measureRounds() {
  const runs = {};
  for (const speed of SPEEDS) {
    runs[speed] = Object.fromEntries(LANGUAGES.map((lang) => [lang, { widgets: [], static: [] }]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const lang of LANGUAGES) {
        // Alternating which goes first, so that a busy moment on the machine falls on both.
        const variants = round % 2 === 0 ? ['widgets', 'static'] : ['static', 'widgets'];
        for (const variant of variants) {
          const query = `lang=${lang}&${variant === 'static' ? 'static=1' : 'script=1'}`;
          runs[speed][lang][variant].push(await tracedVisit(query, speed));
        }
      }
      process.stderr.write(`  CPU ${speed}×: round ${round + 1} of ${ROUNDS}\n`);
    }
  }
  return runs;
}

/** Step 3: the card's first full render, visit by visit. */
async function measureFirstRender(lang, conditions) {
  const visits = [];
  for (let round = 0; round < ROUNDS; round++) {
    visits.push(
      await inFreshPage(conditions, async (page) => {
        await page.evaluateOnNewDocument(watchFirstCard);
        const packDelay = conditions.packDelay === undefined ? '' : `&pack-delay=${conditions.packDelay}`;
        await page.goto(pageUrl(`lang=${lang}&script=1${packDelay}`), { waitUntil: 'load' });
        await settle(page);
        return page.evaluate(readFirstCard);
      }),
    );
  }
  return visits;
}

/** Step 4: each element's renders on one visit, by tag, at full speed (bench/element-updates.mjs). */
function countUpdates(lang) {
  return inFreshPage({}, async (page) => {
    await page.evaluateOnNewDocument(countElementUpdates);
    await page.goto(pageUrl(`lang=${lang}&script=1`), { waitUntil: 'load' });
    await settle(page);
    return page.evaluate(readElementUpdates);
  });
}

/** Step 5: the README card's layout shift at a width. */
async function measureReadmeCard(width) {
  const shifts = [];
  for (let round = 0; round < ROUNDS; round++) {
    shifts.push(
      await inFreshPage({ viewport: { width, height: VIEWPORT.height } }, async (page) => {
        await page.goto(pageUrl('page=readme-card&script=1'), { waitUntil: 'load' });
        await settle(page);
        return page.evaluate(() => window.__layout.observed);
      }),
    );
  }
  return median(shifts);
}

// ----- printing -----

const ms = (value) => (value === undefined ? '—' : value.toFixed(0));
const shift = (value) => (value === undefined ? '—' : value.toFixed(4));
const times = (value) => (value === undefined || !Number.isFinite(value) ? '' : `${value.toFixed(2)}×`);
const languageName = (lang) => `${new Intl.DisplayNames(['en'], { type: 'language' }).of(lang)} (${lang})`;
const missed = [];

/** A verdict over every language: `met`, or which miss it (remembered for --check). */
function verdict(name, failing) {
  if (failing.length === 0) return 'met';
  missed.push(`${name} (${failing.join(', ')})`);
  return `NOT MET (${failing.join(', ')})`;
}

/**
 * Prints rows of cells as columns: the first and last left-aligned, the
 * others right-aligned. A row of one cell is a heading across the table.
 */
function printTable(rows) {
  const widths = [];
  for (const row of rows.filter((cells) => cells.length > 1)) {
    row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, cell.length)));
  }
  for (const row of rows) {
    if (row.length === 1) {
      console.log(row[0]);
      continue;
    }
    const last = row.length - 1;
    const cells = row.map((cell, index) =>
      index === 0 || index === last ? cell.padEnd(widths[index]) : cell.padStart(widths[index]),
    );
    console.log(cells.join('  ').trimEnd());
  }
}

const ELEMENT_COLUMNS = [
  ['lede-article-card', 'card'],
  ['lede-photo', 'photo'],
  ['lede-source-credit', 'credit'],
  ['lede-breaking-banner', 'banner'],
  ['lede-feed', 'feed'],
];

function printUpdates(byLanguage) {
  const rows = [['', ...ELEMENT_COLUMNS.map(([, name]) => name), 'all', '']];
  const sum = (counts) => Object.values(counts).reduce((total, count) => total + count, 0);
  for (const [lang, { updates, elements }] of byLanguage) {
    rows.push([
      `  ${languageName(lang)}, renders`,
      ...ELEMENT_COLUMNS.map(([tag]) => String(updates[tag] ?? 0)),
      String(sum(updates)),
      '',
    ]);
    rows.push([
      '    elements',
      ...ELEMENT_COLUMNS.map(([tag]) => String(elements[tag] ?? 0)),
      String(sum(elements)),
      '',
    ]);
  }
  printTable(rows);
}

function printRounds(runs) {
  const keys = [
    ...['total', 'script', 'styleAndLayout', 'other', 'cpu', 'cls'],
    ...['longestTask', 'longestTaskScript', 'longestTaskStyleAndLayout', 'longestTaskOther'],
  ];
  const rows = [
    ['', ...LANGUAGES.flatMap((lang) => ['', languageName(lang), '', '│']), 'target'],
    ['', ...LANGUAGES.flatMap(() => ['widgets', 'static', 'ratio', '│']), ''],
  ];
  for (const speed of SPEEDS) {
    rows.push([speed === 1 ? 'CPU at full speed' : `CPU slowed ${speed}×`]);
    const medians = Object.fromEntries(
      LANGUAGES.map((lang) => [
        lang,
        Object.fromEntries(
          keys.map((key) => [
            key,
            ['widgets', 'static'].map((variant) =>
              median(runs[speed][lang][variant].map((visit) => visit[key])),
            ),
          ]),
        ),
      ]),
    );
    const failing = (test) => LANGUAGES.filter((lang) => test(medians[lang]));
    const row = (label, key, format, target = '') =>
      rows.push([
        label,
        ...LANGUAGES.flatMap((lang) => {
          const [widgets, copy] = medians[lang][key];
          return [format(widgets), format(copy), key === 'cls' ? '' : times(widgets / copy), '│'];
        }),
        target,
      ]);
    const ratioMissed = failing(({ total: [widgets, copy] }) => widgets / copy > TARGETS.ratio);
    row(
      '  main-thread time, ms',
      'total',
      ms,
      `≤ ${TARGETS.ratio.toFixed(1)}× the static copy: ${verdict(`main-thread time at ${speed}×`, ratioMissed)}`,
    );
    row('    script, with microtasks', 'script', ms);
    row('    style and layout', 'styleAndLayout', ms);
    row('    other (parsing, paint…)', 'other', ms);
    // Full speed only: how the browser slows the CPU (it interrupts the thread) blurs the CPU time at 4×.
    if (speed === 1) row('  of it on the CPU, ms', 'cpu', ms, '(what a busy machine does not lengthen)');
    const longMissed = failing(({ longestTask: [widgets] }) => widgets > TARGETS.longestTaskAt4x);
    row(
      '  longest task, ms',
      'longestTask',
      ms,
      speed === 4 ? `≤ ${TARGETS.longestTaskAt4x} ms: ${verdict('longest task at 4×', longMissed)}` : '',
    );
    // What the longest task was made of (each a median of its own): what to shorten to shorten it.
    row('    script, with microtasks', 'longestTaskScript', ms);
    row('    style and layout', 'longestTaskStyleAndLayout', ms);
    row('    other', 'longestTaskOther', ms);
    const clsMissed = failing(({ cls: [widgets] }) => widgets > TARGETS.cls);
    row('  layout shift (CLS)', 'cls', shift, `≤ ${TARGETS.cls}: ${verdict(`CLS at ${speed}×`, clsMissed)}`);
  }
  printTable(rows);
  const unsettled = SPEEDS.flatMap((speed) =>
    LANGUAGES.flatMap((lang) =>
      ['widgets', 'static'].flatMap((variant) =>
        runs[speed][lang][variant].some((visit) => !visit.shown) ? [`${lang} ${variant} at ${speed}×`] : [],
      ),
    ),
  );
  if (unsettled.length > 0) {
    console.log(`Some visits ended before every widget showed its story: ${unsettled.join(', ')}.`);
  }
}

const STEPS = { defined: 'defined', manifest: 'manifest', pack: 'pack', fullRender: 'full card' };

function printFirstRender(lang, conditions) {
  console.log(
    `\nFrom the script's arrival to the first full render of a card by attributes, ${languageName(lang)}, ms — medians of ${ROUNDS}:\n`,
  );
  const rows = [['', ...Object.values(STEPS), '']];
  for (const [name, visits] of conditions) {
    rows.push([
      `  ${name}`,
      ...Object.keys(STEPS).map((key) => ms(median(visits.map((visit) => visit[key])))),
      '',
    ]);
  }
  printTable(rows);
  console.log(`The card, settled: “${conditions[0][1].at(-1).text}”`);
}

try {
  const load = loadavg()[0];
  console.log(
    `\nnpm run partner — Chromium, machine load ${load.toFixed(1)} (1-minute average) at the start.`,
  );
  console.log('\nThe static copy against the settled page with the widgets, screenshots of the whole page:');
  for (const line of await checkLooks()) console.log(line);

  const runs = await measureRounds();
  console.log(
    `\nThe partner page (${VIEWPORT.width} × ${VIEWPORT.height}, reader ${SCROLLED ? 'scrolled to the cards' : 'at the top'}) with the widgets, against its static copy — medians of ${ROUNDS} alternating rounds:\n`,
  );
  printRounds(runs);

  for (const lang of LANGUAGES.filter((tag) => tag !== 'en')) {
    const conditions = [
      ['CPU at full speed', await measureFirstRender(lang, { speed: 1 })],
      ['CPU slowed 4×', await measureFirstRender(lang, { speed: 4 })],
      [
        `no pack delay, ${ROUND_TRIP_MS} ms a request`,
        await measureFirstRender(lang, { roundTrip: ROUND_TRIP_MS, packDelay: 0 }),
      ],
    ];
    printFirstRender(lang, conditions);
  }

  const updates = [];
  for (const lang of LANGUAGES) updates.push([lang, await countUpdates(lang)]);
  console.log(
    '\nRenders by element, from navigation until settled (one visit a language, full speed): each element renders once at least, and the rest are for a change:\n',
  );
  printUpdates(updates);

  const narrow = await measureReadmeCard(375);
  const wide = await measureReadmeCard(1280);
  const fails = [narrow > TARGETS.cls && '375 px', wide > TARGETS.cls && '1280 px'].filter(Boolean);
  console.log(
    `\nThe README's example card (no image), layout shift at 375 px: ${shift(narrow)}, at 1280 px: ${shift(wide)} — ≤ ${TARGETS.cls}: ${verdict('README card CLS', fails)}`,
  );
  console.log(`\nMachine load ${loadavg()[0].toFixed(1)} (1-minute average) at the end.`);
  if (missed.length > 0) console.log(`Targets missed: ${missed.join('; ')}.`);
} finally {
  await browser.close();
  await server.stop();
}
process.exit(process.argv.includes('--check') && missed.length > 0 ? 1 : 0);
