// A Web Test Runner reporter that writes how many tests passed, failed and
// were skipped to a JSON file, for scripts/test.mjs to add up. The runner's
// own summary shares its line with a progress bar and cannot be parsed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function summaryReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, erroredFiles: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that fails to load or throws outside a test has no results.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.erroredFiles++;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
