// A test-runner reporter that prints, at the end of a run, the slowest test files and what they took:
// wall time from the page starting to load the file (INITIALIZING) to its results collected (FINISHED),
// which counts module loading and `before` hooks as well as the tests (the first file also the browser's
// start); beside it the sum of the tests' own durations. With concurrency 1 the wall times add up to
// the browser part of the run, so a CI log shows where the time goes. `CP_SLOWEST=N` changes how many
// are printed (default 15; 0 prints none).
export function slowestFilesReporter({ count = Number(process.env.CP_SLOWEST ?? 15) } = {}) {
  const started = new Map();
  const wall = new Map();

  /** Sum of the durations the test framework reported for every test of a suite and its sub-suites. */
  const testTime = (suite) =>
    (suite?.tests ?? []).reduce((sum, test) => sum + (test.duration ?? 0), 0) +
    (suite?.suites ?? []).reduce((sum, child) => sum + testTime(child), 0);

  return {
    start({ sessions, startTime }) {
      sessions.on('session-status-updated', (session) => {
        if (session.status === 'INITIALIZING') started.set(session.id, Date.now());
        // The first file starts before a reporter can listen: it counts from the run's start.
        if (session.status === 'FINISHED') wall.set(session.id, Date.now() - (started.get(session.id) ?? startTime));
      });
    },
    onTestRunFinished({ sessions }) {
      if (count <= 0 || sessions.length === 0) return;
      const rows = sessions
        .map((session) => ({ file: session.testFile, wall: wall.get(session.id) ?? 0, tests: testTime(session.testResults) }))
        .sort((a, b) => b.wall - a.wall || b.tests - a.tests);
      const total = rows.reduce((sum, row) => sum + row.wall, 0);
      const seconds = (ms) => (ms / 1000).toFixed(1).padStart(6);
      const cwd = `${process.cwd()}/`;
      console.log(`\nSlowest test files (wall s | tests' own s | file), of ${rows.length} files taking ${(total / 1000).toFixed(1)} s:`);
      for (const row of rows.slice(0, count)) console.log(`${seconds(row.wall)} | ${seconds(row.tests)} | ${row.file.replace(cwd, '')}`);
    },
  };
}
