// A Web Test Runner reporter that writes how many tests passed, failed and
// were skipped to a JSON file, for scripts/test.mjs to add up. The runner's
// own summary shares its line with a progress bar and cannot be parsed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

function count(suite, totals, where, titles = []) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else {
      totals.failed++;
      totals.failures.push(`${where}: ${[...titles, test.name].join(' > ')}`);
    }
  }
  for (const child of suite.suites ?? []) count(child, totals, where, [...titles, child.name]);
}

export function summaryReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, erroredFiles: 0, failures: [] };
      for (const session of sessions) {
        const where = `${session.browser.name} ${relative(process.cwd(), session.testFile)}`;
        if (session.testResults) count(session.testResults, totals, where);
        // A file that fails to load, throws outside a test or never finishes has no results.
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          totals.erroredFiles++;
          totals.failures.push(`${where}: ${session.errors.map((error) => error.message).join('; ')}`);
        }
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
