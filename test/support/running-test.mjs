// Loaded by every test page before the test framework (web-test-runner.config.mjs,
// testRunnerHtml): tells the runner each test's title as it starts, so that a
// file that never finishes — a test that froze the page, or a file past its
// time — fails naming the test it was in, not only "did not finish".
import { executeServerCommand } from '@web/test-runner-commands';

let mocha;
// The framework's bundle publishes mocha as a global before it loads any test
// file: a hook on the root suite then runs before every test of the file.
Object.defineProperty(globalThis, 'mocha', {
  configurable: true,
  get: () => mocha,
  set(value) {
    mocha = value;
    mocha.suite.beforeEach(async function () {
      // Outside the runner (a browser opened by hand) there is nobody to tell.
      await executeServerCommand('test-started', { title: this.currentTest.fullTitle() }).catch(() => {});
    });
    mocha.suite.afterEach(function () {
      reportable(this.currentTest.err);
    });
  },
});

/**
 * A failed assertion's `actual` and `expected` go to the runner with the
 * file's results, copied deeply. A DOM node does not survive that
 * (`expect(part(el, 'base')).to.equal(null)` failing): the copy walks the
 * whole document, the results never arrive, and the file hangs until its
 * timeout instead of failing. A node is sent as its markup; the assertion's
 * message describes it too.
 */
export function reportable(error) {
  for (const side of ['actual', 'expected']) {
    const value = error?.[side];
    if (value instanceof Node) error[side] = value instanceof Element ? value.outerHTML : value.nodeName;
  }
}
