// anySignal: AbortSignal.any where the browser has it, and the same behaviour
// where it does not (Safari before 17.4), tested here by hiding it.
import { expect } from '@open-wc/testing';
import { anySignal } from '../../src/loading/any-signal.js';
import { absolute } from '../../src/loading/loader.js';

const nativeAny = Object.getOwnPropertyDescriptor(AbortSignal, 'any');

for (const browser of ['with AbortSignal.any', 'without AbortSignal.any']) {
  describe(`anySignal, ${browser}`, () => {
    if (browser.startsWith('without')) {
      before(() => Reflect.deleteProperty(AbortSignal, 'any'));
      after(() => Object.defineProperty(AbortSignal, 'any', nativeAny!));
    }

    it('aborts with the reason of the first signal that aborts', () => {
      const first = new AbortController();
      const second = new AbortController();
      const combined = anySignal([first.signal, second.signal]);
      expect(combined.aborted).to.equal(false);
      second.abort('withdrawn');
      first.abort('timed out');
      expect(combined.aborted).to.equal(true);
      expect(combined.reason).to.equal('withdrawn');
    });

    it('is aborted from the start when a signal already is', () => {
      const timedOut = AbortSignal.abort('timed out');
      const combined = anySignal([new AbortController().signal, timedOut]);
      expect(combined.aborted).to.equal(true);
      expect(combined.reason).to.equal('timed out');
    });

    it('fires abort once', () => {
      const first = new AbortController();
      const second = new AbortController();
      const combined = anySignal([first.signal, second.signal]);
      let fired = 0;
      combined.addEventListener('abort', () => fired++);
      first.abort();
      second.abort();
      expect(fired).to.equal(1);
    });
  });
}

describe('absolute', () => {
  it('resolves a URL against the page, without URL.parse (Safari before 18)', () => {
    const nativeParse = Object.getOwnPropertyDescriptor(URL, 'parse');
    Reflect.deleteProperty(URL, 'parse');
    try {
      expect(absolute('/test-api/a.json?x=1')).to.equal(new URL('/test-api/a.json?x=1', location.href).href);
      expect(absolute('https://news.example/feed.xml')).to.equal('https://news.example/feed.xml');
      expect(absolute('http://[::1')).to.equal(undefined);
    } finally {
      if (nativeParse) Object.defineProperty(URL, 'parse', nativeParse);
    }
  });
});
