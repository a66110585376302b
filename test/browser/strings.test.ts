import '../support/packs.js';
import { expect } from '@open-wc/testing';
import { fallbackChain, languageChain } from '../../src/i18n/language-chain.js';
import english from '../../src/i18n/packs/en.js';
import { registerTranslation } from '../../src/i18n/register-translation.js';
import { addPack, packFor } from '../../src/i18n/registry.js';
import { splitTemplate, translate } from '../../src/i18n/strings.js';
import { formatDate, formatList, formatRelativeTime } from '../../src/i18n/formatters.js';
import { captureWarnings } from '../support/helpers.js';

/** The languages test/support/packs.ts registers up front. */
const REGISTERED = ['fa', 'fa-AF', 'ka', 'ps', 'ru', 'uk'];

describe('UI strings', () => {
  it('falls back from region to language to English', () => {
    expect(fallbackChain('fa-AF')).to.deep.equal(['fa-AF', 'fa', 'en']);
    expect(fallbackChain('sr-Latn-RS')).to.deep.equal(['sr-Latn-RS', 'sr-Latn', 'sr', 'en']);
  });

  it('reads a tag canonical before its chain: Dari tagged prs falls back to Persian', () => {
    expect(languageChain('prs')).to.deep.equal(['fa-AF', 'fa', 'en']);
    // Montenegrin is sr-ME once canonical; its pack is cnr's, and Serbian comes after.
    expect(languageChain('cnr')).to.deep.equal(['sr-ME', 'cnr', 'sr', 'sr-Cyrl', 'en']);
  });

  it('translates with the chain', () => {
    expect(translate('ru', 'breaking')).to.equal('Срочная новость');
    expect(translate('fa-AF', 'dismiss')).to.equal('بستن');
    expect(translate('prs', 'dismiss')).to.equal('بستن');
    expect(translate('xx', 'dismiss')).to.equal('Dismiss');
    expect(translate('en', 'reportingBy', { list: 'A and B' })).to.equal('With reporting by A and B');
  });

  it('keeps every placeholder of the English template in every registered pack, every string there', () => {
    for (const lang of REGISTERED) {
      const strings = packFor(lang)!.strings;
      expect(Object.keys(strings).sort(), lang).to.deep.equal(Object.keys(english.strings).sort());
      for (const [key, text] of Object.entries(strings)) {
        const placeholders = (english.strings[key as keyof typeof strings].match(/\{\w+\}/g) ?? []).sort();
        expect((text.match(/\{\w+\}/g) ?? []).sort(), `${lang}.${key}`).to.deep.equal(placeholders);
      }
    }
  });

  it('splits a template around a placeholder', () => {
    expect(splitTemplate('With reporting by {list}', 'list')).to.deep.equal(['With reporting by ', '']);
    expect(splitTemplate('{list} ცნობით', 'list')).to.deep.equal(['', ' ცნობით']);
  });
});

describe('registerTranslation', () => {
  it('wins over the pack, keeps the rest of it, and adds to what was registered before', () => {
    registerTranslation('uk', { breaking: 'Терміново' });
    registerTranslation('UK', { dismiss: 'Сховати' });
    expect(translate('uk', 'breaking')).to.equal('Терміново');
    expect(translate('uk', 'dismiss')).to.equal('Сховати');
    expect(translate('uk', 'live')).to.equal(packFor('uk')!.strings.live);
  });

  it('gives a language without a pack its strings, and its regions too', () => {
    registerTranslation('de', { breaking: 'Eilmeldung', reportingBy: 'Mit Material von {list}' });
    expect(translate('de-AT', 'breaking')).to.equal('Eilmeldung');
    expect(translate('de', 'reportingBy', { list: 'AP' })).to.equal('Mit Material von AP');
    expect(translate('de', 'dismiss')).to.equal('Dismiss');
  });

  it('leaves out, with one warning, what is not a UI string or drops a placeholder', () => {
    const { warnings, restore } = captureWarnings();
    try {
      // What a page without type checks may pass.
      registerTranslation('hu', {
        updated: 'Frissítve',
        reportingBy: 'Források',
        headline: 'Cím',
        live: 5,
      } as never);
      registerTranslation('not a tag!', { breaking: 'x' });
    } finally {
      restore();
    }
    expect(translate('hu', 'updated')).to.equal('Frissítve');
    expect(translate('hu', 'reportingBy')).to.equal('With reporting by {list}');
    expect(translate('hu', 'live')).to.equal('Live');
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.match(
      /^lede-widgets: registerTranslation\("hu"\) left out reportingBy, headline, live: /,
    );
    expect(warnings[0]).to.include(
      "it takes a language tag and English's UI strings with their {placeholders}",
    );
    expect(warnings[1]).to.match(
      /^lede-widgets: registerTranslation\("not a tag!"\) left out breaking: it takes a language tag/,
    );
  });
});

