import { expect } from '@open-wc/testing';
import { defineElements } from '../../src/registration/define-elements.js';
import { VERSION } from '../../src/version.js';

function captureWarnings<T>(run: () => T): { result: T; warnings: string[] } {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    return { result: run(), warnings };
  } finally {
    console.warn = original;
  }
}

describe('defineElements', () => {
  it('registers new tags', () => {
    class First extends HTMLElement {}
    defineElements({ 'lede-test-first': First });
    expect(customElements.get('lede-test-first')).to.equal(First);
  });

  it('keeps the first definition and warns once, naming the versions, without throwing', () => {
    class Original extends HTMLElement {}
    class OriginalB extends HTMLElement {}
    class OtherA extends HTMLElement {}
    class OtherB extends HTMLElement {}
    defineElements({ 'lede-test-a': Original, 'lede-test-b': OriginalB });
    const { warnings } = captureWarnings(() =>
      defineElements({ 'lede-test-a': OtherA, 'lede-test-b': OtherB }),
    );
    expect(customElements.get('lede-test-a')).to.equal(Original);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('<lede-test-a>, <lede-test-b>').and.include(`lede-widgets ${VERSION}`);
  });

  it('says when the tag was taken by a script that is not ours', () => {
    class Foreign extends HTMLElement {}
    customElements.define('lede-test-foreign', Foreign);
    const { warnings } = captureWarnings(() =>
      defineElements({ 'lede-test-foreign': class extends HTMLElement {} }),
    );
    expect(warnings[0]).to.include('another script');
  });

  it('is silent when the same class is defined again', () => {
    class Same extends HTMLElement {}
    defineElements({ 'lede-test-same': Same });
    const { warnings } = captureWarnings(() => defineElements({ 'lede-test-same': Same }));
    expect(warnings).to.deep.equal([]);
  });
});
