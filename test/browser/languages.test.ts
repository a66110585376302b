// Every language the newsroom publishes in, as a reader sees it, against
// expectations computed from CLDR by scripts/cldr-expectations.mjs (not by
// src/i18n). Packs arrive the lazy way here: nothing is registered up front.
import '../../src/define.js';
import { expect, fixture, html } from '@open-wc/testing';
import { formatRelativeTime } from '../../src/i18n/formatters.js';
import english from '../../src/i18n/packs/en.js';
import { part, until } from '../support/helpers.js';

interface Expected {
  cldr: string;
  dir: 'ltr' | 'rtl';
  date: string;
  label: string;
  relative: Record<'minute' | 'hour' | 'day', Record<string, string>> & { now: string };
  list3: string;
  list2: string;
}

/** The tags of scripts/cldr-expectations.mjs: the newsroom's languages and the aliases pages use. */
const TAGS =
  'en ru uk be bg hu ro ro-MD mo sq sr-Latn sr-Cyrl bs mk cnr ka hy az kk ky uz tg tk tt ba ce av crh fa fa-AF prs ps ur'.split(
    ' ',
  );
const MINUTES = [1, 2, 5, 21, 22, 25];
const HOURS = [1, 2, 5, 21, 22];

let expected: Record<string, Expected>;

/** English UI wording, placeholders cut out: none of it may show in another language. */
const ENGLISH = Object.values(english.strings)
  .flatMap((text) => text.split(/\{\w+\}/))
  .map((text) => text.trim())
  .filter((text) => text.length > 1);

/** Text, labels and tooltips in an element's shadow tree and the shadow trees inside it. */
function everythingShown(root: ShadowRoot): string[] {
  const found: string[] = [];
  for (const node of root.querySelectorAll('*')) {
    for (const name of ['aria-label', 'title', 'alt']) {
      const value = node.getAttribute(name);
      if (value) found.push(value);
    }
    if (node.shadowRoot) found.push(...everythingShown(node.shadowRoot));
  }
  found.push(
    ...[...root.querySelectorAll('*')]
      .flatMap((node) => [...node.childNodes])
      .map((n) => (n.nodeType === 3 ? n.textContent! : ''))
      .filter(Boolean),
  );
  return found;
}

/**
 * Shown in full: its story, and the language pack's words, which come after
 * it (a card's time, a photo's credit: elements no longer wait for their pack).
 */
const rendered = (el: Element) => {
  const base = el.shadowRoot && part(el, 'base');
  if (base === null || base === undefined || base.matches('[part~="skeleton"]')) return false;
  if (el.localName === 'lede-article-card') return part(el, 'time') !== null;
  if (el.localName === 'lede-photo') return part(el, 'credit') !== null;
  return true;
};

const time = (el: Element) => part(el, 'time')!;
/** Direction marks dropped and every kind of space made one: CLDR and browsers differ on no-break spaces. */
const strip = (text: string) =>
  text
    .replace(/[\u200e\u200f]/g, '')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();

describe('every language', () => {
  before(async () => {
    expected = (await (await fetch('/test/fixtures/languages/expected.json')).json()).languages;
  });

  for (const tag of TAGS) {
    it(`${tag}: a card, a banner, a photo and a credit read as CLDR says`, async () => {
      const want = expected[tag];
      const now = Date.now();
      // A second more than each age, so the clock's own progress cannot round it down.
      const ago = (ms: number) => new Date(now - ms - 1000).toISOString();
      const wrapper = await fixture(
        html`<div lang=${tag}>
          <lede-article-card
            id="dated"
            headline="H"
            breaking
            href="/story"
            published=${new Date(2026, 2, 21, 14, 5).toISOString()}
            sources="Reuters, Interfax, TASS"
          ></lede-article-card>
          ${MINUTES.map((n) => html`<lede-article-card class="minute" data-n=${n} headline="H" published=${ago(n * 60_000)}></lede-article-card>`)}
          ${HOURS.map((n) => html`<lede-article-card class="hour" data-n=${n} headline="H" published=${ago(n * 3_600_000)}></lede-article-card>`)}
          <lede-breaking-banner headline="B" href="/b" published=${ago(21 * 60_000)}></lede-breaking-banner>
          <lede-photo src="/test-assets/photo.svg" alt="" credit="C"></lede-photo>
          <lede-source-credit sources="AP, AFP" publisher="Lede"></lede-source-credit>
        </div>`,
      );
      const all = [...wrapper.children];
      await until(() => all.every(rendered), `every element in ${tag}`);
      const card = wrapper.querySelector('#dated')!;
      await until(() => rendered(part(card, 'credit')!), 'the card credit');

      expect(strip(time(card).textContent!), 'date').to.equal(strip(want.date));
      expect(strip(time(card).title), 'full date').to.equal(strip(want.label));
      for (const el of wrapper.querySelectorAll<HTMLElement>('.minute')) {
        expect(strip(time(el).textContent!), `${el.dataset.n} minutes`).to.equal(
          strip(want.relative.minute[el.dataset.n!]),
        );
      }
      for (const el of wrapper.querySelectorAll<HTMLElement>('.hour')) {
        expect(strip(time(el).textContent!), `${el.dataset.n} hours`).to.equal(
          strip(want.relative.hour[el.dataset.n!]),
        );
      }
      const banner = wrapper.querySelector('lede-breaking-banner')!;
      expect(strip(part(banner, 'time')!.textContent!), 'banner').to.equal(strip(want.relative.minute[21]));
      for (const n of [1, 2, 5]) {
        expect(
          strip(formatRelativeTime(tag, new Date(now - n * 86_400_000 - 1000), new Date(now))!),
          `${n} days`,
        ).to.equal(strip(want.relative.day[n]));
      }
      expect(strip(formatRelativeTime(tag, new Date(now), new Date(now))!), 'now').to.equal(
        strip(want.relative.now),
      );
      expect(strip(part(part(card, 'credit')!, 'list')!.textContent!), 'three agencies').to.equal(
        strip(want.list3),
      );
      const credit = wrapper.querySelector('lede-source-credit')!;
      expect(strip(part(credit, 'list')!.textContent!), 'two agencies').to.equal(strip(want.list2));

      for (const el of all) {
        expect(getComputedStyle(part(el, 'base')!).direction, `${el.localName} direction`).to.equal(want.dir);
        if (tag === 'en') continue;
        const shown = everythingShown(el.shadowRoot!).join('\n');
        for (const word of ENGLISH) {
          const pattern = new RegExp(
            `(^|\\P{L})${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|\\P{L})`,
            'u',
          );
          expect(pattern.test(shown), `"${word}" in ${el.localName}: ${shown}`).to.equal(false);
        }
      }
    });
  }
});
