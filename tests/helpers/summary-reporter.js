// Prints the one plain line CI reads ("tests: N passed, N failed[, N skipped]") and keeps it in a file
// so that tests/run-all.ts can repeat it as the very last line of `npm test`.
const fs = require('node:fs');
const path = require('node:path');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    // A suite that fails to load has no failed tests but must still fail the run.
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line =
      `tests: ${results.numPassedTests} passed, ${failed} failed` + (skipped > 0 ? `, ${skipped} skipped` : '');
    const dir = path.join(__dirname, '..', '.results');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'summary.txt'), line + '\n');
  }
}
module.exports = SummaryReporter;