describe('Intl formatting', () => {
  it('joins lists in the language', () => {
    expect(formatList('en', ['Reuters', 'Interfax', 'TASS'])).to.equal('Reuters, Interfax, and TASS');
    expect(formatList('ru', ['Reuters', 'Interfax', 'TASS'])).to.equal('Reuters, Interfax и TASS');
    expect(formatList('fa', ['Reuters', 'Interfax', 'TASS'])).to.equal('Reuters،\u200f Interfax، و TASS');
  });

  it("joins lists the same way where the browser's Intl lacks the language", () => {
    // Chromium ships no Georgian or Pashto list data; Firefox does. Both must read the same.
    expect(formatList('ka', ['A', 'B', 'C'])).to.equal('A, B და C');
    expect(formatList('ka', ['A', 'B'])).to.equal('A და B');
    expect(formatList('ps', ['A', 'B', 'C', 'D'])).to.equal('A، B، C، او D');
    expect(formatList('ps', ['A'])).to.equal('A');
  });

  it('survives an invalid language', () => {
    expect(formatList('%%', ['A', 'B'])).to.equal('A and B');
  });

  it('formats dates with the language own digits and calendar', () => {
    const date = new Date('2026-03-21T12:00:00Z');
    expect(formatDate('en', date, { dateStyle: 'long', timeZone: 'UTC' })).to.equal('March 21, 2026');
    // 1 Farvardin 1405 in the Solar Hijri calendar, in Persian digits.
    expect(formatDate('fa', date, { dateStyle: 'long', timeZone: 'UTC' })).to.include('۱۴۰۵');
  });

  it('formats recent times relatively and older ones not at all', () => {
    const now = new Date('2026-03-21T12:00:00Z');
    expect(formatRelativeTime('en', new Date('2026-03-21T10:00:00Z'), now)).to.equal('2 hours ago');
    expect(formatRelativeTime('ru', new Date('2026-03-21T11:55:00Z'), now)).to.equal('5 минут назад');
    expect(formatRelativeTime('en', new Date('2026-03-20T11:00:00Z'), now)).to.equal('yesterday');
    expect(formatRelativeTime('en', new Date('2026-03-01T11:00:00Z'), now)).to.equal(undefined);
  });
  it("prefers a pack's CLDR data where the browser's Intl says otherwise, for that format only", () => {
    // German is no newsroom language: every browser knows it, and no pack of ours carries it.
    const date = new Date(2026, 2, 21, 14, 5);
    const long: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short' };
    const intlMedium = new Intl.DateTimeFormat('de', { dateStyle: 'medium' }).format(date);
    // A pack whose medium date agrees with Intl, and whose date with time does not (as WebKit's older ICU
    // disagrees with CLDR on Bulgarian's): the browser formats the first, the pack the second.
    const months = 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember';
    addPack('de', {
      strings: english.strings,
      cldr: {
        digits: '0123456789',
        dates: {
          calendar: 'gregory',
          patterns: {
            mediumDate: 'dd.MM.y',
            longDate: 'd. MMMM y',
            shortTime: 'HH:mm',
            dateAtTime: "{1} 'gegen' {0}",
          },
          monthsWide: months.split(' '),
        },
        relativeTime: {
          now: 'jetzt',
          yesterday: 'gestern',
          pluralCategories: [],
          past: {
            second: { other: 'vor {0} Sekunden' },
            minute: { other: 'vor {0} Minuten' },
            hour: { other: 'vor {0} Stunden' },
            day: { other: 'vor {0} Tagen' },
          },
        },
        lists: { pair: '{0} und {1}', start: '{0}, {1}', middle: '{0}, {1}', end: '{0} und {1}' },
      },
    });
    expect(intlMedium).to.equal('21.03.2026');
    expect(formatDate('de', date)).to.equal(intlMedium);
    expect(formatDate('de', date, long)).to.equal('21. März 2026 gegen 14:05');
    expect(new Intl.DateTimeFormat('de', long).format(date)).to.equal('21. März 2026 um 14:05');
  });
});
