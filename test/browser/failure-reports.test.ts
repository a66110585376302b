import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { reportable } from '../support/running-test.mjs';

/**
 * What the runner is sent of a failed assertion (test/support/running-test.mjs).
 * A DOM node as `actual` or `expected` used to hang the whole file until its
 * timeout instead of failing it: the runner's deep copy of the results walked
 * the document.
 */
describe('a failed assertion, as the runner is sent it', () => {
  it('carries an element as its markup, a Lit element included', async () => {
    const banner = await fixture(
      html`<lede-breaking-banner
        headline="Storm"
        href="https://news.lede.example/storm"
      ></lede-breaking-banner>`,
    );
    const error = { actual: banner.shadowRoot!.querySelector('[part~="base"]'), expected: null };
    reportable(error);
    expect(error.actual)
      .to.be.a('string')
      .and.match(/^<[a-z]+ [^>]*part="base"/);
    expect(error.expected).to.equal(null);
    const other = { actual: banner, expected: document.createTextNode('text') };
    reportable(other);
    expect(other.actual).to.equal(banner.outerHTML);
    expect(other.expected).to.equal('#text');
  });

  it('leaves plain values as they are, for the diff', () => {
    const actual = { headline: 'Storm', authors: ['A. Writer'] };
    const error = { actual, expected: [1, 2] };
    reportable(error);
    expect(error.actual).to.equal(actual);
    expect(error.expected).to.deep.equal([1, 2]);
    expect(() => reportable(undefined)).not.to.throw();
  });
});
