// A reporter for `node --test` that writes how many tests passed, failed and
// were skipped to a JSON file, for scripts/test.mjs to add up, and which
// failed (for scripts/stress.mjs to list).
import { relative } from 'node:path';

export default async function* summary(source) {
  const totals = { passed: 0, failed: 0, skipped: 0, failures: [] };
  for await (const event of source) {
    // Suites report too; only count leaf tests.
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) totals.skipped++;
    else if (event.type === 'test:pass') totals.passed++;
    else {
      totals.failed++;
      totals.failures.push(`Node ${relative(process.cwd(), event.data.file ?? '')}: ${event.data.name}`);
    }
  }
  yield JSON.stringify(totals);
}
