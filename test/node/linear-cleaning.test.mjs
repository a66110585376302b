// URL and text cleaning must cost time in proportion to the input. A pattern
// that backtracks over a run of spaces or commas makes a ~100 KB hostile
// field cost seconds (quadratic); here the same work on 200 KB inputs must
// finish far inside a bound that quadratic cleaning misses by a factor of
// a hundred. The time is this process's CPU time, not the clock's: other
// processes on a loaded machine take the clock, not this work's CPU time.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeArticle } from '../../dist/data/normalize.js';
import { safeSrcset, safeUrl } from '../../dist/data/safe-url.js';

const SIZE = 200_000;
/** Quadratic cleaning of SIZE characters takes over a minute here; linear takes milliseconds. */
const BOUND_MS = 1000;

function timed(run) {
  const start = process.cpuUsage();
  const result = run();
  const { user, system } = process.cpuUsage(start);
  return { result, ms: (user + system) / 1000 };
}

const hostileUrls = {
  'spaces inside': 'a' + ' '.repeat(SIZE) + 'b',
  'control characters inside': 'https://news.example/' + '\u0001'.repeat(SIZE) + 'x',
  'tabs and newlines inside': 'https://news.example/' + '\t\n'.repeat(SIZE / 2) + 'x',
  'entities everywhere': 'https://news.example/?' + '&amp'.repeat(SIZE / 4),
  'percent signs everywhere': '/path' + '%'.repeat(SIZE),
};

describe('URL cleaning is linear', { timeout: 20_000 }, () => {
  for (const [what, url] of Object.entries(hostileUrls)) {
    it(`safeUrl: ${what}`, () => {
      const { ms } = timed(() => safeUrl(url));
      assert.ok(ms < BOUND_MS, `took ${ms.toFixed(0)} ms`);
    });
  }

  const hostileSrcsets = {
    'a run of commas inside a URL': 'a' + ','.repeat(SIZE) + 'b,',
    'a run of spaces before a comma': 'a.jpg' + ' '.repeat(SIZE) + ',b.jpg 2x',
    'a long descriptor': 'a.jpg ' + '1'.repeat(SIZE) + 'y',
  };
  for (const [what, srcset] of Object.entries(hostileSrcsets)) {
    it(`safeSrcset: ${what}`, () => {
      const { ms } = timed(() => safeSrcset(srcset));
      assert.ok(ms < BOUND_MS, `took ${ms.toFixed(0)} ms`);
    });
  }

  it('still trims what the URL parser ignores, and still refuses what it must', () => {
    assert.equal(safeUrl('\u0000 https://news.example/a \u001f'), 'https://news.example/a');
    assert.equal(safeUrl(' \tjava\nscript:alert(1)'), undefined);
    assert.equal(safeSrcset('a.jpg,,, b.jpg 2x'), 'a.jpg, b.jpg 2x');
    assert.equal(safeUrl('java&constructor;script:x'), 'java&constructor;script:x');
  });
});

describe('the gate caps fields before it cleans them', { timeout: 20_000 }, () => {
  it('drops a URL field over 8192 characters, whatever it holds', () => {
    const { result, ms } = timed(() =>
      normalizeArticle({
        headline: 'Long link',
        url: 'a' + ' '.repeat(SIZE) + 'b',
        image: { src: 'https://news.example/' + 'x'.repeat(SIZE), srcset: 'a' + ','.repeat(SIZE) + 'b,' },
        publisher: { name: 'P', url: 'https://news.example/' + 'p'.repeat(9000) },
      }),
    );
    assert.ok(ms < BOUND_MS, `took ${ms.toFixed(0)} ms`);
    assert.deepEqual(result.article, { headline: 'Long link', publisher: { name: 'P' } });
    assert.ok(result.problems.includes('url: longer than 8192 characters; dropped'));
    assert.ok(result.problems.includes('publisher.url: longer than 8192 characters; dropped'));
    assert.ok(result.problems.includes('image.srcset: longer than 32768 characters; dropped'));
  });

  it('cuts text to 2000 characters without cleaning megabytes first', () => {
    const { result, ms } = timed(() =>
      normalizeArticle({
        headline: 'Word '.repeat(SIZE),
        summary: ' \u0001 '.repeat(SIZE),
        authors: 'A,'.repeat(SIZE),
        sources: Array.from({ length: SIZE }, (_, i) => `Agency ${i}`),
        published: '2026-03-21T09:30:00Z' + ' '.repeat(SIZE),
      }),
    );
    assert.ok(ms < BOUND_MS, `took ${ms.toFixed(0)} ms`);
    assert.equal(result.article.headline.length, 2000);
    assert.ok(result.article.headline.endsWith('…'));
    assert.equal(result.article.summary, undefined);
    assert.deepEqual(result.article.authors, ['A']);
    assert.equal(result.article.sources.length, 20);
    assert.equal(result.article.published, undefined);
    assert.ok(result.problems.includes('headline: longer than 2000 characters; cut'));
    assert.ok(result.problems.includes('sources: more than 20 entries; cut'));
    assert.ok(result.problems.includes('published: not a date; dropped'));
  });

  it('keeps ordinary values as they were', () => {
    const { article, problems } = normalizeArticle({
      headline: '  Lake   ferry returns ',
      url: ' https://news.example/ferry ',
      published: '2026-03-21T09:30:00Z',
      authors: 'Anna, Nino',
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(article, {
      headline: 'Lake ferry returns',
      url: 'https://news.example/ferry',
      published: '2026-03-21T09:30:00.000Z',
      authors: ['Anna', 'Nino'],
    });
  });
});
