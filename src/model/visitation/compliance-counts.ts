/**
 * The figures of a compliance summary. For every period: `due = completed + cancelled + missed`,
 * and `planned = due + upcoming + awaitingRecord + unjudged`.
 */
export interface ComplianceCounts {
  /** Visits planned (for "times per" plans: expected after prorating). */
  planned: number;
  /** Planned visits whose time has come, or that were settled ahead (a cancellation in advance). */
  due: number;
  /** Visits that took place, including rescheduled visits that later happened. */
  completed: number;
  cancelled: number;
  noShow: number;
  /** Due visits with nothing logged. */
  notRecorded: number;
  /** No-shows, visits never logged and rescheduled visits that never took place. */
  missed: number;
  /** Visits moved to another day (whether or not the make-up happened yet). */
  rescheduled: number;
  /** Planned visits not yet due, including rescheduled visits still to come. */
  upcoming: number;
  /** Visits whose time passed within the grace period with nothing logged yet: neither due nor missed. */
  awaitingRecord: number;
  /**
   * Visits that would be missed while damaged contacts exist (one of them may be the record of this
   * visit): neither due nor missed, and no rate is given while there are any (see damaged-records.ts).
   */
  unjudged: number;
  /** Completed contacts of the plan beyond what was planned; they do not raise the rate. */
  extra: number;
  /** completed / due between 0 and 1; null when nothing was due yet, or when some visits cannot be judged. */
  rate: number | null;
}

export function emptyCounts(): ComplianceCounts {
  return { planned: 0, due: 0, completed: 0, cancelled: 0, noShow: 0, notRecorded: 0, missed: 0, rescheduled: 0, upcoming: 0, awaitingRecord: 0, unjudged: 0, extra: 0, rate: null };
}

type CountField = Exclude<keyof ComplianceCounts, 'rate'>;
const countFields: CountField[] = ['planned', 'due', 'completed', 'cancelled', 'noShow', 'notRecorded', 'missed', 'rescheduled', 'upcoming', 'awaitingRecord', 'unjudged', 'extra'];

/** Adds `more` into `into` (rates are recomputed by `withRate`). */
export function addCounts(into: ComplianceCounts, more: Partial<Record<CountField, number>>): void {
  for (const field of countFields) into[field] += more[field] ?? 0;
}

export function withRate(counts: ComplianceCounts): ComplianceCounts {
  return { ...counts, rate: counts.due > 0 && counts.unjudged === 0 ? counts.completed / counts.due : null };
}

/**
 * Why a summary has no rate: some of its visits cannot be judged (damaged contacts exist), nothing was planned in it at all (an ended or
 * suspended plan's month), its visits are still to come, or their time passed within the grace period
 * and nothing is recorded yet. Undefined when it has a rate.
 */
export function noRateReason(counts: ComplianceCounts): 'cannot-judge' | 'nothing-planned' | 'not-yet-due' | 'awaiting-record' | undefined {
  if (counts.rate !== null) return undefined;
  if (counts.unjudged > 0) return 'cannot-judge';
  if (counts.planned === 0) return 'nothing-planned';
  return counts.upcoming > 0 ? 'not-yet-due' : 'awaiting-record';
}

export function sumCounts(list: readonly ComplianceCounts[]): ComplianceCounts {
  const total = emptyCounts();
  for (const counts of list) addCounts(total, counts);
  return withRate(total);
}
