/**
 * Prints the run's totals as one line, `tests: N passed, N failed`, from jest's own results, for
 * .ci/run to show as the last line of its output.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    console.log(`tests: ${results.numPassedTests} passed, ${failed} failed`);
  }
}
module.exports = SummaryReporter;
