// A @web/test-runner reporter for npm test: after the run, one line `Tests: N passed, N failed,
// N skipped` over every group and browser (the default reporter prints counts only inside its
// progress bar). A test file that fails to load, or errors outside any test, counts as a failure.

/** Counts of one session's mocha results, suites included. */
function countSuite(suite, counts) {
  if (!suite) return counts;
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
  return counts;
}

/** @returns {import('@web/test-runner').Reporter} */
export function summaryReporter() {
  let sessions = [];
  return {
    onTestRunFinished(args) {
      sessions = args.sessions;
    },
    stop(args) {
      const all = args?.sessions?.length ? args.sessions : sessions;
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const broken = [];
      for (const session of all) {
        const own = countSuite(session.testResults, { passed: 0, failed: 0, skipped: 0 });
        counts.passed += own.passed;
        counts.failed += own.failed;
        counts.skipped += own.skipped;
        // A file that failed to import (or threw outside a test, or 404'd a module) has session
        // errors and is not `passed`, though none of its tests failed: one failure for the file.
        if (session.passed === false && own.failed === 0) {
          counts.failed += 1;
          const where = `${session.group?.name ?? 'default'} / ${session.browser?.name ?? ''}`;
          const why = session.errors?.[0]?.message ?? 'did not pass';
          broken.push(`${session.testFile} (${where}): ${why.split('\n')[0]}`);
        }
      }
      for (const line of broken) console.log(`Broken test file: ${line}`);
      // The runner prints its progress bars after the reporters stop; the summary must be the last
      // line, so it waits for the process to exit (stdout to a pipe or file is synchronous there).
      const summary = `Tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
      process.once('exit', () => console.log(summary));
    },
  };
}
