/**
 * What a reliability scenario really did, for `npm run reliability`: one console line per scenario,
 * `[reliability] {json}`, which scripts/reliability.mjs collects from the browser logs into its table.
 * Only counts go here, never user text.
 */
export interface ReliabilityFigures {
  scenario: string;
  writers?: number;
  edits?: number;
  conflicts?: number;
  lost?: number;
  faults?: number;
  survived?: number;
  hostileInputs?: number;
  crashes?: number;
  /** Tampering with stored data or an import file, done by the test itself: how many cases, how many detected. */
  tamperCases?: number;
  tamperDetected?: number;
  /** Histories re-computed by hand where no key is used (undetectable by design), and how many verdicts said 'accidents' only. */
  unkeyedForgeries?: number;
  unkeyedSaidAccidentsOnly?: number;
  /** Edits typed into the elements (by the test), and those of them missing from the stored record. */
  elementEdits?: number;
  elementLost?: number;
  /** Conflict resolutions the test chose in the elements. */
  resolutions?: number;
}

export function reportFigures(figures: ReliabilityFigures): void {
  console.log(`[reliability] ${JSON.stringify(figures)}`);
}
