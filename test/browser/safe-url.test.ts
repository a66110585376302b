import { expect } from '@open-wc/testing';
import { safeSrcset, safeUrl } from '../../src/data/safe-url.js';

describe('safeUrl', () => {
  describe('lets through', () => {
    const allowed: Array<[string, string]> = [
      ['https://example.com/story', 'https://example.com/story'],
      ['http://example.com/a?b=c#d', 'http://example.com/a?b=c#d'],
      ['HTTPS://Example.COM/Path', 'https://example.com/Path'],
      ['  https://example.com/  ', 'https://example.com/'],
      ['/news/2026/story', '/news/2026/story'],
      ['story.html', 'story.html'],
      ['../up/one', '../up/one'],
      ['?page=2', '?page=2'],
      ['#comments', '#comments'],
      ['https://example.com/search?q=a%3Ab', 'https://example.com/search?q=a%3Ab'],
      ['/redirect?to=javascript:void', '/redirect?to=javascript:void'],
    ];
    for (const [input, expected] of allowed) {
      it(JSON.stringify(input), () => expect(safeUrl(input)).to.equal(expected));
    }
  });

  describe('refuses', () => {
    const refused = [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'JaVaScRiPt:alert(1)',
      '  javascript:alert(1)',
      '\u0000javascript:alert(1)',
      '\u0001\u001f javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      'jav&#x09;ascript:alert(1)',
      '&#106;avascript:alert(1)',
      '&#x6A;avascript:alert(1)',
      '&#0000106&#0000097vascript:alert(1)',
      'javascript&colon;alert(1)',
      'javascript&#58;alert(1)',
      'javascript%3Aalert(1)',
      '%6Aavascript:alert(1)',
      'javascript%253Aalert(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:image/svg+xml;base64,PHN2Zz4=',
      'vbscript:msgbox(1)',
      'VBScript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://example.com/uuid',
      'ftp://example.com/file',
      'mailto:someone@example.com',
      '//evil.example/x',
      '\\\\evil.example/x',
      '/\\evil.example/x',
      ' //evil.example',
      'http://',
      '',
      '   ',
    ];
    for (const input of refused) {
      it(JSON.stringify(input), () => expect(safeUrl(input)).to.equal(undefined));
    }
  });

  it('refuses values that are not strings', () => {
    for (const value of [undefined, null, 42, {}, ['https://example.com'], { toString: () => 'https://x' }]) {
      expect(safeUrl(value)).to.equal(undefined);
    }
  });

  it('gives an anchor nothing it would run', () => {
    // What the browser itself makes of each refused form, had it got through:
    // the gate must agree with the browser's parser about the scheme.
    const link = document.createElement('a');
    for (const input of ['java\tscript:alert(1)', ' javascript:alert(1)', 'JAVASCRIPT:x']) {
      link.setAttribute('href', input);
      expect(link.protocol, input).to.equal('javascript:');
      expect(safeUrl(input), input).to.equal(undefined);
    }
  });
});

describe('safeSrcset', () => {
  it('keeps safe candidates with their descriptors', () => {
    expect(safeSrcset('/a-640.jpg 640w, https://cdn.example/a-1280.jpg 1280w')).to.equal(
      '/a-640.jpg 640w, https://cdn.example/a-1280.jpg 1280w',
    );
    expect(safeSrcset('a.jpg, b.jpg 2x')).to.equal('a.jpg, b.jpg 2x');
  });

  it('drops unsafe candidates and keeps the rest', () => {
    expect(safeSrcset('javascript:alert(1) 1x, /ok.jpg 2x')).to.equal('/ok.jpg 2x');
    expect(safeSrcset('//evil.example/a.jpg 640w,/b.jpg 1280w')).to.equal('/b.jpg 1280w');
  });

  it('drops candidates with malformed descriptors', () => {
    expect(safeSrcset('/a.jpg onerror=alert(1), /b.jpg 2x')).to.equal('/b.jpg 2x');
  });

  it('returns undefined when nothing safe is left', () => {
    expect(safeSrcset('data:image/png;base64,AAAA 1x')).to.equal(undefined);
    expect(safeSrcset('')).to.equal(undefined);
    expect(safeSrcset(7)).to.equal(undefined);
  });
});
