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
  },
});
