import { expect } from '@open-wc/testing';
import { normalizeArticle } from '../../src/data/normalize.js';

describe('normalizeArticle (the data gate)', () => {
  it('keeps a well-formed article as it is', () => {
    const input = {
      id: '28316145',
      url: 'https://news.example/a/28316145.html',
      headline: 'Ferry service resumes across the lake',
      kicker: 'World',
      summary: 'The first boat in three weeks left at dawn.',
      published: '2026-02-18T14:05:00Z',
      updated: '2026-02-18T15:30:00.000Z',
      lang: 'en',
      breaking: true,
      authors: ['Nino Beridze'],
      sources: ['Reuters', 'Interfax', 'TASS'],
      image: {
        src: 'https://img.example/ferry.jpg',
        srcset: 'https://img.example/ferry-800.jpg 800w',
        alt: 'A ferry at a pier',
        caption: 'The ferry at dawn',
        credit: 'Lake Press',
        width: 1600,
        height: 900,
      },
      publisher: { name: 'Lede News', url: 'https://lede.example/', logo: '/logo.svg' },
    };
    const { article, problems } = normalizeArticle(input);
    expect(problems).to.deep.equal([]);
    expect(article).to.deep.equal({
      ...input,
      published: '2026-02-18T14:05:00.000Z',
      updated: '2026-02-18T15:30:00.000Z',
    });
  });

  it('trims text and folds white space, keeping markup as text', () => {
    const { article } = normalizeArticle({
      headline: '  <img src=x onerror=alert(1)>\n\n  Breaking   <b>news</b> ',
      kicker: '\u0007World\u0000',
    });
    expect(article.headline).to.equal('<img src=x onerror=alert(1)> Breaking <b>news</b>');
    expect(article.kicker).to.equal('World');
  });

  it('drops unsafe URLs everywhere and says so', () => {
    const { article, problems } = normalizeArticle({
      headline: 'Story',
      url: 'javascript:alert(1)',
      image: { src: 'data:image/svg+xml,<svg onload=alert(1)>', alt: 'x' },
      publisher: { name: 'Lede', url: 'vbscript:x', logo: '//evil.example/logo.png' },
    });
    expect(article).to.deep.equal({ headline: 'Story', publisher: { name: 'Lede' } });
    expect(problems.join('\n')).to.include('url:').and.include('image.src:').and.include('publisher.url:');
  });

  it('parses dates into ISO strings and drops what is not a date', () => {
    const { article, problems } = normalizeArticle({
      published: 'Sat, 18 Feb 2017 14:05:00 GMT',
      updated: 'yesterday-ish',
    });
    expect(article.published).to.equal('2017-02-18T14:05:00.000Z');
    expect(article.updated).to.equal(undefined);
    expect(problems).to.have.length(1);
  });

  it('accepts lists as arrays or comma-separated text, without blanks or repeats', () => {
    expect(normalizeArticle({ sources: ' Reuters, ,Interfax,reuters , TASS' }).article.sources).to.deep.equal(
      ['Reuters', 'Interfax', 'TASS'],
    );
    expect(normalizeArticle({ authors: ['A', 7, { name: 'x' }, ''] }).article.authors).to.deep.equal([
      'A',
      '7',
    ]);
  });

  it('canonicalises the language and drops an invalid one', () => {
    expect(normalizeArticle({ lang: 'FA_af' }).article.lang).to.equal('fa-AF');
    expect(normalizeArticle({ lang: 'not a language!' }).article.lang).to.equal(undefined);
  });

  it('keeps an empty alt, which marks a decorative image', () => {
    expect(normalizeArticle({ image: { src: '/a.jpg', alt: '' } }).article.image).to.deep.equal({
      src: '/a.jpg',
      alt: '',
    });
  });

  it('turns wrong types into problems, never exceptions', () => {
    const hostile = [null, undefined, 42, 'text', [], () => 1, Symbol('x')];
    for (const input of hostile) {
      const { article, problems } = normalizeArticle(input);
      expect(article).to.deep.equal({});
      expect(problems).to.have.length(1);
    }
    const { article } = normalizeArticle({
      headline: { toString: () => 'sneaky' },
      breaking: 'maybe',
      image: 'https://img.example/a.jpg',
      authors: 5,
      publisher: 12,
    });
    expect(article).to.deep.equal({});
  });

  it('accepts a publisher given as a name alone', () => {
    expect(normalizeArticle({ publisher: 'Lede News' }).article.publisher).to.deep.equal({
      name: 'Lede News',
    });
  });
});
