// Which test each browser page was running, for failures that have no test
// results to name one: a page that froze, or a file that ran past
// testsFinishTimeout. The page reports each test as it starts
// (test/support/running-test.mjs); `reporter` adds the last one to such a
// session's errors, before the other reporters print them.
import { relative } from 'node:path';

export function runningTests() {
  /** Per test session: the title of the test that started last, and when. */
  const started = new Map();
  /** Errors already given a name, in case a file is reported twice. */
  const named = new WeakSet();
  return {
    plugin: {
      name: 'running-tests',
      executeCommand({ command, payload, session }) {
        if (command !== 'test-started') return undefined;
        started.set(session.id, { title: payload.title, at: Date.now() });
        return true;
      },
    },
    reporter: {
      reportTestFileResults({ sessionsForTestFile }) {
        for (const session of sessionsForTestFile) {
          const last = started.get(session.id);
          if (session.testResults || !last) continue;
          const seconds = Math.round((Date.now() - last.at) / 1000);
          for (const error of session.errors ?? []) {
            if (named.has(error)) continue;
            named.add(error);
            error.message += `\nIn ${relative(process.cwd(), session.testFile)} (${session.browser.name}), the last test started ${seconds} s before: "${last.title}".`;
          }
        }
      },
    },
  };
}
